import Scoring
import StanceCore
import Testing

/// Phrasings of diplomatic and conflict news that carry tone without the common tone words: a reserved
/// right, exhausted patience, lifted measures, apologies and narrowed gaps; and fixed expressions whose
/// tone word is neutral there.
extension ToneScorerTests {
  @Test func threatToPeaceDoesNotCountThePeace() {
    let result = tone("The missile launch is a threat to peace in the whole region.")
    #expect(result.evidence.contains { $0.term == "threat to peace" })
    #expect(!result.evidence.contains { $0.term == "peace" })
    #expect(result.label == .confrontational)
  }

  @Test func optionsKeptOpenAreAVeiledThreat() {
    #expect(tone("All options are being considered, including a naval one.").label == .confrontational)
  }

  @Test func whatUnitesIsConciliatory() {
    #expect(tone("There is more that unites us than divides us.").label == .conciliatory)
  }

  @Test func reservedRightToAnswerIsAThreat() {
    let result = tone("Tehran reserves the right to answer this aggression at a time of its choosing.")
    #expect(result.evidence.contains { $0.term == "reserves the right" })
    #expect(result.label == .confrontational)
  }

  @Test func exhaustedPatienceIsAThreat() {
    #expect(tone("Frankly, we have run out of patience with the border guards.").label == .confrontational)
    #expect(tone("Our patience has limits, and Minsk knows it.").label == .confrontational)
  }

  @Test func obligationToStopIsAnUltimatum() {
    let result = tone("Caracas should stop harassing the fishing boats off the coast.")
    #expect(result.evidence.contains { $0.term == "should stop" })
    #expect(result.label == .confrontational)
  }

  @Test func ownObligationToStopIsNoUltimatum() {
    let result = tone("We should stop arguing and start rebuilding trust.")
    #expect(!result.evidence.contains { $0.term == "should stop" })
  }

  @Test func refusingRecognitionIsRejection() {
    let result = tone("We will not recognize the annexation of the islands.")
    #expect(result.evidence.contains { $0.term == "will not recognize" })
    #expect(result.label == .confrontational)
  }

  @Test func liftingAMeasureEndsIt() {
    let result = tone("The government lifted the blockade of the port on Monday.")
    #expect(result.evidence.contains { $0.term == "blockade*" && $0.rule == "countered" && $0.weight > 0 })
    #expect(result.label != .confrontational)
  }

  @Test func easingRestrictionsIsConciliatory() {
    let result = tone("Seoul is easing the travel ban and restrictions on northern visitors.")
    #expect(result.evidence.allSatisfy { $0.weight > 0 })
  }

  @Test func negatedRegimeChangeReassures() {
    let result = tone("Washington is not pursuing regime change in Caracas.")
    #expect(result.evidence.contains { $0.term == "regime change" && $0.weight > 0 })
    #expect(result.label == .conciliatory)
  }

  @Test func noQuarrelReassures() {
    #expect(tone("We have no quarrel with the people of Venezuela.").label == .conciliatory)
  }

  @Test func apologyAndFlexibilityAreConciliatory() {
    #expect(tone("The ministry apologised to the fishermen for the seizure of their boat.").score > 0)
    #expect(tone("Both delegations showed real flexibility on the border question.").label == .conciliatory)
  }

  @Test func narrowedGapsAreAgreement() {
    let result = tone("Negotiators have narrowed the gaps on prisoner releases.")
    #expect(result.evidence.contains { $0.term == "narrowed the gaps" })
    #expect(result.label == .conciliatory)
  }

  @Test func decisionLyingWithOthersCarriesNoAccusation() {
    let result = tone("The final decision lies with the national parliament.")
    #expect(!result.evidence.contains { $0.term == "lies" })
    #expect(result.label == .neutral)
  }

  @Test func coalitionPartnersAreDomesticNotDiplomatic() {
    let result = tone("The chancellor spoke with her coalition partners before the vote.")
    #expect(result.label == .neutral)
  }

  @Test func theAnnexOfAResolutionIsNoAnnexation() {
    #expect(tone("The outcome document (resolution 70/1, annex) sets out the goals.").evidence.isEmpty)
    let verb = tone("Moscow moved to annex the provinces after the referendum.")
    #expect(verb.evidence.contains { $0.term == "to annex" })
    #expect(verb.label == .confrontational)
  }

  @Test func infringedSovereigntyIsObstructedNotOffered() {
    let result = tone("Their coast guard has infringed on our sovereignty twice this month.")
    #expect(result.evidence.contains { $0.term == "sovereignty" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func walkingAwayFromTalksIsNotAWithdrawalOfTroops() {
    let result = tone("If the panel ignores our proposals again, we will withdraw from the negotiations.")
    #expect(result.evidence.contains { $0.term == "withdraw from the negotiations" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }
}
