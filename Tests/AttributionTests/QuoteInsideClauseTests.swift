import Attribution
import StanceCore
import Testing

/// A quote right after its cue that the sentence runs on after ("said “the old bridge” would be
/// closed") is part of reported speech: one statement to the clause end, not the fragment.
@Suite struct QuoteInsideClauseTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "The mayor said “the old bridge” would be closed until June.",
      content: "“the old bridge” would be closed until June.", cue: "said"),
    Case(
      text: "The inspectors concluded that \"serious damage\" was found in two of the beams.",
      content: "\"serious damage\" was found in two of the beams.", mention: "The inspectors", cue: "concluded"),
    Case(
      text: "The mayor said ''there could be'' a delay of several weeks.",
      content: "''there could be'' a delay of several weeks.", cue: "said"),
  ]

  @Test(arguments: cases) func theClauseIsTheStatement(_ example: Case) {
    example.expectFound()
  }

  /// A quote followed by punctuation is still the direct statement.
  @Test func aQuoteBeforePunctuationStaysDirect() {
    let found = QuoteAttributorTests().attribute("The mayor said, “The bridge is closed,” and left the room.")
    #expect(found.first?.kind == .direct)
    #expect(found.first?.content == "The bridge is closed")
  }
}
