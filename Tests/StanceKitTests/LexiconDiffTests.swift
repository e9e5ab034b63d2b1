import Foundation
import StanceCore
import StanceKit
import StanceTestSupport
import Testing

/// A synthetic lexicon change (one entry reweighted, one added, one removed) on a small corpus of
/// one-statement records, each of which holds at most one tone term.
@Suite struct LexiconDiffTests {
  static let corpus =
    [
      #"{"id":"d1","date":"2022-01-10","speaker":"Sergey Lavrov","unit":"statement","text":"Dialogue will continue."}"#,
      #"{"id":"d2","date":"2022-01-11","speaker":"Antony Blinken","unit":"statement","text":"The atmosphere was frosty."}"#,
      #"{"id":"d3","date":"2022-02-02","speaker":"Sergey Lavrov","unit":"statement","text":"What we hear from Washington is hysteria."}"#,
      #"{"id":"d4","date":"2022-02-03","speaker":"Antony Blinken","unit":"statement","text":"The delegation arrived in Geneva on Monday."}"#,
      #"{"id":"d5","date":"2022-02-04","speaker":"Antony Blinken","unit":"statement","text":"Talks will resume."}"#,
    ].joined(separator: "\n") + "\n"

  /// dialogue 2 → 1, frosty added at -2, hysteri* removed.
  static let overlay = "dialogue\t1\tdialogue\nfrosty\t-2\thostility\n!hysteri*\n"

  func diff(jobs: Int) throws -> (outcome: LexiconDiffOutcome, moved: String, folder: URL) {
    let folder = Fixtures.temporaryFolder()
    let input = folder.appendingPathComponent("corpus.jsonl")
    try Data(Self.corpus.utf8).write(to: input)
    let after = try LexiconSet.parse(layers: [
      LexiconLayer(files: LexiconTestFiles.base), LexiconLayer(location: "overlay", files: ["tone.tsv": Self.overlay]),
    ])
    var options = LexiconDiffOptions()
    options.inputs = [input.path]
    options.outputFolder = folder.appendingPathComponent("diff")
    options.jobs = jobs
    let outcome = try LexiconDiff(before: Fixtures.lexicons, after: after).run(options)
    let moved = try String(contentsOf: options.outputFolder.appendingPathComponent("moved.csv"), encoding: .utf8)
    return (outcome, moved, folder)
  }

