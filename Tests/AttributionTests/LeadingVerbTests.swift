import Attribution
import StanceCore
import Testing

/// A cue in the infinitive after a verb that leads to it ("went on to say", "was quick to add")
/// is the subject's statement; after a verb that withholds the words ("declined to say") it is none.
@Suite struct LeadingVerbTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Ms. Dunn praised the budget but went on to say that the deficit would grow.",
      content: "the deficit would grow.", mention: "Ms. Dunn", cue: "went on to say"),
    Case(
      text: "The mayor paused and then went on to say: “The roads will be open by noon.”",
      content: "The roads will be open by noon.", cue: "went on to say"),
    Case(
      text: "Mr. Ruiz was quick to add that no jobs would be lost.",
      content: "no jobs would be lost.", mention: "Mr. Ruiz", cue: "quick to add"),
  ]

  @Test(arguments: cases) func theLedCueReports(_ example: Case) {
    example.expectFound()
  }

  @Test func aWithheldAnswerIsNoStatement() {
    let found = QuoteAttributorTests().attribute("Ms. Dunn declined to say whether the deficit would grow.")
    #expect(found.isEmpty)
  }
}
