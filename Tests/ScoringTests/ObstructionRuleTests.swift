import Scoring
import StanceCore
import Testing

/// The conciliatory step named after an obstruction ("sabotage the peace process") is being
/// destroyed, not offered.
extension ToneScorerTests {
  @Test func sabotagedStepIsNotConciliatory() {
    let result = tone("The rebels are doing everything they can to sabotage the peace process.")
    #expect(result.evidence.contains { $0.term == "peace process" && $0.rule == "negated" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func violatedTruceIsConfrontational() {
    let result = tone("Government troops breached the truce twice overnight.")
    #expect(result.evidence.contains { $0.term.hasPrefix("truce") && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func obstructionReachesAComplementWithOf() {
    let result = tone("This is a gross violation of the ceasefire agreement.")
    #expect(!result.evidence.contains { $0.weight > 0 })
  }

  @Test func obstructionEndsAtItsTopic() {
    let result = tone("Militias undermined the mediation on the eve of the talks.")
    #expect(result.evidence.contains { $0.term.hasPrefix("mediat") && $0.weight < 0 })
    #expect(result.evidence.contains { $0.term == "talks" && $0.weight > 0 })
  }

  @Test func negatedObstructionObstructsNothing() {
    let result = tone("Our forces have never violated the truce.")
    #expect(result.evidence.contains { $0.term.hasPrefix("violat") && $0.weight > 0 })
    #expect(!result.evidence.contains { $0.rule.contains("double") })
  }
}
