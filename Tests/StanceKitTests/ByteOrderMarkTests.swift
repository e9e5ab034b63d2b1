import Foundation
import StanceCore
import StanceKit
import Testing

/// Files saved as "UTF-8 with BOM" (the default of several Windows editors and of Excel's CSV UTF-8).
@Suite struct ByteOrderMarkTests {
  @Test func manifestWithAByteOrderMarkStillFindsItsFileColumn() throws {
    let folder = CorpusFolder()
    defer { folder.remove() }
    folder.write("000.txt", "Sergey V. Lavrov accused NATO of fueling conflict in Ukraine")
    folder.write("manifest.csv", "\u{FEFF}file,date\n000.txt,2021-12-31\n")
    let outcome = ReadOutcome([folder.url.path])
    do {
      #expect(outcome.warnings.map(\.message) == [])
      #expect(outcome.document("000.txt")?.date == DocumentDate(year: 2021, month: 12, day: 31))
    }
  }

  @Test func jsonLinesFileWithAByteOrderMarkReadsItsFirstRecord() {
    let folder = CorpusFolder()
    defer { folder.remove() }
    let path = folder.write(
      "bom.jsonl",
      "\u{FEFF}{\"id\": \"a\", \"text\": \"Lavrov said no.\"}\n{\"id\": \"b\", \"text\": \"Blinken said yes.\"}\n")
    let outcome = ReadOutcome([path])
    #expect(outcome.order == ["a", "b"])
  }

  @Test func textFileWithAByteOrderMarkKeepsItsFrontMatter() {
    let folder = CorpusFolder()
    defer { folder.remove() }
    let path = folder.write("bom.txt", "\u{FEFF}---\ndate: 2021-12-02\n---\nBlinken said the US had deep concerns.")
    #expect(ReadOutcome([path]).document("bom.txt")?.date == DocumentDate(year: 2021, month: 12, day: 2))
  }
}
