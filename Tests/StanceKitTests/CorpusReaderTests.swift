import Foundation
import StanceCore
import StanceKit
import StanceTestSupport
import Testing

/// A temporary folder of corpus files; the test removes it with `defer { folder.remove() }`.
struct CorpusFolder {
  let url = Fixtures.temporaryFolder()

  func remove() { try? FileManager.default.removeItem(at: url) }

  @discardableResult
  func write(_ name: String, _ text: String) -> String {
    let path = url.appendingPathComponent(name).path
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
  }

  func writeBytes(_ name: String, _ bytes: [UInt8]) -> String {
    let path = url.appendingPathComponent(name).path
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
  }
}

/// Everything a reader yields, split by kind.
struct ReadOutcome {
  var documents: [Document] = []
  var skipped: [SkipRecord] = []
  var order: [String] = []
  var warnings: [CorpusWarning] = []

  init(_ inputs: [String]) {
    let reader = CorpusReader(inputs: inputs)
    while let item = reader.next() {
      switch item {
      case .document(let document):
        documents.append(document)
        order.append(document.id)
      case .skipped(let record):
        skipped.append(record)
        order.append("skipped \(record.location)")
      }
    }
    warnings = reader.warnings
  }

  func document(_ id: String) -> Document? { documents.first { $0.id == id } }
}

@Suite struct CorpusReaderTests {
  static let lavrovArticle = """
    Sergey V. Lavrov accused NATO of fueling conflict in Ukraine

    “The civil war in Ukraine, which has been going on for eight years, is far from over,” Lavrov said in remarks by the Russian News Agency.
    """
  static let blinkenArticle = """
    US, Russia seek to avoid nightmare confrontation over Ukraine

    Blinken said the US had “deep concerns about Russia’s plans for renewed aggression against Ukraine.”
    """

  /// A folder like the seeds: three articles, a manifest with a bad date, an escaping path and a missing file.
  func seedLikeFolder() -> CorpusFolder {
    let folder = CorpusFolder()
    folder.write("000_lavrov.txt", Self.lavrovArticle)
    folder.write("001_blinken.txt", Self.blinkenArticle)
    folder.write(
      "002_undated.txt", "Russia also said that it hopes for “contact” between Putin and Biden in the coming days.")
    folder.write("notes.md", "not an article")
    folder.write(
      "manifest.csv",
      """
      file,date,source,title
      000_lavrov.txt,2021-12-31,The New York Times,Sergey V. Lavrov accused NATO of fueling conflict in Ukraine
      001_blinken.txt,2021-12-02,AFP,"US, Russia seek to avoid nightmare confrontation over Ukraine"
      002_undated.txt,31/12/2021,AFP,Contact in the coming days
      ../../etc/passwd,2021-12-02,x,y
      005_missing.txt,2021-12-02,AFP,Listed but missing

      """)
    return folder
  }

  @Test func folderFilesAreReadInNameOrderWithManifestDatesAndTitles() throws {
    let folder = seedLikeFolder()
    defer { folder.remove() }
    let outcome = ReadOutcome([folder.url.path])
    // notes.md is not read, but reported as skipped: nothing leaves the corpus silently.
    #expect(outcome.order == ["000_lavrov.txt", "001_blinken.txt", "002_undated.txt", "skipped notes.md"])
    let lavrov = try #require(outcome.document("000_lavrov.txt"))
    #expect(lavrov.date == DocumentDate(year: 2021, month: 12, day: 31))
    #expect(lavrov.source == "The New York Times")
    #expect(lavrov.title == "Sergey V. Lavrov accused NATO of fueling conflict in Ukraine")
    #expect(lavrov.text == Self.lavrovArticle)
    #expect(lavrov.hasTitleLine)
    #expect(!lavrov.isStatementUnit)
    let blinken = try #require(outcome.document("001_blinken.txt"))
    #expect(blinken.title == "US, Russia seek to avoid nightmare confrontation over Ukraine")
    #expect(blinken.date == DocumentDate(year: 2021, month: 12, day: 2))
  }

  @Test func unreadableManifestDateWarnsAndLeavesTheFileUndated() throws {
    let folder = seedLikeFolder()
    defer { folder.remove() }
    let outcome = ReadOutcome([folder.url.path])
    let undated = try #require(outcome.document("002_undated.txt"))
    #expect(undated.date == nil)
    #expect(undated.source == "AFP")
    let warning = try #require(outcome.warnings.first { $0.message.contains("31/12/2021") })
    #expect(warning.location.hasSuffix("manifest.csv:4"))
    #expect(warning.message == "unreadable date '31/12/2021'; 002_undated.txt is undated")
  }

  @Test func manifestRowThatEscapesTheFolderIsRefused() throws {
    let folder = seedLikeFolder()
    defer { folder.remove() }
    let outcome = ReadOutcome([folder.url.path])
    let warning = try #require(outcome.warnings.first { $0.message.contains("passwd") })
    #expect(warning.location.hasSuffix("manifest.csv:5"))
    #expect(warning.message == "'../../etc/passwd' is not a file name in this folder; refused")
    #expect(!outcome.order.contains { $0.contains("passwd") })
  }

