import Scoring
import StanceCore
import Testing

/// "should" as an obligation, obligations that bind no party, tone phrases opened by an obligation,
/// and list commas that keep a countering word or a negator in force.
extension ToneScorerTests {
  @Test func shouldOnAnotherPartyIsADemand() {
    let result = tone("Ankara should pull its forces back from the border and respect the truce.")
    #expect(result.evidence.contains { $0.term == "respect" && $0.rule == "demanded" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func shouldStopOnAnotherPartyIsNotConciliatory() {
    let result = tone("Caracas should stop the arrests of opposition activists.")
    #expect(result.label != .conciliatory)
    #expect(!result.evidence.contains { $0.weight > 0 })
  }

  @Test func shouldOnTheFirstPersonStaysConciliatory() {
    let result = tone("We should work together to rebuild trust between our two countries.")
    #expect(result.label == .conciliatory)
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
  }

  @Test func invertedShouldBindsNoParty() {
    let result = tone("Should the negotiations resume next week, the delegation will attend.")
    #expect(result.evidence.contains { $0.term.hasPrefix("negotiat") && $0.weight > 0 })
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
  }

  @Test func impersonalSubjectOfAnObligationBindsNoParty() {
    let result = tone("There must be a ceasefire and a return to dialogue in the coming days.")
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
    #expect(result.label == .conciliatory)
  }

  @Test func passiveObligationBindsNoParty() {
    let result = tone("The truce should be respected by everyone on the ground.")
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
    let active = tone("Hanoi should respect the truce.")
    #expect(active.evidence.contains { $0.rule.contains("demanded") })
  }

  @Test func obligationInAConditionalClauseBindsNoParty() {
    let result = tone("If Pyongyang should agree to talks, the sanctions could be eased.")
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
  }

  @Test func mustStopOnOurSideCountersTheHarm() {
    let result = tone("We must stop the violence in the camps.")
    #expect(!result.evidence.contains { $0.term == "must stop" })
    #expect(result.evidence.contains { $0.term == "violence" && $0.rule == "countered" && $0.weight > 0 })
    #expect(result.label == .conciliatory)
  }

  @Test func mustStopOnAnotherPartyStaysAnUltimatum() {
    let result = tone("The junta must stop the violence in the camps.")
    #expect(result.evidence.contains { $0.term == "must stop" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func counterReachesEveryItemOfAList() {
    let result = tone("The ministers agreed to combat terrorism, piracy and hostage-taking in the region.")
    for harm in ["terrorism", "piracy"] {
      #expect(result.evidence.contains { $0.term == harm && $0.rule == "countered" && $0.weight > 0 })
    }
    #expect(result.evidence.contains { $0.term.hasPrefix("hostage") && $0.rule == "countered" })
  }

  @Test func negationReachesEveryItemOfAList() {
    let result = tone("There will be no threats, blackmail or ultimatums from our side.")
    #expect(result.evidence.contains { $0.term.hasPrefix("blackmail") && $0.rule == "negated" })
  }

  @Test func commaBeforeAClauseStillEndsTheCounter() {
    let result = tone("To combat terrorism, they have launched air strikes and shelled villages.")
    #expect(!result.evidence.contains { $0.term.hasPrefix("air strike") && $0.rule.contains("countered") })
    #expect(!result.evidence.contains { $0.term.hasPrefix("shell") && $0.rule.contains("countered") })
  }

  @Test func commaBeforeACoordinatedClauseEndsTheCounter() {
    let result = tone("We will fight against corruption, and they will answer with repression.")
    #expect(!result.evidence.contains { $0.term.hasPrefix("repress") && $0.rule.contains("countered") })
  }
}
