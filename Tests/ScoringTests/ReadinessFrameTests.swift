import Scoring
import StanceCore
import Testing

/// Readiness to do something is an offer, unless what one is ready for is force.
extension ToneScorerTests {
  @Test func readinessIsAnOffer() {
    let result = tone("Russia is ready to ship grain to the poorest African countries free of charge.")
    #expect(result.evidence.contains { $0.term == "ready to" && $0.weight > 0 })
    #expect(result.label == .conciliatory)
  }

  @Test func readinessForForceThreatens() {
    let result = tone("Our forces are ready to strike any vessel that enters the zone.")
    #expect(result.evidence.contains { $0.term == "ready to strike" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }
}

/// "urged X to" lays a demand on X, as "called on X to" does; one's own supporters are no other party.
extension ToneScorerTests {
  @Test func urgingAnotherPartyIsADemand() {
    let result = tone("Beijing urged Washington to stop playing with fire in the strait.")
    #expect(result.score < 0)
    #expect(result.evidence.contains { $0.rule.contains("demanded") })
  }

  @Test func callingOnOnesSupportersIsNoDemand() {
    let result = tone("The opposition leader called on her supporters to remain calm and peaceful.")
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
    #expect(result.label == .conciliatory)
  }
}

/// A refusal to accept or recognise denies the conciliatory steps it refuses; hostile ones keep their sign.
extension ToneScorerTests {
  @Test func aRefusedCeasefireIsDenied() {
    let result = tone("We will not accept any ceasefire that leaves occupying troops on our soil.")
    #expect(result.evidence.contains { $0.term.hasPrefix("ceasefire") && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func aRefusedThreatKeepsItsSign() {
    let result = tone("We will not accept threats from anyone.")
    #expect(result.evidence.contains { $0.term.hasPrefix("threat") && $0.weight < 0 && !$0.rule.contains("negated") })
  }

  @Test func aRefusalEndsWithItsClause() {
    let result = tone("We cannot accept the proposal, but we remain open to dialogue.")
    #expect(result.evidence.contains { $0.term == "open to dialogue" && $0.weight > 0 })
  }
}
