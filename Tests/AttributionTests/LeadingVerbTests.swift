import Attribution
import StanceCore
import Testing

/// A cue in the infinitive after a verb that leads to it ("went on to say", "was quick to add")
/// is the subject's statement, as is an infinitive of purpose after a verb of going or taking the
/// floor ("went on local radio to declare"); after a verb that withholds the words ("declined to
/// say") it is none.
@Suite struct LeadingVerbTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Ms. Dunn praised the budget but went on to say that the deficit would grow.",
      content: "the deficit would grow.", mention: "Ms. Dunn", cue: "went on to say"),
    Case(
      text: "The mayor paused and then went on to say: “The roads will be open by noon.”",
      content: "The roads will be open by noon.", cue: "went on to say"),
    Case(
      text: "Mr. Ruiz was quick to add that no jobs would be lost.",
      content: "no jobs would be lost.", mention: "Mr. Ruiz", cue: "quick to add"),
    // An infinitive of purpose after a verb of going or taking the floor.
    Case(
      text: "The transit strike entered its third day.\n\nMayor Ellen Varga went on local radio to declare that "
        + "the buses would run by Friday.",
      content: "the buses would run by Friday.", mention: "Ellen Varga", cue: "went on local radio to declare"),
    Case(
      text: "Ms. Dunn took the stage on Tuesday night to acknowledge that the count had gone against her.",
      content: "the count had gone against her.", mention: "Ms. Dunn",
      cue: "took the stage on Tuesday night to acknowledge"),
  ]

  @Test(arguments: cases) func theLedCueReports(_ example: Case) {
    example.expectFound()
  }

  @Test func aWithheldAnswerIsNoStatement() {
    let found = QuoteAttributorTests().attribute("Ms. Dunn declined to say whether the deficit would grow.")
    #expect(found.isEmpty)
  }
}
