import StanceCore
import StanceKit
import StanceTestSupport
import Testing

@Suite struct LexiconCheckTests {
  func findings(appending text: String, to name: String) throws -> [String] {
    let set = try LexiconSet.parse(files: LexiconTestFiles.base(appending: text, to: name))
    return LexiconCheck.check(set).map(\.description).filter { !$0.contains("role '") }
  }

  @Test func projectLexiconsHaveNoErrors() {
    let findings = LexiconCheck.check(Fixtures.lexicons)
    #expect(findings.filter { $0.severity == .error }.map(\.description) == [])
  }

  @Test func termsThatFoldAlikeWithDifferentWeightsConflict() throws {
    let line = LexiconTestFiles.nextLine(of: "tone.tsv")
    let found = try findings(appending: "u.n. veto\t-2\trejection\nun veto\t-1\trejection\n", to: "tone.tsv")
    #expect(
      found.contains(
        "tone.tsv:\(line + 1): error: tone term 'un veto' matches the same words as 'u.n. veto' (line \(line)) "
          + "with a different value: only one can apply"))
  }

  @Test func termsThatFoldAlikeWithTheSameValuesAreOnlyWarned() throws {
    let found = try findings(appending: "u.n. veto\t-2\trejection\nun veto\t-2\trejection\n", to: "tone.tsv")
    #expect(found.contains { $0.contains("warning: tone term 'un veto' matches the same words") })
    #expect(!found.contains { $0.contains("error") })
  }

  @Test func termOnExactlyTheWordsOfAModifierNeverScores() throws {
    let line = LexiconTestFiles.nextLine(of: "tone.tsv")
    let found = try findings(appending: "hardly\t-1\trejection\n", to: "tone.tsv")
    #expect(found.contains { $0.hasPrefix("tone.tsv:\(line): error: tone term 'hardly' never scores: the negator") })
  }

  @Test func termStartingWithPunctuationCanNeverMatch() throws {
    let line = LexiconTestFiles.nextLine(of: "tone.tsv")
    let found = try findings(appending: "'tis war\t-2\thostility\n", to: "tone.tsv")
    #expect(
      found.contains { $0.hasPrefix("tone.tsv:\(line): error: ''tis war' can never match: it starts with quote") })
  }

  @Test func stemEndingInAJoinerCanNeverMatch() throws {
    let line = LexiconTestFiles.nextLine(of: "tone.tsv")
    let found = try findings(appending: "anti-*\t-1\thostility\n", to: "tone.tsv")
    #expect(
      found.contains { $0.hasPrefix("tone.tsv:\(line): error: 'anti-*' can never match: its stem is read as 'anti -'") }
    )
  }

  @Test func cueAndToneTermOfOppositeSignsConflict() throws {
    let line = LexiconTestFiles.nextLine(of: "cues.tsv")
    let withTerm = try LexiconSet.parse(
      files: LexiconTestFiles.base(appending: "berated\t2\tverb\n", to: "cues.tsv").merging(
        ["tone.tsv": LexiconTestFiles.base["tone.tsv"]! + "berat*\t-2\taccusation\n"], uniquingKeysWith: { $1 }))
    let conflicts = LexiconCheck.check(withTerm).map(\.description).filter { $0.hasPrefix("cues.tsv:\(line): error") }
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.contains("have opposite signs") == true)
  }

  @Test func rolesHeldByTwoActorsAtOnceAreWarned() throws {
    let actors = """
      # version: 1
      usa\tUnited States\tcountry\t-\t-\t-
      envoy-a\tAnna Example\tperson\tusa\t-\tspecial envoy for the Arctic@2020-01-01..2022-06-30
      envoy-b\tBen Example\tperson\tusa\t-\tSpecial Envoy for the Arctic@2022-01-01..
      envoy-c\tCara Example\tperson\tusa\t-\tspecial envoy for the Arctic@2010-01-01..2020-01-01
      """
    var files = LexiconTestFiles.base
    files["actors.tsv"] = actors
    let found = LexiconCheck.check(try LexiconSet.parse(files: files)).map(\.description).filter { $0.contains("role") }
    #expect(
      found == [
        "actors.tsv:4: warning: role 'special envoy for the Arctic' is held by two actors at once "
          + "(envoy-a and envoy-b 2022-01-01..2022-06-30): it resolves to no one then"
      ])
  }
}
