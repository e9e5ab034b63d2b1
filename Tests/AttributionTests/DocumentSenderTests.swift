import Attribution
import StanceCore
import Testing

/// A participle cue after a document ("issued a statement saying …") reports whoever issued the
/// document, not the document or a time phrase next to the cue.
@Suite struct DocumentSenderTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Budget talks stall.\n\nOn Saturday, Governor Alvarez issued a statement saying that the budget would be "
        + "balanced by June.",
      content: "the budget would be balanced by June.", mention: "Alvarez", cue: "saying"),
    Case(
      text: "The city council on Wednesday approved a resolution condemning the decision to close the hospital.",
      content: "the decision to close the hospital.", mention: "council", cue: "condemning"),
    Case(
      text: "Ms. Okafor sent a two-page memo to the committee in April explaining her plan to cut spending.",
      content: "her plan to cut spending.", mention: "Ms. Okafor", cue: "explaining"),
  ]

  @Test(arguments: cases) func theSenderSpeaks(_ example: Case) {
    example.expectFound()
  }

  @Test func aPersonBeforeTheParticipleStillSpeaks() {
    Case(
      text: "The poll found a split electorate, with 30 percent of voters saying they had no opinion of him.",
      content: "they had no opinion of him.", mention: "30 percent of voters", cue: "saying"
    ).expectFound()
  }
}
