import Attribution
import StanceCore
import Testing

/// A quote after "But" or "And" opening its sentence carries on the previous quote's speaker, as a
/// quote opening the sentence would; inside the narration ("called it “strategic”") it would not.
@Suite struct OpeningConjunctionQuoteTests {
  @Test func aQuoteAfterAnOpeningButContinuesTheSpeaker() {
    let found = QuoteAttributorTests().attribute(
      "Notes.\n\n“I do not think it is do or die,” Ms. Okafor said outside the building. But “the campaign is "
        + "stronger with an endorsement from the speaker.”")
    let statement = found.first { $0.content.hasSuffix("with an endorsement from the speaker.") }
    #expect(statement?.mention == "Ms. Okafor", "\(found.map { ($0.mention, $0.content) })")
  }

  @Test func aQuoteInsideTheNarrationDoesNot() {
    let found = QuoteAttributorTests().attribute(
      "Notes.\n\n“I do not think it is do or die,” Ms. Okafor said. Her rivals called the plan “strategic.”")
    #expect(!found.contains { $0.content == "strategic." || $0.content == "strategic" }, "\(found.map(\.content))")
  }
}
