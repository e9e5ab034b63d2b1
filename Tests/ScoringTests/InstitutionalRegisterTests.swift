import Scoring
import StanceCore
import Testing

/// The register of institutional texts: remedies that govern the harm they remedy, the harm an
/// inquiry or aid is about, demands addressed to a named party, and the vocabulary of reports.
extension ToneScorerTests {
  @Test func remedyCountersTheProblemItNames() {
    let result = tone("The envoy proposed a political solution to the crisis in the north.")
    #expect(result.evidence.contains { $0.term == "crisis" && $0.rule == "countered" && $0.weight > 0 })
    #expect(result.evidence.contains { $0.term == "political solution" && $0.weight > 0 })
    #expect(result.label == .conciliatory)
  }

  @Test func peacefulSettlementOfDisputesIsConciliatory() {
    let result = tone("Both governments reaffirmed their commitment to the peaceful settlement of disputes.")
    #expect(result.evidence.contains { $0.term.hasPrefix("dispute") && $0.rule == "countered" })
    #expect(result.evidence.allSatisfy { $0.weight > 0 })
  }

  @Test func remedyReachEndsWithItsClause() {
    let result = tone("The mission supported a solution, but the shelling of the town went on.")
    #expect(result.evidence.contains { $0.term == "shelling" && !$0.rule.contains("countered") && $0.weight < 0 })
  }

  @Test(arguments: [
    "The Council called for an end to the violence against civilians in the eastern provinces.",
    "The mission works for the protection of civilians from attacks by armed groups.",
    "The new unit will prosecute those responsible for the abductions.",
  ])
  func remedyOfInstitutionalTextsCountersTheHarm(_ text: String) {
    let result = tone(text)
    #expect(result.evidence.contains { $0.rule.contains("countered") && $0.weight > 0 })
    #expect(result.score > 0)
  }

  @Test func harmOnlyNamedByAnInquiryTakesNoSide() {
    let result = tone("The commission will investigate the killings reported in the border villages.")
    #expect(result.evidence.contains { $0.term == "kill*" && $0.weight == 0 })
    #expect(result.label == .neutral)
  }

  @Test func callOnANamedPartyTurnsTheStepIntoAReproach() {
    let result = tone("The foreign ministers called on Pretoria to honour its commitments and return to the talks.")
    #expect(result.evidence.contains { $0.term == "talks" && $0.rule == "demanded" && $0.weight < 0 })
    #expect(result.label == .confrontational)
  }

  @Test func callOnAllPartiesIsNoReproach() {
    let result = tone("The Council calls upon all parties to cooperate fully with the mediation.")
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
    #expect(result.label == .conciliatory)
  }

  @Test func demandToStopAHarmIsAReproach() {
    let result = tone("Lima has to stop the shelling of the border posts.")
    #expect(result.evidence.contains { $0.term == "shelling" && $0.rule == "countered+demanded" && $0.weight < 0 })
    #expect(result.score < 0)
  }

  @Test func inclusiveObligationToStopAHarmStaysConciliatory() {
    let result = tone("We have to stop the violence and return to dialogue.")
    #expect(!result.evidence.contains { $0.rule.contains("demanded") })
    #expect(result.score > 0)
  }

  @Test func reportOfViolenceIsConfrontational() {
    let result = tone("Gunmen burned houses and grenade attacks injured villagers; many families fled.")
    #expect(result.evidence.contains { $0.term == "burned" })
    #expect(result.evidence.contains { $0.term == "fled" })
    #expect(result.label == .confrontational)
  }

  @Test func institutionalCooperationIsConciliatory() {
    let result = tone("The agencies agreed on peacebuilding projects and mutual legal assistance in the region.")
    #expect(result.evidence.contains { $0.term == "peacebuilding" })
    #expect(result.evidence.contains { $0.term == "mutual legal assistance" })
    #expect(result.label == .conciliatory)
  }

  @Test func nameOfACourtAccusesNoOne() {
    let result = tone("The delegation met the registrar of the criminal court.")
    #expect(!result.evidence.contains { $0.weight < -0.5 })
    #expect(result.label == .neutral)
  }
}
