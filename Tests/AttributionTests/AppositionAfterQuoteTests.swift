import Attribution
import StanceCore
import Testing

/// The apposition between a speaker after a quote and the cue may hold a party-and-state
/// abbreviation ("R-Ky.,"), a place abbreviation ("Cambridge, Mass.,") or a plural possessive
/// written with an apostrophe alone ("Sanders’ campaign manager").
@Suite struct AppositionAfterQuoteTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Senate notes.\n\n“Let me make it perfectly clear,” Senator Dana Whitfield, R-Ky., said.",
      content: "Let me make it perfectly clear", mention: "Senator Dana Whitfield", cue: "said"),
    Case(
      text: "“I would have been sitting in a cell for a long time,” Mr. Daniloff, now retired in Cambridge, Mass., "
        + "said by telephone this week.",
      content: "I would have been sitting in a cell for a long time", mention: "Mr. Daniloff", cue: "said"),
    Case(
      text: "“This campaign is changing politics,” Jeff Weaver, Sanders’ campaign manager, said in a statement.",
      content: "This campaign is changing politics", mention: "Jeff Weaver", cue: "said in a statement"),
  ]

  @Test(arguments: cases) func theNameBeforeTheAppositionSpeaks(_ example: Case) {
    example.expectFound()
  }
}
