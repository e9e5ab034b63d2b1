import Attribution
import StanceCore
import Testing

/// Narration that leads into a quote with the speaker after it ("Yet he is a “change agent,” Cole
/// said.") is that speaker's statement, and the quote that follows it without an attribution of its
/// own carries it on: one statement.
@Suite struct LeadInContinuationTests {
  @Test func theNextQuoteCarriesOnTheLeadIn() {
    AttributionCase(
      text: "Notes.\n\nYet the governor is also a “change agent,” Cole said. “That is exactly what people want "
        + "right now.”",
      content: "Yet the governor is also a “change agent,” Cole said. “That is exactly what people want right now.",
      mention: "Cole", cue: "said"
    ).expectFound()
  }

  @Test func aQuoteWithItsOwnSpeakerStaysApart() {
    let found = QuoteAttributorTests().attribute(
      "Notes.\n\nYet the governor is also a “change agent,” Cole said. “We will see,” Ms. Okafor said.")
    #expect(found.contains { $0.mention == "Ms. Okafor" && $0.content == "We will see" }, "\(found.map(\.content))")
  }
}
