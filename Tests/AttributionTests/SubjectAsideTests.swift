import Attribution
import StanceCore
import Testing

/// A name, its party and state in parentheses, then an aside between commas, then the cue: the
/// name is the subject ("Rep. Jo Hale (D-Md.), chair of the committee, said …").
@Suite struct SubjectAsideTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Notes.\n\nRep. Jo Hale (D-Md.), chair of the party’s platform committee, said the nominee did not "
        + "appear concerned.",
      content: "the nominee did not appear concerned.", mention: "Rep. Jo Hale", cue: "said"),
    Case(
      text: "Notes.\n\nBut Sen. Ray Coburn (D-Ill.), noting the size of the senator’s following, said the list "
        + "could help the party.",
      content: "the list could help the party.", mention: "Sen. Ray Coburn", cue: "said"),
  ]

  @Test(arguments: cases) func theNameBeforeTheParenthesisSpeaks(_ example: Case) {
    example.expectFound()
  }
}
