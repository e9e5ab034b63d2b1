import Attribution
import StanceCore
import Testing

/// Subjects followed by a long description before their cue: a name with a preposition, a common
/// noun with an apposition, and a sentence-opening noun phrase whose description holds commas.
@Suite struct DescribedSubjectTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text:
        "One pastor backing the senator, Dana Fields of Grace Church in Dayton, said she had called dozens of pastors.",
      content: "she had called dozens of pastors.", speaker: "Dana Fields"),
    Case(
      text: "The clerk, a registered Democrat who spoke on condition of anonymity, said the new policy dismayed her.",
      content: "the new policy dismayed her.", speaker: "The clerk"),
    Case(
      text: "Opponents of the new rule, however, say it would hurt small farms.",
      content: "it would hurt small farms.", speaker: "Opponents"),
    Case(
      text:
        "Some residents who have followed the mayor for years, in print or at small meetings, said he seemed tired.",
      content: "he seemed tired.", speaker: "Some residents"),
    Case(
      text: "Families living near the old mill, many of them retired, say the dust never settles.",
      content: "the dust never settles.", speaker: "Families"),
  ]

  @Test(arguments: cases) func theDescribedSubjectIsFound(_ example: Case) {
    example.expectFound()
  }

  /// A sentence whose opening noun has a verb of its own is content, not a described subject.
  @Test func aFiniteVerbAfterTheOpeningNounIsNoDescription() {
    let found = QuoteAttributorTests().attribute("Voters backed the measure, by most counts, said the count was close.")
    #expect(!found.contains { $0.speaker == "Voters" })
  }
}
