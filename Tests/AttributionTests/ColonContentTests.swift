import Attribution
import StanceCore
import Testing

/// Content introduced by a colon opens after it: after a short addressee or circumstance phrase
/// ("telling reporters: “…”"), and in the next paragraph when the colon ends its own.
@Suite struct ColonContentTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "The mayor spoke after the vote, telling reporters: "
        + "“The budget is balanced for the first time in a decade.”",
      content: "“The budget is balanced for the first time in a decade.”", cue: "telling"),
    Case(
      text: "Ms. Ortega wrote on her campaign website: the library will stay open on weekends.",
      content: "the library will stay open on weekends.", mention: "Ms. Ortega", cue: "wrote"),
    Case(
      text: "The bridge has been delayed again.\n\nIn his weekly column, Halloran writes:\n\n"
        + "The council has spent three years promising a new bridge and has built none of it.\n\nEnd.",
      content: "The council has spent three years promising a new bridge and has built none of it.",
      mention: "Halloran", cue: "writes"),
  ]

  @Test(arguments: cases) func theContentOpensAfterTheColon(_ example: Case) {
    example.expectFound()
  }
}
