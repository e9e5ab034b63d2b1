import Attribution
import StanceCore
import Testing

/// "…, told Reuters.": when only the addressee follows the cue, nothing is reported.
@Suite struct AddresseeContentTests {
  @Test func aNameAloneAfterTheCueIsNoStatement() {
    let found = QuoteAttributorTests().attribute(
      "Capitol briefs.\n\nThe vote on the pipeline bill has been delayed twice. Rep. Jane Doe, a Democrat from "
        + "Oregon who sits on the energy committee, told Reuters.")
    #expect(!found.contains { $0.content.hasPrefix("Reuters") }, "\(found.map { ($0.mention, $0.content) })")
  }

  @Test func aPronounAloneAfterTheCueIsNoStatement() {
    let found = QuoteAttributorTests().attribute(
      "Peace talks.\n\nThe envoy had promised a ceasefire by spring, and the president remembered the envoy telling him."
    )
    #expect(!found.contains { $0.content == "him." }, "\(found.map { ($0.mention, $0.content) })")
  }

  @Test func anAddresseeFollowedByContentStillReports() {
    let found = QuoteAttributorTests().attribute(
      "Capitol briefs.\n\nRep. Jane Doe told Reuters the vote would be close.")
    #expect(
      found.contains { $0.mention == "Rep. Jane Doe" && $0.content.hasSuffix("the vote would be close.") },
      "\(found.map { ($0.mention, $0.content) })")
  }
}
