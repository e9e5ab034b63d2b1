import Attribution
import StanceCore
import Testing

/// Reported speech whose source is more than a bare name: an owner's office or campaign, a name with
/// its party in parentheses (before a cue or a transcript's colon), cues after auxiliaries and negations,
/// a source after its content with the circumstances of the remark, a source after a comma that ends
/// another cue's content, and a source inside a relative clause.
@Suite struct ReportedSourceTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Senator Maria Lopez's campaign said it had raised more than $2 million in the quarter.",
      content: "it had raised more than $2 million in the quarter.", speaker: "Senator Maria Lopez's campaign",
      cue: "said"),
    Case(
      text: "After the vote, the union's lawyers argued that the strike ban was unlawful.",
      content: "the strike ban was unlawful.", speaker: "the union's lawyers", cue: "argued"),
    Case(
      text: "Rep. Tom Baker (R-Ohio) said the bill would not pass the House this year.",
      content: "the bill would not pass the House this year.", speaker: "Rep. Tom Baker", cue: "said"),
    Case(
      text: "Health officials have been warning that the outbreak could spread to other towns.",
      content: "the outbreak could spread to other towns.", speaker: "Health officials", cue: "warning"),
    Case(
      text: "The minister did not say when the talks would resume.", content: "when the talks would resume.",
      speaker: "minister", cue: "say"),
    Case(
      text: "The factory will close in March, Mayor Ellen Brooks said in a radio interview on Sunday.",
      content: "The factory will close in March", speaker: "Ellen Brooks", cue: "said"),
    Case(
      text: "The strike will end by Friday, a union spokesman told the local newspaper.",
      content: "The strike will end by Friday", speaker: "union spokesman", cue: "told"),
    Case(
      text: "The new rules, which officials said will take effect in May, apply to all imports.",
      content: "will take effect in May", speaker: "officials", cue: "said"),
  ]

  @Test(arguments: cases) func theSourceIsFound(_ example: Case) {
    example.expectFound()
  }

  /// A cue that is also a plural noun stays a noun after a possessive.
  @Test func aPossessiveBeforeANounCueIsNoSource() {
    let found = QuoteAttributorTests().attribute("Moscow's security demands that the alliance pull back were rejected.")
    #expect(!found.contains { $0.cue == "demands" })
  }

  /// "was warned" stays passive; only an -ing form after "been" is progressive.
  @Test func aPassiveAfterBeenReportsNobody() {
    let found = QuoteAttributorTests().attribute("The envoy had been warned against travelling to the region.")
    #expect(found.isEmpty)
  }

  /// An adverb in -ly between the auxiliary and the cue leaves it passive.
  @Test(arguments: [
    "Ms. Ruiz was officially declared the winner of the race on Friday.",
    "The plan was widely criticized as too costly by the unions.",
  ])
  func aPassiveWithAnAdverbReportsNobody(_ text: String) {
    #expect(QuoteAttributorTests().attribute(text).isEmpty)
  }
}

extension ReportedSourceTests {
  /// A source named after a comma ("…, according to an attendee") reports the clause before it; the
  /// reported speech of another cue in that clause ends before it.
  @Test func trailingSourceEndsTheContentBeforeIt() {
    let found = QuoteAttributorTests().attribute(
      "The two remaining delegates pledged to support the senator, according to Buchanan.")
    #expect(found.contains { $0.cue == "according to" && $0.mention == "Buchanan" })
    #expect(found.contains { $0.cue == "pledged" && $0.content == "to support the senator" })
  }

  /// A transcript's speaker with party and state in parentheses before the colon.
  @Test func speakerTurnWithAParenthesisAfterTheName() {
    let found = QuoteAttributorTests().attribute(
      "The hearing went on for hours.\n\nRep. Ann Cole (D-Ohio): Who told you that ninety percent was in the system?")
    #expect(found.contains { $0.mention == "Rep. Ann Cole" && $0.content.hasPrefix("Who told you") })
  }
}
