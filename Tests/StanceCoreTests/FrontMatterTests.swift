import StanceCore
import Testing

@Suite struct FrontMatterTests {
  func parse(_ text: String) -> FrontMatter? {
    Array(text.utf8).withUnsafeBufferPointer { FrontMatter.parse($0) }
  }

  let body =
    "STOCKHOLM: Momentum was building on Thursday for direct talks between US President Joe Biden and Russian leader Vladimir Putin."

  @Test func fieldsAreReadAndTheEndPointsJustAfterTheClosingFence() throws {
    let block = """
      ---
      date: 2021-12-02
      title: "US, Russia seek to avoid nightmare confrontation over Ukraine"
      source: 'AFP'
      ---

      """
    let matter = try #require(parse(block + body))
    #expect(
      matter.fields == [
        "date": "2021-12-02", "title": "US, Russia seek to avoid nightmare confrontation over Ukraine", "source": "AFP",
      ])
    #expect(matter.end == block.utf8.count)
    #expect(String(decoding: Array((block + body).utf8)[matter.end...], as: UTF8.self) == body)
  }

  @Test func keysAreLowerCasedAndValuesTrimmedAtTheFirstColon() throws {
    let matter = try #require(
      parse("---\n  Title :  Lavrov: talks with Blinken were “useful”  \nSPEAKER:\tSergei Lavrov\n---\n" + body))
    #expect(matter.fields["title"] == "Lavrov: talks with Blinken were “useful”")
    #expect(matter.fields["speaker"] == "Sergei Lavrov")
  }

  @Test func byteOrderMarkBeforeTheBlockIsCountedInTheEnd() throws {
    let text = "\u{FEFF}---\ndate: 2022-01-21\n---\n" + body
    let matter = try #require(parse(text))
    #expect(matter.fields["date"] == "2022-01-21")
    #expect(matter.end == 3 + "---\ndate: 2022-01-21\n---\n".utf8.count)
  }

  @Test func carriageReturnLineEndsAreAccepted() throws {
    let block = "---\r\ndate: 2021-12-24\r\ntitle: Ukraine NATO Invite Risks ‘Large-Scale Conflict’\r\n---  \r\n"
    let matter = try #require(parse(block + body))
    #expect(matter.fields == ["date": "2021-12-24", "title": "Ukraine NATO Invite Risks ‘Large-Scale Conflict’"])
    #expect(matter.end == block.utf8.count)
  }

  @Test func blankLinesInsideTheBlockAreSkipped() throws {
    let matter = try #require(parse("---\n\ndate: 2021\n   \n---\n" + body))
    #expect(matter.fields == ["date": "2021"])
  }

  @Test func closingFenceAtTheEndOfTheTextEndsAtTheLastByte() throws {
    let text = "---\ndate: 2021-12-31\n---"
    let matter = try #require(parse(text))
    #expect(matter.end == text.utf8.count)
  }

  @Test func emptyBlockHasNoFields() throws {
    let matter = try #require(parse("---\n---\n" + body))
    #expect(matter.fields.isEmpty)
    #expect(matter.end == 8)
  }

  @Test(arguments: [
    "STOCKHOLM: Momentum was building on Thursday.",  // no block at all
    "\n---\ndate: 2021-12-02\n---\nText",  // the block does not open the text
    "----\ndate: 2021-12-02\n----\nText",  // four dashes are not a fence
    "---\ndate: 2021-12-02\ntitle: never closed\n",  // unclosed
    "---\nRussian Foreign Minister Sergei Lavrov warned NATO\n---\nText",  // a line that is not key: value
    "---\n: no key\n---\nText",  // empty key
    "",
  ])
  func textWithoutAWellFormedBlockHasNoFrontMatter(_ text: String) {
    #expect(parse(text) == nil)
  }

  @Test func closingFenceMustComeWithinSixtyFourLines() {
    let fields = (1...64).map { "key\($0): value \($0)" }
    let fitting = "---\n" + fields.prefix(63).joined(separator: "\n") + "\n---\n" + body
    let tooLong = "---\n" + fields.joined(separator: "\n") + "\n---\n" + body
    #expect(parse(fitting)?.fields.count == 63)
    #expect(parse(tooLong) == nil)
  }
}
