import Scoring
import StanceCore
import Testing

/// A negated verb of knowing or confirming takes the negation for itself: the harm after it is only
/// named, neither negated into a conciliatory step nor counted as a charge.
extension ToneScorerTests {
  @Test(arguments: [
    "We do not know who was behind the bombing of the pipeline.",
    "Officials said they could not confirm the strike on the airfield.",
    "Nobody knows yet who fired the missiles at the convoy.",
    "The ministry will not speculate about the explosion at the depot.",
  ])
  func negatedKnowingLeavesTheHarmOnlyNamed(_ text: String) {
    let result = tone(text)
    #expect(result.label == .neutral)
    #expect(!result.evidence.contains { $0.rule.contains("negated") })
  }

  @Test func nothingShortOfAssertsWhatFollows() {
    let result = tone("Seizing the freighter on the high seas was nothing short of piracy.")
    #expect(result.evidence.contains { $0.term == "piracy" && $0.rule == "boosted" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }
}
