import Attribution
import StanceCore
import Testing

/// Adverbs of time and contrast between the speaker and the cue ("now says", "still insists") or
/// between the cue and its content ("said, however, that …") leave the attribution whole.
@Suite struct SentenceAdverbTests {
  static let cases: [AttributionCase] = [
    AttributionCase(
      text: "Farm bill.\n\nThe senator opposed the subsidy for a decade. She now says the program should be kept.",
      content: "the program should be kept.", mention: "She", cue: "says"),
    AttributionCase(
      text: "Trade talks.\n\nThe minister still insists the tariffs will be lifted by June.",
      content: "the tariffs will be lifted by June.", mention: "minister", cue: "insists"),
    AttributionCase(
      text:
        "Trade talks.\n\nThe union has called off the strike. Its leader said, however, that the dispute is not over.",
      content: "the dispute is not over.", mention: "Its leader", cue: "said"),
  ]

  @Test(arguments: cases) func theAdverbLeavesTheAttributionWhole(_ example: AttributionCase) {
    example.expectFound()
  }
}
