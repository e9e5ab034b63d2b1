import Scoring
import StanceCore
import Testing

/// A negated obstruction takes the negation for itself: the step after it counts as written, and
/// blocking a step obstructs it as sabotage does.
extension ToneScorerTests {
  @Test func negatedViolationLeavesTheTruceAsWritten() {
    let result = tone("Our forces have not violated the truce a single time since Sunday.")
    #expect(result.evidence.contains { $0.term.hasPrefix("truce") && $0.rule == "term" && $0.weight > 0 })
    #expect(result.label == .conciliatory)
  }

  @Test func doorNotSlammedOnDialogueIsConciliatory() {
    let result = tone("The government has not slammed the door on dialogue with the rebels.")
    #expect(result.evidence.contains { $0.term == "dialogue" && $0.weight > 0 })
    #expect(result.label == .conciliatory)
  }

  @Test func blockedAidIsObstructed() {
    let result = tone("The militia blocked humanitarian aid to the besieged town for a week.")
    #expect(!result.evidence.contains { $0.weight > 0 })
    #expect(result.label == .confrontational)
  }
}
