import Scoring
import StanceCore
import Testing

/// An announced response is a veiled threat only when it is left open.
extension ToneScorerTests {
  @Test func bareAnnouncedResponseIsAThreat() {
    let result = tone("Make no mistake: we will respond.")
    #expect(result.evidence.contains { $0.term == "will respond" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func responseWithAnObjectCarriesNoThreat() {
    let result = tone("We will respond to the letter from the commission next week.")
    #expect(result.evidence.isEmpty)
    #expect(result.label == .neutral)
  }

  @Test func responseBeforeAMannerIsAThreat() {
    let result = tone("Any provocation on the border and we will react firmly.")
    #expect(result.evidence.contains { $0.term == "will react" && $0.weight < 0 })
  }

  @Test func measuresWithAPurposeCarryNoThreat() {
    let result = tone("The ministry will take the necessary measures to support farmers hit by the drought.")
    #expect(!result.evidence.contains { $0.weight < 0 })
    #expect(result.label != .confrontational)
  }

  @Test func measuresBeforeAConditionAreAThreat() {
    let result = tone("We will take the necessary measures if the drills near our coast go ahead.")
    #expect(result.evidence.contains { $0.term == "will take the necessary measures" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func respondingInKindToAGestureIsNoThreat() {
    let result = tone("The reopening of the border crossing is a welcome step, and we will respond in kind.")
    #expect(!result.evidence.contains { $0.term == "will respond" })
    #expect(result.label == .conciliatory)
  }

  @Test func noneOfTheOptionsOffTheTableIsAThreat() {
    let result = tone("None of the options are off the table if the missile tests continue.")
    #expect(result.label == .confrontational)
  }
}
