import Attribution
import StanceCore
import Testing

/// After "…, telling" or "…, told" the name is the one addressed: it is not the speaker of the
/// clause before the comma, and the quote after the colon is the sentence subject's.
@Suite struct AddressedNameTests {
  @Test func theAddresseeOfAParticipleDoesNotSpeak() {
    let found = QuoteAttributorTests().attribute(
      "Campaign notes.\n\nThe mayor praised the governor’s skills, telling CNBC: “I wish I could be like that.”")
    #expect(!found.contains { $0.mention == "CNBC" }, "\(found.map { ($0.mention, $0.content) })")
    AttributionCase(
      text: "Campaign notes.\n\nThe mayor praised the governor’s skills, telling CNBC: “I wish I could be like that.”",
      content: "“I wish I could be like that.”", mention: "mayor", cue: "telling"
    ).expectFound()
  }

  @Test func aFiniteCueStillNamesItsSpeakerAfterTheComma() {
    AttributionCase(
      text: "Turnout will be low this year, said Mindy Romero, director of the project.",
      content: "Turnout will be low this year", mention: "Mindy Romero", cue: "said"
    ).expectFound()
  }
}
