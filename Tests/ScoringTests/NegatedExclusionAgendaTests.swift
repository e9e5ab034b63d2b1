import Scoring
import StanceCore
import Testing

/// An excluded option negated ("nothing is off the table"), double and independent negations, and
/// the topics of talks.
extension ToneScorerTests {
  @Test(arguments: [
    "None of them are off the table.",
    "We will not take anything off the table.",
    "No option is off the table, whatever happens.",
  ])
  func negatedExclusionIsAThreat(_ text: String) {
    let result = tone(text)
    #expect(result.label == .confrontational)
    #expect(result.evidence.contains { $0.term == "off the table" && $0.weight == -2.5 })
  }

  @Test(arguments: [
    "Nothing's off the table when it comes to our security.",
    "There are no military options off the table.",
    "Nothing has been taken off the table, the minister warned.",
    "We are not taking any option off the table.",
  ])
  func coerciveExclusionFormsAreThreats(_ text: String) {
    let result = tone(text)
    #expect(result.label == .confrontational)
    #expect(result.evidence.contains { $0.term == "off the table" && $0.weight == -2.5 })
  }

  @Test(arguments: [
    "For now no plan is either on or off the table.",
    "The chef says not much is off the table for the new menu.",
    "We did not say the merger was off the table.",
    "There is nobody here who thinks that pricing is off the table.",
  ])
  func negationOutsideTheCoerciveFormsCarriesNoThreat(_ text: String) {
    let result = tone(text)
    #expect(!result.evidence.contains { $0.term == "off the table" })
    #expect(result.label == .neutral)
  }

  @Test(arguments: ["They took the proposal off the table.", "The old plan is off the table now."])
  func exclusionWithoutNegationCarriesNoTone(_ text: String) {
    let result = tone(text)
    #expect(!result.evidence.contains { $0.term == "off the table" })
    #expect(result.label == .neutral)
  }

  @Test func nestedNegationCountsTheTermAsWritten() {
    let result = tone("There is no quarrel here that cannot be settled through dialogue.")
    #expect(result.evidence.contains { $0.term == "dialogue" && $0.rule == "double-negated" && $0.weight == 2 })
    #expect(result.label == .conciliatory)
  }

  @Test func negationOfANegatedObjectCancels() {
    let result = tone("The plan is not without risks.")
    #expect(result.evidence.contains { $0.term == "risk*" && $0.rule == "double-negated" && $0.weight == -1 })
  }

  @Test func secondNegationOfItsOwnClauseReplacesTheFirst() {
    let result = tone("They did not protest, and they would not insist on a withdrawal of the troops.")
    #expect(result.evidence.contains { $0.term == "withdraw*" && $0.rule.hasPrefix("negated") && $0.weight < 0 })
    let chained = tone("We were never consulted and we do not accept the plan.")
    #expect(chained.evidence.contains { $0.term == "not accept" && $0.rule == "term" && $0.weight < 0 })
  }

  @Test func norContinuesTheNegationOfNeither() {
    let result = tone("Neither Paris nor Berlin accepted the proposal.")
    #expect(result.evidence.contains { $0.term == "accept*" && $0.rule == "negated" && $0.weight < 0 })
  }

  @Test(arguments: [
    "The foreign ministers discussed trade, arms control and cooperation on energy.",
    "The agenda includes the ceasefire, border attacks and the exchange of prisoners.",
  ])
  func topicsOfTalksCarryNoTone(_ text: String) {
    let result = tone(text)
    #expect(result.label == .neutral)
    #expect(!result.evidence.contains { $0.term != "discuss*" })
  }

  @Test func offerToDiscussKeepsItsTopic() {
    let result = tone("We are ready to discuss arms control and confidence-building measures.")
    #expect(result.evidence.contains { $0.term == "arms control" })
    #expect(result.label == .conciliatory)
  }

  @Test func agendaEndsWhereAnotherClauseBegins() {
    let result = tone("The ministers discussed the budget while the envoys negotiated a truce.")
    #expect(result.evidence.contains { $0.term == "truce*" })
  }
}
