import Attribution
import StanceCore
import Testing

/// "citing X" gives the subject's grounds: the subject speaks, X is what it cites (not the source of
/// the sentence's report), and a "citing" aside between commas leaves the main verb its subject.
@Suite struct CitedEvidenceTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "The race tightened.\n\n“This is not a close contest,” the senator said, citing the governor’s weak "
        + "polling numbers in the state.",
      content: "the governor’s weak polling numbers in the state.", mention: "the senator", cue: "citing"),
    Case(
      text: "Salceda, citing data from the census office, said that about four million people live there.",
      content: "data from the census office", mention: "Salceda", cue: "citing"),
    Case(
      text: "Salceda, citing data from the census office, said that about four million people live there.",
      content: "about four million people live there.", mention: "Salceda", cue: "said"),
    Case(
      text: "The agency, citing two people familiar with the talks, said the deal could be signed within weeks.",
      content: "the deal could be signed within weeks.", mention: "The agency", cue: "said"),
    Case(
      text: "The ministry postponed the visit on Friday, citing security concerns.",
      content: "security concerns.", mention: "The ministry", cue: "citing"),
  ]

  @Test(arguments: cases) func theSubjectCitesItsGrounds(_ example: Case) {
    example.expectFound()
  }

  @Test func theCitedDocumentsAreNotTheSpeaker() {
    let found = QuoteAttributorTests().attribute(
      "The paper, citing internal documents, said the campaign was spending more than it raised.")
    #expect(!found.contains { $0.mention == "internal documents" }, "\(found.map(\.mention))")
  }
}
