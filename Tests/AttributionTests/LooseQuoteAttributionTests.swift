import Attribution
import StanceCore
import Testing

/// Attributions that careless typesetting pulls away from their quote: an opening mark set where the
/// closing one belongs, and an attribution the full stop inside the quote makes a sentence of its own.
@Suite struct LooseQuoteAttributionTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "“If she loses Iowa, that could create real problems for her here,“ said Jim Clyburn, a Democrat.",
      content: "If she loses Iowa, that could create real problems for her here", mention: "Jim Clyburn",
      cue: "said"),
    Case(
      text: "“I hope you are able to find the emails that are missing.” Maria Lopez said.\n\nThe remark drew fire.",
      content: "I hope you are able to find the emails that are missing.", mention: "Maria Lopez", cue: "said"),
  ]

  @Test(arguments: cases) func attributionIsFound(_ example: Case) {
    example.expectFound()
  }

  /// A sentence after the quote that says more than who spoke is not its attribution.
  @Test func aLongerSentenceAfterTheQuoteIsNotItsAttribution() {
    let found = QuoteAttributorTests().attribute(
      "“We are ready.” The minister said the talks would resume in Geneva next week.")
    #expect(!found.contains { $0.content == "We are ready." && $0.cue == "said" })
  }

  /// An opening mark after a space still opens a quote.
  @Test func anOpeningMarkAfterASpaceOpens() {
    let found = QuoteAttributorTests().attribute(
      "“The harm is done,” she said, “and it cannot be undone,” the senator added.")
    #expect(found.contains { $0.content.contains("and it cannot be undone") })
  }
}
