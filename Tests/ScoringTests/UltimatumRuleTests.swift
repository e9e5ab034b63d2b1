import Scoring
import StanceCore
import Testing

/// A consequence the speaker announces ("we will") threatens only as the answer to a condition laid on
/// another party: "unless …", or "if …" with a negator, a failure or a persistence.
extension ToneScorerTests {
  @Test func negatedConditionBeforeTheConsequenceIsAnUltimatum() {
    let result = tone(
      "If the remaining hostages are not freed by Friday, we will pull our delegation out of the talks.")
    #expect(result.evidence.contains { $0.term == "we will" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func conditionAfterTheConsequenceCountsToo() {
    let result = tone(
      "We will cut gas deliveries entirely if the outstanding payments are not settled by the end of the month.")
    #expect(result.evidence.contains { $0.term == "we will" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func unlessNeedsNoNegator() {
    let result = tone("Unless the convoy turns back, we shall stop it at the border.")
    #expect(result.evidence.contains { $0.term == "we shall" })
    #expect(result.label == .confrontational)
  }

  @Test func persistenceInTheConditionIsABreach() {
    let result = tone("If they continue to shell our villages, we will answer.")
    #expect(result.evidence.contains { $0.term == "we will" })
  }

  @Test func plainFutureCarriesNoTone() {
    let result = tone("We will publish the full list of participants next week.")
    #expect(!result.evidence.contains { $0.term == "we will" })
    #expect(result.label == .neutral)
  }

  @Test func affirmativeConditionIsNoUltimatum() {
    let result = tone("If the talks succeed, we will lift the restrictions on flights.")
    #expect(!result.evidence.contains { $0.term == "we will" })
  }

  @Test func negatedConsequenceIsNoUltimatum() {
    // "we will not insist": giving way, not a threat.
    let result = tone("If they do not want a joint statement, we will not insist on one.")
    #expect(!result.evidence.contains { $0.term == "we will" })
  }

  @Test func evenIfOpensNoCondition() {
    let result = tone("Even if the other side does not attend, we will keep the seat at the table open.")
    #expect(!result.evidence.contains { $0.term == "we will" })
  }

  @Test func consequenceInsideTheConditionDoesNotCount() {
    let result = tone("If we will not be heard in Geneva, the matter goes back to the assembly.")
    #expect(!result.evidence.contains { $0.term == "we will" })
  }
}
