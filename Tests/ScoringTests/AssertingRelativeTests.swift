import Scoring
import StanceCore
import Testing

/// A relative clause in the indicative ("a government that has bombed weddings") asserts what it
/// says: the negation before its noun does not reach into it. A modal one ("a war that would
/// destroy the region") stays inside the negation.
extension ToneScorerTests {
  @Test func assertingRelativeEndsTheNegation() {
    let result = tone(
      "We won’t accept lectures from a government that has bombed weddings across the region.")
    let bombed = result.evidence.first { $0.term == "bombed" }
    #expect(bombed.map { $0.weight < 0 && !$0.rule.contains("negated") } == true)
    #expect(result.label == .confrontational)
  }

  @Test func modalRelativeStaysNegated() {
    let result = tone("We do not want a war that would destroy the region.")
    #expect(result.evidence.contains { $0.term.hasPrefix("destroy") && $0.rule.contains("negated") })
    #expect(result.label == .conciliatory)
  }
}
