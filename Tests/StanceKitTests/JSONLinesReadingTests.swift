import Foundation
import StanceCore
import StanceKit
import Testing

@Suite struct JSONLinesReadingTests {
  static let corpus =
    [
      #"{"id": "tass-1", "text": "Lavrov said the talks with Blinken were “useful”.", "date": "2022-01-21", "source": "TASS", "title": "Lavrov on Geneva"}"#,
      #"{"id": 42, "text": "We have deep concerns about Russia’s plans for a renewed aggression against Ukraine.", "unit": "statement", "speaker": "Antony Blinken", "date": "2021-12-02T09:30:00Z"}"#,
      #"{"id": "broken", "text": "There is no movement on bilateral affairs"#,
      "",
      #"{"id": "no-text", "title": "Headline only"}"#,
      #"{"text": "Russia also said that it hopes for contact between Putin and Biden.", "date": "2021-13-01"}"#,
      #"{"id": "x", "text": "The situation in Europe is very alarming.", "date": 20211202, "source": null}"#,
      #"[1, 2]"#,
      #"{"id": "speech", "text": "Remarks to the press.", "unit": "speech"}"#,
      #"{"id": "numeric-text", "text": 12}"#,
    ].joined(separator: "\n") + "\n"

  func read(_ text: String, name: String = "corpus.jsonl") -> ReadOutcome {
    let folder = CorpusFolder()
    defer { folder.remove() }
    return ReadOutcome([folder.write(name, text)])
  }

  @Test func validRecordBecomesADocumentWithItsFields() throws {
    let outcome = read(Self.corpus)
    let document = try #require(outcome.document("tass-1"))
    #expect(document.text == "Lavrov said the talks with Blinken were “useful”.")
    #expect(document.date == DocumentDate(year: 2022, month: 1, day: 21))
    #expect(document.source == "TASS")
    #expect(document.title == "Lavrov on Geneva")
    #expect(!document.isStatementUnit)
    #expect(!document.hasTitleLine)
  }

  @Test func statementUnitKeepsItsSpeakerAndNumericIdAndDateTime() throws {
    let document = try #require(read(Self.corpus).document("42"))
    #expect(document.isStatementUnit)
    #expect(document.speaker == "Antony Blinken")
    #expect(document.date == DocumentDate(year: 2021, month: 12, day: 2))
  }

  @Test func malformedLineIsSkippedWithItsLineNumber() throws {
    let outcome = read(Self.corpus)
    let malformed = outcome.skipped.filter { $0.reason == "malformed-json" }
    #expect(malformed.map(\.line) == [3, 8])
    #expect(malformed.map(\.document) == ["corpus.jsonl", "corpus.jsonl"])
    #expect(malformed.map(\.location) == ["corpus.jsonl:3", "corpus.jsonl:8"])
  }

  @Test func recordWithoutTextIsSkipped() throws {
    let outcome = read(Self.corpus)
    let missing = outcome.skipped.filter { $0.reason == "missing-text" }
    #expect(missing.map(\.document) == ["no-text", "numeric-text"])
    #expect(missing.map(\.line) == [5, 10])
    #expect(missing.allSatisfy { $0.detail.contains("\"text\"") })
  }

  @Test func recordWithoutAnIdIsNamedByFileAndLine() throws {
    let document = try #require(read(Self.corpus).document("corpus.jsonl:6"))
    #expect(document.date == nil)
  }

  @Test func everyProblemThatDoesNotStopARecordIsAWarningAtItsLine() {
    let warnings = read(Self.corpus).warnings.map { "\($0.location): \($0.message)" }
    #expect(
      warnings == [
        "corpus.jsonl:6: unreadable date '2021-13-01'; undated",
        "corpus.jsonl:7: \"date\" is not a string; ignored",
        "corpus.jsonl:9: unknown unit 'speech'; read as a document",
      ])
  }

  @Test func itemsComeInLineOrderAndEmptyLinesAreIgnored() {
    #expect(
      read(Self.corpus).order == [
        "tass-1", "42", "skipped corpus.jsonl:3", "skipped no-text:5", "corpus.jsonl:6", "x", "skipped corpus.jsonl:8",
        "speech", "skipped numeric-text:10",
      ])
  }

  @Test func nullFieldsAreAbsentWithoutAWarning() throws {
    let outcome = read(Self.corpus)
    #expect(try #require(outcome.document("x")).source == nil)
    #expect(!outcome.warnings.contains { $0.location == "corpus.jsonl:7" && $0.message.contains("source") })
  }

  @Test func windowsLineEndsAndAMissingFinalLineBreakAreAccepted() {
    let text = "{\"id\": \"a\", \"text\": \"Lavrov said no.\"}\r\n\r\n{\"id\": \"b\", \"text\": \"Blinken said yes.\"}"
    let outcome = read(text, name: "windows.ndjson")
    #expect(outcome.order == ["a", "b"])
    #expect(outcome.documents.map(\.text) == ["Lavrov said no.", "Blinken said yes."])
  }

  @Test func lineNumbersCountBlankLines() {
    let text = "\n\n   \n{\"id\": 3.5, \"text\": 7}\n"
    let outcome = read(text)
    #expect(outcome.skipped.map(\.location) == ["3.5:4"])
  }

  @Test func recordLongerThanTheReadChunkIsReadWhole() throws {
    // The reader takes 1 MiB at a time; this record spans two chunks.
    let sentence = "Western powers have been sounding the alarm for weeks about Russia massing troops. "
    let long = String(repeating: sentence, count: (1 << 20) / sentence.utf8.count + 100)
    let text = "{\"id\": \"long\", \"text\": \"\(long)\"}\n{\"id\": \"after\", \"text\": \"Blinken said yes.\"}\n"
    #expect(text.utf8.count > 1 << 20)
    let outcome = read(text)
    #expect(outcome.order == ["long", "after"])
    #expect(try #require(outcome.document("long")).text == long)
  }
}
