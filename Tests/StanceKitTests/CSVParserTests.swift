import StanceKit
import Testing

@Suite struct CSVParserTests {
  func rows(_ text: String) throws -> [[String]] { try CSVParser.parse(text).map(\.fields) }
  func lines(_ text: String) throws -> [Int] { try CSVParser.parse(text).map(\.line) }

  @Test func plainRowsSplitOnCommas() throws {
    let text = "file,date,source\n000_3cc73f0d38859940.txt,2021-12-31,The New York Times\n"
    #expect(
      try rows(text) == [
        ["file", "date", "source"], ["000_3cc73f0d38859940.txt", "2021-12-31", "The New York Times"],
      ])
    #expect(try lines(text) == [1, 2])
  }

  @Test func quotedFieldKeepsItsCommas() throws {
    let text = "004_b2bb6ed3c1709d7f.txt,\"US, Russia seek to avoid nightmare confrontation over Ukraine\",AFP"
    #expect(
      try rows(text) == [
        ["004_b2bb6ed3c1709d7f.txt", "US, Russia seek to avoid nightmare confrontation over Ukraine", "AFP"]
      ])
  }

  @Test func doubledQuotesInsideAQuotedFieldAreOneQuote() throws {
    let text = "\"Blinken said it was \"\"likely the presidents will speak directly\"\"\",x"
    #expect(try rows(text) == [["Blinken said it was \"likely the presidents will speak directly\"", "x"]])
  }

  @Test func lineBreakInsideQuotesStaysInTheFieldAndRowKeepsItsFirstLine() throws {
    let text = "file,title\na.txt,\"Ukraine NATO Invite Risks\nLarge-Scale Conflict\"\nb.txt,Second\n"
    let parsed = try CSVParser.parse(text)
    #expect(
      parsed.map(\.fields) == [
        ["file", "title"], ["a.txt", "Ukraine NATO Invite Risks\nLarge-Scale Conflict"], ["b.txt", "Second"],
      ])
    #expect(parsed.map(\.line) == [1, 2, 4])
  }

  @Test func carriageReturnLineFeedEndsARowWithoutLeavingACarriageReturn() throws {
    let text = "file,date\r\n003_77b32d5af63084ed.txt,2022-01-21\r\n004_b2bb6ed3c1709d7f.txt,2021-12-02\r\n"
    #expect(
      try rows(text) == [
        ["file", "date"], ["003_77b32d5af63084ed.txt", "2022-01-21"], ["004_b2bb6ed3c1709d7f.txt", "2021-12-02"],
      ])
    #expect(try lines(text) == [1, 2, 3])
  }

  @Test func loneCarriageReturnAlsoEndsARow() throws {
    #expect(try rows("a,b\rc,d") == [["a", "b"], ["c", "d"]])
  }

  @Test func quotedFieldWithCarriageReturnLineFeedInsideKeepsBoth() throws {
    let parsed = try CSVParser.parse("x,\"first\r\nsecond\"\r\ny,z\r\n")
    #expect(parsed.map(\.fields) == [["x", "first\r\nsecond"], ["y", "z"]])
    #expect(parsed.map(\.line) == [1, 3])
  }

  @Test func emptyLinesAreSkippedButCounted() throws {
    let text = "file,date\n\n001_fc732955101160ee.txt,2021-12-02\n\n\n"
    #expect(try rows(text) == [["file", "date"], ["001_fc732955101160ee.txt", "2021-12-02"]])
    #expect(try lines(text) == [1, 3])
  }

  @Test func emptyFieldsAreKept() throws {
    #expect(try rows("a.txt,,AFP,\n") == [["a.txt", "", "AFP", ""]])
    #expect(try rows(",\n") == [["", ""]])
  }

  @Test func quotedEmptyFieldAloneMakesARow() throws {
    #expect(try rows("\"\"\n") == [[""]])
  }

  @Test func lastRowNeedsNoLineBreak() throws {
    #expect(try rows("file,date\na.txt,2021") == [["file", "date"], ["a.txt", "2021"]])
  }

  @Test func quoteInsideAnUnquotedFieldIsKeptAsWritten() throws {
    #expect(try rows("5\" gun,x") == [["5\" gun", "x"]])
  }

  @Test func nonASCIITextPassesThrough() throws {
    #expect(
      try rows("002.txt,\"Ukraine NATO Invite Risks ‘Large-Scale Conflict,’ Russia FM Warns\",Лавров 🇺🇦")
        == [["002.txt", "Ukraine NATO Invite Risks ‘Large-Scale Conflict,’ Russia FM Warns", "Лавров 🇺🇦"]])
  }

  @Test func emptyTextHasNoRows() throws {
    #expect(try rows("") == [])
    #expect(try rows("\n\n") == [])
  }

  @Test func unterminatedQuoteIsAnErrorAtTheLineItOpened() {
    let text = "file,title\n004.txt,ok\n005.txt,\"US, Russia seek to avoid\nnightmare confrontation\n"
    let error = #expect(throws: CSVParser.ParseError.self) {
      try CSVParser.parse(text)
    }
    #expect(error?.line == 3)
    #expect(error?.message == "unterminated quoted field")
  }
}
