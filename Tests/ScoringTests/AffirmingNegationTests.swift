import Scoring
import StanceCore
import Testing

/// Negations that affirm: a superlative ("never been closer to peace") and a negative question that
/// appeals ("can we not agree …?") leave what follows as written.
extension ToneScorerTests {
  @Test(arguments: [
    (
      "Our two nations have never been closer to signing a peace treaty.",
      ToneLabel.conciliatory
    ),
    ("We have never been more determined to defeat the invaders.", .confrontational),
  ])
  func superlativeNeverIsNoDenial(_ text: String, _ label: ToneLabel) {
    let result = tone(text)
    #expect(!result.evidence.contains { $0.rule.contains("negated") })
    #expect(result.label == label)
  }

  @Test func negativeQuestionIsAnAppeal() {
    let result = tone("Shouldn't we give the mediators another month before anyone talks of sanctions?")
    #expect(result.evidence.contains { $0.term.hasPrefix("mediat") && $0.weight > 0 })
    #expect(!result.evidence.contains { $0.term.hasPrefix("mediat") && $0.rule.contains("negated") })
  }
}
