import Scoring
import StanceCore
import Testing

/// A remedy governs the problem named after "on" too ("a moratorium on missile deployments" counters
/// the deployments), and "isn't it time" appeals rather than denies.
extension ToneScorerTests {
  @Test func aMoratoriumOnDeploymentsCountersThem() {
    let result = tone("Moscow is prepared to discuss a moratorium on missile deployments in Europe.")
    #expect(result.evidence.contains { $0.term.hasPrefix("missile") && $0.rule.contains("countered") })
    #expect(result.label == .conciliatory)
  }

  @Test func isntItTimeAppealsRatherThanDenies() {
    let result = tone("Isn't it time we started building a shared future together?")
    #expect(!result.evidence.contains { $0.rule.contains("negated") })
    #expect(result.score > 0)
  }
}
