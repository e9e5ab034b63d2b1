import Attribution
import StanceCore
import Testing

/// After a causative verb ("led voters to say", "prompted the host to accuse") the verb's object is
/// the speaker of the infinitive; after a verb that only asks for the words it is not.
@Suite struct CausedSpeakerTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "The late start of the hearing led several council members to say that the vote had been rigged.",
      content: "the vote had been rigged.", mention: "several council members", cue: "say"),
    Case(
      text: "The reversal prompted Senator Ada Pike to accuse the agency of hiding the costs.",
      content: "the agency of hiding the costs.", mention: "Senator Ada Pike", cue: "accuse"),
  ]

  @Test(arguments: cases) func theObjectSpeaks(_ example: Case) {
    example.expectFound()
  }

  @Test func anAskedForStatementHasNoCausedSpeaker() {
    let found = QuoteAttributorTests().attribute("The aide asked the mayor to say that the deal was off.")
    #expect(!found.contains { $0.mention == "the mayor" }, "\(found.map { $0.mention ?? "" })")
  }
}