  @Test func syntheticChangeMovesExactlyTheStatementsThatHoldTheChangedEntries() throws {
    let (outcome, moved, folder) = try diff(jobs: 1)
    defer { try? FileManager.default.removeItem(at: folder) }
    let rows = moved.split(separator: "\n").dropFirst(2).map { $0.split(separator: ",").map(String.init) }
    // doc, score_before, score_after, label_before, label_after, causes
    let found = rows.map { [$0[0], $0[6], $0[7], $0[9], $0[10], $0[11]] }
    #expect(
      found == [
        // 0.378 is below the conciliatory threshold of the project's settings (0.4): the label flips too.
        ["d1", "0.6325", "0.3780", "conciliatory", "neutral", "reweighted tone.tsv 'dialogue' 2 → 1"],
        ["d2", "0.0000", "-0.6325", "neutral", "confrontational", "added tone.tsv 'frosty' -2"],
        ["d3", "-0.6325", "0.0000", "confrontational", "neutral", "removed tone.tsv 'hysteri*' -2"],
      ])
    #expect(outcome.summary.statements == 5)
    #expect(outcome.summary.moved == 3)
    #expect(outcome.summary.flipCount == 3)
    #expect(outcome.sharesAttribution)
    // Lavrov: (0.632 - 0.632) / 2 = 0 before, (0.378 + 0) / 2 after.
    let lavrov = try #require(outcome.summary.actors["lavrov"])
    #expect(abs(lavrov.shift - 0.1890) < 1e-3)
    #expect(outcome.summary.withEvidenceBefore == 3)
    #expect(outcome.summary.withEvidenceAfter == 3)
    let shifts = outcome.summary.entryShifts.map { "\($0.change.term) \(Formatting4.fixed($0.scoreShift))" }
    // Ties in size are ordered by file and term.
    #expect(shifts == ["frosty -0.6325", "hysteri* 0.6325", "dialogue -0.2545"])
  }

  @Test func diffIsIdenticalAtAnyNumberOfJobs() throws {
    let one = try diff(jobs: 1)
    let four = try diff(jobs: 4)
    defer {
      try? FileManager.default.removeItem(at: one.folder)
      try? FileManager.default.removeItem(at: four.folder)
    }
    #expect(one.moved == four.moved)
    for name in ["actors.csv", "periods.csv", "entries.csv", "report.txt"] {
      let a = try String(contentsOf: one.folder.appendingPathComponent("diff/\(name)"), encoding: .utf8)
      let b = try String(contentsOf: four.folder.appendingPathComponent("diff/\(name)"), encoding: .utf8)
      #expect(a == b, "\(name) differs between 1 and 4 jobs")
    }
  }

  @Test func modifierAndSettingsChangesAreNamedAsCauses() throws {
    let after = try LexiconSet.parse(layers: [
      LexiconLayer(files: LexiconTestFiles.base),
      LexiconLayer(
        location: "overlay", files: ["modifiers.tsv": "hardly\tnegator\t-0.9\n", "settings.tsv": "normalization\t5\n"]),
    ])
    let diff = LexiconDiff(before: Fixtures.lexicons, after: after)
    #expect(diff.sharesAttribution)
    func change(_ text: String) throws -> StatementChange {
      let document = Document(id: "m", text: text, speaker: "Sergey Lavrov", isStatementUnit: true)
      return try #require(diff.compare(document).changes.first)
    }
    // dialogue (2) negated by hardly: 2 × -0.5 before, 2 × -0.9 after.
    let negated = try change("There is hardly any dialogue.")
    #expect(negated.before.evidence.map(\.weight) == [-1])
    #expect(negated.after.evidence.map(\.weight) == [-1.8])
    #expect(negated.causes.map(\.change.description) == ["reweighted modifiers.tsv 'hardly' -0.5 → -0.9"])
    // talks (1): 1 / √(1 + 6) before, 1 / √(1 + 5) after.
    let plain = try change("Talks will resume.")
    #expect(abs(plain.shift - (1 / 6.0.squareRoot() - 1 / 7.0.squareRoot())) < 1e-12)
    #expect(plain.causes.map(\.change.description) == ["settings.tsv changed: normalization 6 → 5"])
  }

  @Test func statementsOnlyOneLexiconAttributesAreMovedWithTheCauseAttribution() throws {
    let after = try LexiconSet.parse(layers: [
      LexiconLayer(files: LexiconTestFiles.base), LexiconLayer(location: "overlay", files: ["cues.tsv": "!said\n"]),
    ])
    let diff = LexiconDiff(before: Fixtures.lexicons, after: after)
    #expect(!diff.sharesAttribution)
    let document = Document(
      id: "a", text: "Peace talks\n\nThe minister said the talks were useful. Nothing else happened that day.\n")
    let changes = diff.compare(document).changes
    let lost = changes.filter { $0.causes.map(\.change.kind) == ["attribution"] }
    #expect(!lost.isEmpty)
    #expect(lost.allSatisfy { $0.isMoved(threshold: 0.1) && $0.after.evidence.isEmpty })
  }

  @Test func changedActorsAreComparedByContentOffsets() throws {
    var files = LexiconTestFiles.base
    files["actors.tsv"]! += "frosty-tester\tFrosty Tester\tperson\t-\t-\t-\n"
    let after = try LexiconSet.parse(files: files)
    let diff = LexiconDiff(before: Fixtures.lexicons, after: after)
    #expect(!diff.sharesAttribution)
    let changes = diff.compare(Fixtures.seed("000")).changes
    #expect(!changes.isEmpty)
    #expect(changes.allSatisfy { $0.shift == 0 && $0.causes.isEmpty })
  }
}

/// Four-decimal formatting as the CSV files write numbers.
enum Formatting4 {
  static func fixed(_ value: Double) -> String { String(format: "%.4f", value) }
}
