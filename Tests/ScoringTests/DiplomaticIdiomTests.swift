import Scoring
import StanceCore
import Testing

/// Fixed expressions of deterrence and diplomatic courtesy that carry their tone as a whole.
extension ToneScorerTests {
  @Test(arguments: [
    "Moscow should know that any move against Kyiv will bring severe costs.",
    "Nothing is off the table.",
    "We will defend every inch of our territory.",
    "Those who started this will bear full responsibility for it.",
  ])
  func deterrenceIdiomIsConfrontational(_ text: String) {
    #expect(tone(text).label == .confrontational)
  }

  @Test func goodMeetingIsConciliatory() {
    let result = tone("We had a good meeting with the Turkish delegation.")
    #expect(result.label == .conciliatory)
    #expect(result.evidence.contains { $0.term == "good meeting" })
  }
}

/// Phrase families added from the errors read on tone-heldout6: warnings in official formulas,
/// shifted goalposts, people or goods used as a weapon, direct lines and readiness to host talks.
extension ToneScorerTests {
  @Test func officialWarningFormulasAreConfrontational() {
    #expect(
      tone("Any misadventure across the line will be met with a swift and befitting response.").label
        == .confrontational)
    #expect(tone("They keep moving the goalposts, and we see no point in another round.").label == .confrontational)
    #expect(tone("The regime is pushing migrants at our border as a weapon.").label == .confrontational)
  }

  @Test func offersOfChannelsAndMediationAreConciliatory() {
    #expect(
      tone("We have offered a direct line between our border services and hope it will be used.").label == .conciliatory
    )
    #expect(tone("Ankara is ready to host talks between the two sides at any level.").label == .conciliatory)
  }

  @Test func proceduralUsesStayNeutral() {
    #expect(tone("The court has scheduled hearings on the preliminary objections for November.").label == .neutral)
    #expect(tone("The revised customs tariff schedule will be published on Monday.").label == .neutral)
  }
}
