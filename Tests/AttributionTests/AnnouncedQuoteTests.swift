import Attribution
import StanceCore
import Testing

/// A quote announced by the sentence before it, which says who spoke and where or when, but not what.
@Suite struct AnnouncedQuoteTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Foreign Minister Sergei Lavrov said in a statement. “We will not accept these terms.”",
      content: "We will not accept these terms.", speaker: "Sergey Lavrov", cue: "said in a statement"),
    Case(
      text: "The mayor said on Tuesday.\n\n“The shelling has not stopped for a single night.”",
      content: "The shelling has not stopped for a single night.", cue: "said"),
    Case(
      text: "Maria Lopez told reporters after the hearing. “The committee was misled, and we will say so.”",
      content: "The committee was misled, and we will say so.", mention: "Maria Lopez", cue: "told reporters"),
  ]

  @Test(arguments: cases) func quoteTakesTheSpeakerOfTheSentenceBefore(_ example: Case) {
    example.expectFound()
  }

  /// A sentence before that says something of its own is reported speech, not an announcement.
  @Test func sentenceWithContentAnnouncesNothing() {
    let found = QuoteAttributorTests().attribute(
      "The talks in Geneva ended without a date. Officials said the delegations had left. “Nothing was agreed.”")
    #expect(!found.contains { $0.content == "Nothing was agreed." && $0.cue == "said" })
    #expect(found.contains { $0.content.hasPrefix("the delegations had left") })
  }

  /// A narration sentence without a speech cue announces nobody.
  @Test func narrationBeforeAQuoteAnnouncesNobody() {
    let found = QuoteAttributorTests().attribute(
      "Lavrov arrived in Geneva on Tuesday. “The weather is fine,” a hotel worker said.")
    #expect(found.first { $0.content == "The weather is fine" }?.mention == "a hotel worker")
  }
}
