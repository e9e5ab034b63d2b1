import Scoring
import StanceCore
import Testing

/// A clause of condition or time ("until", "unless", "if") is out of reach of the negation and the
/// countering word before it: what it names is not denied, and not countered either.
extension ToneScorerTests {
  @Test func negationStopsAtUntil() {
    let result = tone("We will not negotiate with the militia until it surrenders its heavy weapons.")
    let negotiate = result.evidence.first { $0.term.hasPrefix("negotiat") }
    #expect(negotiate.map { $0.weight < 0 && $0.rule.contains("negated") } == true)
    #expect(!result.evidence.contains { $0.term.hasPrefix("surrender") && $0.rule.contains("negated") })
    #expect(!result.evidence.contains { $0.term == "weapons" && $0.rule.contains("negated") })
    #expect(result.label == .confrontational)
  }

  @Test func counterStopsAtUntil() {
    let result = tone("We will not stop until every hostage is home, whatever pressure comes from abroad.")
    let hostage = result.evidence.first { $0.term.hasPrefix("hostage") }
    #expect(hostage.map { $0.weight < 0 && !$0.rule.contains("countered") } == true)
    #expect(result.label == .confrontational)
  }

  @Test func negationBeforeTheSubordinateClauseStillReachesItsNoun() {
    let result = tone("There will be no talks unless the shelling stops.")
    #expect(result.evidence.contains { $0.term == "talks" && $0.rule.contains("negated") })
  }

  @Test func negatorRightBeforeTheSubordinatorKeepsItsReach() {
    // "Not until …": the negation is the subordinator's own and reaches the main clause after it.
    let result = tone("Not until the last soldier has left will we talk about cooperation.")
    #expect(result.evidence.contains { $0.term.hasPrefix("cooperat") && $0.rule.contains("negated") })
  }
}
