import Scoring
import StanceCore
import StanceTestSupport
import Testing

/// Tone of single statements from the seed articles, and the rules that change it.
@Suite struct ToneScorerTests {
  /// Scores `text` as one statement.
  func tone(_ text: String, cue: String? = nil) -> Tone {
    let document = Document(id: "t", text: text, isStatementUnit: true)
    let segmented = Fixtures.pipeline.segmenter.segment(document)
    var statement = Statement(
      speaker: Speaker(name: "x", actorID: nil, kind: .unregistered), mention: nil, cue: nil, cueEntry: nil,
      kind: .direct, content: segmented.sentences[0].range)
    if let cue, let entry = Fixtures.lexicons.cues.firstIndex(where: { $0.cue == cue }) {
      statement.cueEntry = entry
      statement.cue = TextRange(0, 1)
    }
    return Fixtures.pipeline.scorer.score(statement, in: segmented)
  }

  @Test func diplomacyAsTheWayOutIsConciliatory() {
    let result = tone("The best way to deal with a crisis is through diplomacy.")
    #expect(result.label == .conciliatory)
    #expect(result.evidence.contains { $0.term == "diplomacy" })
  }

  @Test func supportingMilitaristIntentionsIsConfrontational() {
    let result = tone(
      "Unfortunately, we see the United States and other NATO countries supporting Kiev’s militarist intentions, supplying Ukraine with arms and sending military specialists."
    )
    #expect(result.label == .confrontational)
    #expect(result.score < -0.3)
  }

  @Test func negatedConfrontationIsConciliatory() {
    let result = tone("Russia does not want a new military confrontation.")
    #expect(result.label == .conciliatory)
    #expect(result.evidence.contains { $0.rule.contains("negated") && $0.weight > 0 })
  }

  @Test func negatedThreatIsConciliatory() {
    let result = tone("NATO’s support for Ukraine is not a threat to Russia.")
    #expect(result.label == .conciliatory)
  }

  @Test func negationStopsAtTheEndOfItsClause() {
    let result = tone(
      "There is no movement on bilateral affairs, which are more and more reaching an acute crisis phase.")
    #expect(result.label == .confrontational)
    #expect(result.evidence.contains { $0.term.hasPrefix("crisis") && $0.rule == "term" })
  }

  @Test func boosterStrengthensTheTermItPrecedes() {
    let plain = tone("The situation in Europe is alarming.")
    let boosted = tone("The situation in Europe is very alarming.")
    #expect(boosted.score < plain.score)
    #expect(boosted.evidence.contains { $0.rule == "boosted" })
  }

  @Test func statementWithoutEvidenceIsNeutralZero() {
    let result = tone("The call lasted fifty minutes on Thursday.")
    #expect(result.evidence.isEmpty)
    #expect(result.score == 0)
    #expect(result.label == .neutral)
  }

  @Test func cueToneIsPartOfTheEvidence() {
    let result = tone("The call lasted fifty minutes on Thursday.", cue: "accused")
    #expect(result.evidence.map(\.rule) == ["cue"])
    #expect(result.label == .confrontational)
  }

  @Test func scoreStaysInsideTheOpenInterval() {
    let result = tone(
      "We condemn the invasion, the aggression, the attacks, the bombing, the shelling and the occupation.")
    #expect(result.score > -1 && result.score < -0.8)
  }

  @Test func scoreFollowsTheNormalisationFormula() {
    let result = tone("We welcome the talks.")
    let sum = result.evidence.reduce(0) { $0 + $1.weight }
    let expected = sum / (sum * sum + Fixtures.lexicons.settings.normalization).squareRoot()
    #expect(abs(result.score - expected) < 1e-12)
  }

  @Test func counteringAThreatIsNotConfrontational() {
    let result = tone("The ministers agreed to combat terrorism and prevent escalation along the border.")
    #expect(result.label == .conciliatory)
    #expect(result.evidence.contains { $0.rule.contains("countered") && $0.weight > 0 })
  }

  @Test func threatWithoutCounteringStaysConfrontational() {
    let result = tone("Terrorism and escalation along the border are growing.")
    #expect(result.label == .confrontational)
  }

  @Test func secondNegatorCancelsTheFirst() {
    let result = tone("There is no dispute between our two countries that cannot be settled through dialogue.")
    #expect(result.label == .conciliatory)
    #expect(result.evidence.contains { $0.term == "dialogue" && $0.rule == "double-negated" && $0.weight > 0 })
  }

  @Test func negationReachesTheEndOfALongClause() {
    let result = tone("No one in this alliance wants to see a return to the arms race.")
    #expect(result.label == .conciliatory)
    #expect(result.evidence.contains { $0.term == "arms race" && $0.rule == "negated" })
  }