  @Test func fileListedButMissingIsAWarningNotADocument() throws {
    let folder = seedLikeFolder()
    defer { folder.remove() }
    let outcome = ReadOutcome([folder.url.path])
    let warning = try #require(outcome.warnings.first { $0.message.contains("005_missing.txt") })
    #expect(warning.location.hasSuffix("manifest.csv"))
    #expect(warning.message == "'005_missing.txt' is listed but not in the folder")
    #expect(outcome.document("005_missing.txt") == nil)
    #expect(outcome.skipped.map(\.document) == ["notes.md"])
    #expect(outcome.skipped.first?.reason == "unsupported-file")
    #expect(outcome.warnings.count == 3)
  }

  @Test func frontMatterOverridesTheManifest() throws {
    let folder = CorpusFolder()
    defer { folder.remove() }
    folder.write(
      "003_ft.txt",
      "---\ndate: 2022-01-21\ntitle: US and Russia plan further Ukraine talks\nspeaker: Antony Blinken\n---\n"
        + "Blinken said Washington planned to share written security proposals with Russia next week.")
    folder.write("manifest.csv", "file,date,source,title\n003_ft.txt,2021-01-01,Financial Times,Old title\n")
    let document = try #require(ReadOutcome([folder.url.path]).document("003_ft.txt"))
    #expect(document.date == DocumentDate(year: 2022, month: 1, day: 21))
    #expect(document.title == "US and Russia plan further Ukraine talks")
    #expect(document.speaker == "Antony Blinken")
    #expect(document.source == "Financial Times")
    #expect(document.text.hasPrefix("---\ndate: 2022-01-21"))
  }

  @Test func unreadableFrontMatterDateWarnsAndKeepsTheManifestDate() throws {
    let folder = CorpusFolder()
    defer { folder.remove() }
    folder.write("004.txt", "---\ndate: last Thursday\n---\nMomentum was building on Thursday for direct talks.")
    folder.write("manifest.csv", "file,date\n004.txt,2021-12-02\n")
    let outcome = ReadOutcome([folder.url.path])
    #expect(outcome.document("004.txt")?.date == DocumentDate(year: 2021, month: 12, day: 2))
    #expect(
      outcome.warnings.map { "\($0.location): \($0.message)" } == [
        "004.txt: unreadable front-matter date 'last Thursday'"
      ])
  }

  @Test func folderWithoutAManifestGivesUndatedDocumentsInByteOrder() {
    let folder = CorpusFolder()
    defer { folder.remove() }
    for name in ["b.txt", "B.txt", "a.txt", "Z.txt"] { folder.write(name, "Lavrov said the talks were useful.") }
    let outcome = ReadOutcome([folder.url.path])
    #expect(outcome.order == ["B.txt", "Z.txt", "a.txt", "b.txt"])
    #expect(outcome.documents.allSatisfy { $0.date == nil && $0.title == nil })
    #expect(outcome.warnings.isEmpty)
  }

  @Test func singleTextFileIsReadWithoutAManifest() throws {
    let folder = seedLikeFolder()
    defer { folder.remove() }
    let outcome = ReadOutcome([folder.url.appendingPathComponent("000_lavrov.txt").path])
    let document = try #require(outcome.documents.first)
    #expect(outcome.documents.count == 1)
    #expect(document.id == "000_lavrov.txt")
    #expect(document.date == nil)
  }

  @Test func missingInputIsSkippedAsUnreadable() throws {
    let folder = CorpusFolder()
    defer { folder.remove() }
    let path = folder.url.appendingPathComponent("nowhere.jsonl").path
    let outcome = ReadOutcome([path])
    let record = try #require(outcome.skipped.first)
    #expect(record.document == path)
    #expect(record.reason == "unreadable")
    #expect(record.line == nil)
  }

  @Test func invalidUTF8IsReplacedWithAWarning() throws {
    let folder = CorpusFolder()
    defer { folder.remove() }
    let path = folder.writeBytes("latin1.txt", Array("Orb".utf8) + [0xE1] + Array("n said no.".utf8))
    let outcome = ReadOutcome([path])
    let document = try #require(outcome.documents.first)
    #expect(document.text == "Orb\u{FFFD}n said no.")
    #expect(outcome.warnings.map(\.message) == ["invalid UTF-8 replaced by U+FFFD"])
  }

  @Test func inputsAreReadOneAfterAnother() {
    let first = seedLikeFolder()
    let second = CorpusFolder()
    defer {
      first.remove()
      second.remove()
    }
    second.write("z.txt", "Lavrov said the talks were useful.")
    let outcome = ReadOutcome([second.url.path, first.url.path])
    #expect(outcome.order == ["z.txt", "000_lavrov.txt", "001_blinken.txt", "002_undated.txt", "skipped notes.md"])
  }

  @Test func seedFolderIsDatedByItsManifest() throws {
    let seeds = Fixtures.seedDocuments()
    #expect(seeds.count == 5)
    #expect(seeds.map { String($0.id.prefix(3)) } == ["000", "001", "002", "003", "004"])
    let seed = try #require(seeds.first { $0.id.hasPrefix("002") })
    #expect(seed.date == DocumentDate(year: 2021, month: 12, day: 24))
    #expect(seed.title == "Ukraine NATO Invite Risks ‘Large-Scale Conflict,’ Russia FM Warns")
  }
}
