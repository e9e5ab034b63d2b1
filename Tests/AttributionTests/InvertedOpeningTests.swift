import Attribution
import StanceCore
import Testing

/// A sentence that opens with its cue ("Said Maria Lopez, …, “…”") names the speaker after the cue,
/// before the quote.
@Suite struct InvertedOpeningTests {
  @Test func theNameAfterAnOpeningCueSpeaks() {
    AttributionCase(
      text: "Storm damage.\n\nThe flood reached the bakery’s front door on Tuesday. Said Maria Lopez, who has run the "
        + "bakery for 30 years, “We have never seen a winter like this.”",
      content: "We have never seen a winter like this.", mention: "Maria Lopez", cue: "Said"
    ).expectFound()
  }

  @Test func aCueBeforeTheQuoteStillComesFirst() {
    let text =
      "Town news.\n\nSaid to be the richest man in the county, Mr. Hale told reporters, “I owe it all to my mother.”"
    AttributionCase(text: text, content: "I owe it all to my mother.", mention: "Mr. Hale", cue: "told reporters")
      .expectFound()
  }
}