  @Test func refusingAConciliatoryStepIsConfrontational() {
    let result = tone("The delegation refused to sign the ceasefire agreement.")
    #expect(result.label == .confrontational)
    #expect(result.evidence.contains { $0.term == "ceasefire agreement" && $0.rule == "negated" })
  }

  @Test func notRulingOutHedgesWhatFollows() {
    let result = tone("Ankara does not rule out a peace agreement with its neighbours.")
    #expect(result.label == .conciliatory)
    #expect(result.evidence.contains { $0.term == "peace agreement" && $0.rule == "hedged" })
  }

  @Test func singleMildTermLeavesAStatementNeutral() {
    let result = tone("The talks will continue in Vienna next week.")
    #expect(result.evidence.map(\.term) == ["talks"])
    #expect(result.score > 0)
    #expect(result.label == .neutral)
  }

  @Test func addressingAProblemCountersIt() {
    let result = tone("Our first task is to address the tensions along the border.")
    #expect(result.evidence.contains { $0.rule.contains("countered") && $0.weight > 0 })
    #expect(result.label != .confrontational)
  }

  @Test func violenceAgainstCiviliansIsConfrontational() {
    let result = tone("Armed men abducted aid workers and looted the warehouse.")
    #expect(result.label == .confrontational)
    #expect(result.evidence.contains { $0.term == "abduct*" })
    // Counted, with no one speaking for a side, the same violence is a report (see DescriptionRule).
    let counted = tone("Armed men abducted twelve aid workers and looted the warehouse.")
    #expect(counted.evidence.contains { $0.term == "abduct*" && $0.rule == "descriptive" })
    #expect(counted.label == .neutral && counted.score < 0)
  }

  @Test func reaffirmedSupportForReintegrationIsConciliatory() {
    let result = tone("The Council reaffirms its commitment to the reintegration of former combatants.")
    #expect(result.label == .conciliatory)
  }

  @Test func threateningWeighsMoreThanNamingAThreat() {
    let act = tone("The militia threatened the monitors.")
    let assessment = tone("The monitors face a threat.")
    #expect(act.score < assessment.score)
    #expect(assessment.score < 0)
  }

  @Test func appealToRefrainFromReprisalsIsNotConfrontational() {
    let result = tone("The envoy urged both sides to refrain from reprisals along the river.")
    #expect(result.evidence.contains { $0.term.hasPrefix("reprisal") && $0.rule == "countered" && $0.weight > 0 })
    #expect(result.label != .confrontational)
  }

  @Test func nothingMoreThanIsDismissiveNotANegation() {
    let result = tone("The so-called peace plan is nothing more than a recipe for surrender.")
    #expect(result.label == .confrontational)
    #expect(!result.evidence.contains { $0.rule.contains("negated") })
  }

  @Test func flagrantBoostsTheViolationItQualifies() {
    let result = tone("The shelling of the crossing point is a flagrant violation of the truce.")
    #expect(result.evidence.contains { $0.term.hasPrefix("violat") && $0.rule == "boosted" })
    #expect(result.label == .confrontational)
  }

  @Test func longStatementIsNotMoreExtremeForBeingLong() {
    let short = tone("The invasion, the shelling and the blockade continue.")
    let long = tone(
      "The invasion, the shelling and the blockade continue; the looting, the abductions and the torture continue.")
    let settings = Fixtures.lexicons.settings
    #expect(short.evidence.count == 3 && long.evidence.count == 6)
    let sum = long.evidence.reduce(0) { $0 + $1.weight }
    let damped = sum / (6 / settings.lengthDamping).squareRoot()
    #expect(abs(long.score - damped / (damped * damped + settings.normalization).squareRoot()) < 1e-12)
    let undamped = sum / (sum * sum + settings.normalization).squareRoot()
    #expect(long.score > undamped)
    #expect(long.label == .confrontational)
  }

  @Test func questionDampsOnlyTheTermsOfItsSentence() {
    let result = tone("Kyiv rejected the proposal. Will Moscow now accept a ceasefire?")
    let damping = Fixtures.lexicons.settings.questionDamping
    #expect(result.evidence.contains { $0.term == "reject*" && $0.rule == "term" })
    #expect(result.evidence.contains { $0.term == "ceasefire*" && $0.rule == "question" })
    let statement = tone("Moscow will now accept a ceasefire.")
    let asserted = statement.evidence.first { $0.term == "ceasefire*" }?.weight ?? 0
    let asked = result.evidence.first { $0.term == "ceasefire*" }?.weight ?? 0
    #expect(abs(asked - asserted * damping) < 1e-12)
  }
}
