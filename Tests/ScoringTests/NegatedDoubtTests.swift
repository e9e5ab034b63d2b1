import Scoring
import StanceCore
import Testing

/// A negated doubt asserts what follows, and "resolve to" is determination, not a problem resolved.
extension ToneScorerTests {
  @Test(arguments: [
    ("There is no doubt that the agreement will help both countries.", ToneLabel.conciliatory),
    ("I have no doubt the ceasefire will hold.", .conciliatory),
    ("We do not doubt their commitment to peace.", .conciliatory),
    ("Nobody doubts that sanctions will hurt the economy.", .confrontational),
    ("No one should doubt that the invasion was planned for months.", .confrontational),
  ])
  func negatedDoubtLeavesWhatFollowsAsWritten(_ text: String, _ label: ToneLabel) {
    let result = tone(text)
    #expect(result.label == label)
    #expect(!result.evidence.isEmpty)
    #expect(result.evidence.allSatisfy { $0.rule == "term" })
  }

  @Test func resolveToIsDeterminationNotARemedy() {
    let result = tone("The government's resolve to defend every inch of the border is unshaken.")
    #expect(result.label == .confrontational)
    #expect(result.evidence.contains { $0.term == "every inch" && $0.rule == "boosted" && $0.weight < 0 })
  }
}
