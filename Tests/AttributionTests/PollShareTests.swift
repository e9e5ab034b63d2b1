import Attribution
import StanceCore
import Testing

/// A share of poll respondents is the source of what it says, written with a percent sign, after a
/// dash or a colon, or inside a relative clause.
@Suite struct PollShareTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "The survey found a divided electorate.\n\nOn social issues they lean left: 42% say they are liberal.",
      content: "they are liberal.", mention: "42%", cue: "say"),
    Case(
      text: "She is seen as more capable than the governor - 60 percent of voters said the senator would handle "
        + "the issue better.",
      content: "the senator would handle the issue better.", mention: "60 percent of voters", cue: "said"),
    Case(
      text: "She will face an electorate in which 67 percent of voters say she is not honest.",
      content: "she is not honest.", mention: "67 percent of voters", cue: "say"),
  ]

  @Test(arguments: cases) func theShareSpeaks(_ example: Case) {
    example.expectFound()
  }
}
