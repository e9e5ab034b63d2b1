import Scoring
import StanceCore
import Testing

/// Demands and obligations: the conciliatory steps asked of another party are reproaches, those
/// asked of the speaker's side or of every party are not.
extension ToneScorerTests {
  @Test func obligationOnAnotherPartyTurnsItsStepsConfrontational() {
    let result = tone("The Kremlin must return to the negotiating table and respect the ceasefire it signed.")
    #expect(result.label == .confrontational)
    #expect(result.evidence.contains { $0.term == "negotiating table" && $0.rule == "demanded" && $0.weight < 0 })
  }

  @Test func obligationOnTheFirstPersonPluralStaysConciliatory() {
    let result = tone("We must work together to restore dialogue and rebuild trust.")
    #expect(result.label == .conciliatory)
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
    #expect(!result.evidence.contains { $0.term == "must" })
  }

  @Test func obligationOnAnotherPartyKeepsTheWeightOfMust() {
    let result = tone("Belgrade must honour the agreement it signed in Brussels.")
    #expect(result.evidence.contains { $0.term == "must" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func demandAddressedToAnotherPartyIsConfrontational() {
    let result = tone("The ministers demanded that Moscow withdraw its troops and resume talks with Kyiv.")
    #expect(result.label == .confrontational)
    #expect(result.evidence.contains { $0.term == "talks" && $0.rule == "demanded" })
  }

  @Test func demandOnAllPartiesIsAnAppeal() {
    let result = tone("The council demanded that all parties respect the ceasefire and return to talks.")
    #expect(result.label == .conciliatory)
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
  }

  @Test func acronymUSIsAnotherPartyNotTheFirstPerson() {
    let result = tone("The US must return to dialogue on the nuclear file.")
    #expect(result.evidence.contains { $0.term == "dialogue" && $0.rule == "demanded" })
  }

  @Test func demandEndsAtAContrast() {
    let result = tone("Russia must withdraw its forces, but we remain open to dialogue.")
    #expect(result.evidence.contains { $0.term.hasPrefix("withdraw") && $0.rule == "before-contrast+demanded" })
    #expect(result.evidence.contains { $0.term == "open to dialogue" && $0.rule == "after-contrast" })
    #expect(result.label == .conciliatory)
  }

  @Test func obligationOnTheUnitedStatesIsOnAnotherParty() {
    let result = tone("The United States must return to dialogue and respect the nuclear agreement.")
    #expect(result.evidence.contains { $0.term == "dialogue" && $0.rule == "demanded" })
    #expect(result.label == .confrontational)
  }

  @Test func demandWordKeepsItsOwnWeight() {
    let result = tone("Russia demanded an explanation for the incident.")
    #expect(result.evidence.contains { $0.term == "demand*" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func aDemandEndsWhereANewSubjectTakesUpTheSentence() {
    // The mediator's readiness after ", and the EU" is its own offer, not a step demanded of the parties.
    let result = tone("The two sides must return to the table, and the EU stands ready to facilitate every step.")
    #expect(result.evidence.contains { $0.term == "stands ready" && $0.weight > 0 && !$0.rule.contains("demanded") })
  }

  @Test func aDemandReachesTheNextVerbOfItsOwnSubject() {
    let result = tone("Belgrade must recognise the border, and withdraw its police units.")
    #expect(result.evidence.contains { $0.term.hasPrefix("withdraw") && $0.rule.contains("demanded") })
  }

  @Test func aConditionLaidOnAnotherPartyDemandsItsStep() {
    let result = tone("Our envoy will stay away from Geneva until Belgrade recognises the new border crossings.")
    #expect(result.evidence.contains { $0.term.hasPrefix("recogni") && $0.rule.contains("demanded") && $0.weight < 0 })
  }

  @Test func aConditionOnTheSpeakersOwnSideDemandsNothing() {
    let result = tone("We will keep negotiating until we reach a fair deal for both peoples.")
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
    #expect(result.label == .conciliatory)
  }
}
