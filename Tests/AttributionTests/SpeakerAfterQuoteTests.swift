import Attribution
import StanceCore
import Testing

/// The speaker named after a quote with more than a bare name: a suffix with its dot, a party and
/// state in parentheses, or a description holding commas of its own (an age, a town and its state).
@Suite struct SpeakerAfterQuoteTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "“The town dies without the plant,” Robert Hale Jr. said on Monday.",
      content: "The town dies without the plant", mention: "Robert Hale Jr.", cue: "said"),
    Case(
      text: "“The town dies without the plant,” Robert T. Hale Jr., the head of the union, said on Monday.",
      content: "The town dies without the plant", mention: "Robert T. Hale Jr.", cue: "said"),
    Case(
      text: "“The town dies without the plant,” Ann Cole (D-Ohio) said at the debate.",
      content: "The town dies without the plant", mention: "Ann Cole", cue: "said"),
    Case(
      text: "“The town dies without the plant,” Mr. Tan, 54, a welder in Dayton, Ohio, said in an interview.",
      content: "The town dies without the plant", mention: "Mr. Tan", cue: "said"),
    Case(
      text: "“The town dies without the plant,” Mr. Tan, now retired in Dayton, Ohio, told a reporter.",
      content: "The town dies without the plant", mention: "Mr. Tan", cue: "told"),
  ]

  @Test(arguments: cases) func theSpeakerIsFound(_ example: Case) {
    example.expectFound()
  }
}
