import Attribution
import StanceCore
import Testing

/// A participle cue opening its sentence ("Noting that …, the senator urged …") reports what the
/// main clause's subject said, up to the comma that closes the participial clause.
@Suite struct OpeningParticipleTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "The levy passed narrowly.\n\nNoting that turnout had been the lowest in a decade, Ms. Okafor urged the "
        + "council to hold the vote again.",
      content: "turnout had been the lowest in a decade", mention: "Ms. Okafor", cue: "Noting"),
    Case(
      text: "Noting he had grown up on a farm, the senator said the subsidy mattered to him.",
      content: "he had grown up on a farm", mention: "the senator", cue: "Noting"),
  ]

  @Test(arguments: cases) func theMainSubjectSpeaks(_ example: Case) {
    example.expectFound()
  }
}
