import Scoring
import StanceCore
import Testing

/// An option kept open ("has not ruled out", "refused to rule out", "cannot be ruled out"): the option
/// keeps its own tone, a little softened, and the keeping open carries none.
extension ToneScorerTests {
  @Test(arguments: [
    "The minister has not ruled out retaliation against the border posts.",
    "Our government refused to rule out sanctions on the regime.",
    "They won't rule out retaliation, the envoy said.",
    "We haven't ruled out sanctions at this stage.",
    "The general never ruled out retaliation.",
  ])
  func optionOfForceKeptOpenIsConfrontational(_ text: String) {
    let result = tone(text)
    #expect(result.label == .confrontational)
    #expect(!result.evidence.contains { $0.term.hasPrefix("rule") })
    #expect(result.evidence.contains { $0.rule == "hedged" && $0.weight < 0 })
  }

  @Test(arguments: [
    "We haven't ruled out a peace agreement with our neighbours.",
    "The premier declined to rule out a peace agreement this year.",
  ])
  func offerKeptOpenStaysConciliatory(_ text: String) {
    let result = tone(text)
    #expect(result.label == .conciliatory)
    #expect(result.evidence.contains { $0.term == "peace agreement" && $0.rule == "hedged" })
  }

  @Test(arguments: [
    "A further delay in the shipments cannot be ruled out.",
    "The company has not ruled out a sale of the plant.",
    "He refused to rule out higher fees next year.",
  ])
  func keepingAnOptionOpenCarriesNoTone(_ text: String) {
    let result = tone(text)
    #expect(result.evidence.isEmpty)
    #expect(result.label == .neutral)
  }
}
