import Attribution
import StanceCore
import Testing

/// Quotes written with two apostrophes ('' … ''), the style of some newswire archives: they quote
/// like double quotation marks, and an apostrophe inside them stays an apostrophe.
@Suite struct DoubledApostropheTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "''We will not back down,'' Mrs. Ortiz said at the rally.", content: "We will not back down",
      mention: "Mrs. Ortiz", cue: "said"),
    Case(
      text: "Mrs. Ortiz said: ''We will not back down. The plan is wrong.''",
      content: "We will not back down. The plan is wrong.", mention: "Mrs. Ortiz", cue: "said"),
    // A single-quoted phrase closing with the quote: three apostrophes, the first closes the phrase.
    Case(
      text: "''I first heard the song on 'Morning Radio,''' said Ann Wu, a former aide.",
      content: "I first heard the song on 'Morning Radio,'", mention: "Ann Wu", cue: "said"),
    Case(
      text: "''She kept asking, 'Who pays for it?''' the senator said.",
      content: "She kept asking, 'Who pays for it?'", mention: "the senator", cue: "said"),
    Case(
      text: "In the ’90s Russia’s economy shrank, ''and nobody noticed,'' Mr. Ivanov said.",
      content: "and nobody noticed", mention: "Mr. Ivanov", cue: "said"),
  ]

  @Test(arguments: cases) func theQuoteIsFound(_ example: Case) {
    example.expectFound()
  }

  /// A quote that runs over paragraphs in this style reopens each paragraph with two apostrophes.
  @Test func aQuoteRunsOverParagraphs() {
    let found = QuoteAttributorTests().attribute(
      "Mrs. Ortiz spoke first.\n\n''The plan is wrong. It will cost jobs.\n\n''And it will cost votes,'' she said.")
    let quote = found.first { $0.kind == .direct }
    #expect(quote?.content.hasPrefix("The plan is wrong.") == true)
    #expect(quote?.content.hasSuffix("And it will cost votes") == true)
  }
}
