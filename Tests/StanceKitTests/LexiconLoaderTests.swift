import Foundation
import StanceCore
import StanceKit
import StanceTestSupport
import Testing

@Suite struct LexiconLoaderTests {
  /// A copy of the project's lexicon folder in a temporary folder.
  func copyOfTheLexicons() throws -> URL {
    let folder = Fixtures.temporaryFolder()
    for name in LexiconSet.fileNames {
      try FileManager.default.copyItem(
        at: Fixtures.lexiconFolder.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder
  }

  @Test func projectLexiconsLoadWithEveryFileVersioned() throws {
    let folder = try copyOfTheLexicons()
    defer { try? FileManager.default.removeItem(at: folder) }
    let set = try LexiconLoader.load(folder: folder)
    #expect(set.versions.count == LexiconSet.fileNames.count)
    #expect(!set.tone.isEmpty)
    #expect(!set.cues.isEmpty)
    #expect(set.actors.contains { $0.name == "NATO" })
  }

  @Test func errorsNameTheFileByItsPathAndLine() throws {
    let folder = try copyOfTheLexicons()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tone = folder.appendingPathComponent("tone.tsv")
    var text = try String(contentsOf: tone, encoding: .utf8)
    if !text.hasSuffix("\n") { text += "\n" }
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
    try Data((text + "provocation\t-2\tmenace\n").utf8).write(to: tone)
    do {
      _ = try LexiconLoader.load(folder: folder)
      Issue.record("a lexicon with an unknown category loaded")
    } catch let StanceError.lexicon(errors) {
      #expect(errors.errors.map(\.description) == ["\(tone.path):\(line): unknown category 'menace'"])
    }
  }

  @Test func missingFileIsNamedByItsPath() throws {
    let folder = try copyOfTheLexicons()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.removeItem(at: folder.appendingPathComponent("settings.tsv"))
    do {
      _ = try LexiconLoader.load(folder: folder)
      Issue.record("a lexicon without settings.tsv loaded")
    } catch let StanceError.lexicon(errors) {
      #expect(errors.description == "\(folder.appendingPathComponent("settings.tsv").path): missing lexicon file")
    }
  }

  @Test func invalidUTF8BytesBecomeReplacementCharactersAtTheirLine() throws {
    let folder = try copyOfTheLexicons()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tone = folder.appendingPathComponent("tone.tsv")
    var data = try Data(contentsOf: tone)
    if data.last != 0x0A { data.append(0x0A) }
    let line = data.filter { $0 == 0x0A }.count + 1
    // A Latin-1 "é" in a term loads as U+FFFD; one in a weight is reported at its line.
    data.append(
      contentsOf: Array("# caf".utf8) + [0xE9, 0x0A] + Array("d".utf8) + [0xE9] + Array("tente\t2\tdialogue\n".utf8))
    try (data + Array("ceasefire talks\t2".utf8) + [0xFF] + Array("\tdialogue\n".utf8)).write(to: tone)
    do {
      _ = try LexiconLoader.load(folder: folder)
      Issue.record("a lexicon with a weight that is not a number loaded")
    } catch let StanceError.lexicon(errors) {
      #expect(errors.errors.map(\.description) == ["\(tone.path):\(line + 2): weight '2\u{FFFD}' is not a number"])
    }
    try data.write(to: tone)
    let set = try LexiconLoader.load(folder: folder)
    let term = try #require(set.tone.last)
    #expect(term.term == "d\u{FFFD}tente")
    #expect(term.line == line + 1)
  }
}
