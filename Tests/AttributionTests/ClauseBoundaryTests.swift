import Attribution
import StanceCore
import Testing

/// Subjects and content ends around quotation marks and clause boundaries: a comma inside a closing
/// mark before a participle or a cue, reported content that runs into a quote with its own speaker,
/// shares of respondents, a common-noun subject shared by a later cue, and possessives written with
/// an apostrophe alone, and a cue in a subordinate or relative clause before the main one.
@Suite struct ClauseBoundaryTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    // A cue in a subordinate clause opening the sentence: its content ends where the main clause starts.
    Case(
      text: "While the mayor said the budget was balanced, auditors found a deficit of $4 million.",
      content: "the budget was balanced", mention: "mayor", cue: "said"),
    Case(
      text: "Although in March she said the plan was “a mistake,” the governor signed it in June.",
      content: "the plan was “a mistake,”", mention: "she", cue: "said"),
    // A cue in a relative clause after its subject: the content ends before the main verb.
    Case(
      text: "Paul Grant, who said the budget was tight, especially for schools, has proposed a new tax.",
      content: "the budget was tight, especially for schools", mention: "Paul Grant", cue: "said"),
    // A participle after a comma inside a closing mark shares the sentence's subject.
    Case(
      text:
        "Councillors sued after the city closed what residents call the “old market,” saying that the closure hurt small traders.",
      content: "the closure hurt small traders.", mention: "Councillors", cue: "saying"),
    // The content before such a participle keeps its closing mark and stops there.
    Case(
      text:
        "Senator Ruth Calloway insisted that the treaty was “dead on arrival,” adding that she would vote against it.",
      content: "the treaty was “dead on arrival,”", mention: "Senator Ruth Calloway", cue: "insisted"),
    // The apposition before the cue may end with a comma inside a closing mark.
    Case(
      text: "Dana Whitfield, who calls the proposal a “giveaway,” said the council would reject it in March.",
      content: "the council would reject it in March.", mention: "Dana Whitfield", cue: "said"),
    // A share of respondents ending in a number.
    Case(
      text: "About four in 10 said they would vote for the incumbent.",
      content: "they would vote for the incumbent.", mention: "About four in 10", cue: "said"),
    // Respondents named by how they were reached.
    Case(
      text: "Those surveyed said the economy was their main concern.", content: "the economy was their main concern.",
      mention: "Those surveyed", cue: "said"),
    // A common-noun subject opening the sentence, shared by a cue after "but".
    Case(
      text: "The spokesman declined to discuss the talks but said no meeting had been planned.",
      content: "no meeting had been planned.", mention: "The spokesman", cue: "said"),
    // The same after an opening time phrase, which is not the subject.
    Case(
      text: "Last week, the city council approved the budget and said the new park would open in June.",
      content: "the new park would open in June.", mention: "the city council", cue: "said"),
    // A possessive written with an apostrophe alone.
    Case(
      text: "Reynolds' aides said the campaign would continue through the summer.",
      content: "the campaign would continue through the summer.", mention: "Reynolds' aides", cue: "said"),
  ]

  @Test(arguments: cases) func theStatementIsFound(_ example: Case) {
    example.expectFound()
  }

  /// Reported content that runs into a quote with its own attribution ends before that attribution,
  /// and the quote keeps its own statement.
  @Test func reportedContentStopsBeforeAnAttributedQuote() {
    let text =
      "The mayor declared that the plan would go ahead despite the protests, and her deputy told reporters: “We will not back down.”"
    let found = QuoteAttributorTests().attribute(text)
    let reported = found.first { $0.cue == "declared" }
    #expect(reported?.content == "the plan would go ahead despite the protests")
    #expect(reported?.kind == .indirect)
    #expect(found.contains { $0.kind == .direct && $0.cue == "told reporters" })
  }

  /// A scare quote before "said" is not a quotation whose speaker follows when a clause does.
  @Test func aClauseAfterTheCueIsNoSource() {
    let found = QuoteAttributorTests().attribute(
      "Dana Whitfield, who calls the proposal a “giveaway,” said the council would reject it in March.")
    #expect(!found.contains { $0.kind == .direct })
  }

  /// A time phrase opening the sentence is never taken for the speaker of a shared cue.
  @Test func anOpeningTimePhraseIsNoSpeaker() {
    let found = QuoteAttributorTests().attribute(
      "Last week, the board approved the merger and said the new company would keep both offices.")
    #expect(!found.contains { $0.speaker == "Last" || $0.mention == "Last" })
  }

  /// So is a time phrase that ends in "later" or "ago" before its comma.
  @Test func aTimePhraseEndingInLaterIsNoSpeaker() {
    let found = QuoteAttributorTests().attribute(
      "Hours later, Maria Lopez returned the compliment, telling reporters, “They worked through the night.”")
    let quote = found.first { $0.content.contains("night") }
    #expect(quote?.speaker == "Maria Lopez")
    #expect(!found.contains { $0.mention == "Hours" })
  }
}

/// Cues that report nothing in context: a tail that only says where the words were said, "add" with
/// a quantity or "to", "That said," as a concession, and a heading before a colon.
@Suite struct NonReportingCueTests {
  @Test func aTailOfCircumstancesIsNoContent() {
    let found = QuoteAttributorTests().attribute("Maria Lopez said in an interview on Sunday.")
    #expect(found.isEmpty, "\(found.map(\.content))")
  }

  @Test func addingAQuantityReportsNothing() {
    let found = QuoteAttributorTests().attribute(
      "The economy added 250,000 jobs in May. Rivera won the Ohio primary, adding to her lead over Kemp.")
    #expect(!found.contains { $0.cue == "added" || $0.cue == "adding" }, "\(found.map(\.content))")
  }

  @Test func addingWordsStillReports() {
    let found = QuoteAttributorTests().attribute("The mayor added that the bridge would reopen in May.")
    #expect(found.first?.content == "the bridge would reopen in May.")
  }

  @Test func thatSaidIsAConcession() {
    let found = QuoteAttributorTests().attribute(
      "That said, the council still expects the bridge to open in the spring.")
    #expect(found.isEmpty, "\(found.map(\.content))")
  }

  @Test func aHeadingBeforeAColonIsNoSpeaker() {
    let found = QuoteAttributorTests().attribute(
      "Polls open early in the east.\n\nThe Latest: Polls close in three states as counting begins.")
    #expect(found.isEmpty, "\(found.map(\.content))")
  }
}
