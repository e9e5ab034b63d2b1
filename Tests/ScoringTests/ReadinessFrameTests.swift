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
