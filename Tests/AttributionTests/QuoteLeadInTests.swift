import Attribution
import StanceCore
import Testing

/// A sentence that leads into a quote whose attribution follows it ("… he “made a costly mistake,”
/// Ms. Reyes said.") is the speaker's mixed statement from the sentence start; a quote followed by a
/// relative clause ("… a “civil war,” which …") keeps no lead-in.
@Suite struct QuoteLeadInTests {
  @Test func theLeadInBelongsToTheQuote() {
    let found = QuoteAttributorTests().attribute(
      "The governor cut the ferry budget, and in doing so he “made a costly mistake,” Ms. Reyes said.")
    let statement = found.first { $0.mention == "Ms. Reyes" }
    #expect(statement?.content == "The governor cut the ferry budget, and in doing so he “made a costly mistake")
    #expect(statement?.kind == .mixed)
  }

  @Test func aRelativeAfterTheQuoteTakesNoLeadIn() {
    let found = QuoteAttributorTests().attribute(
      "Local officials call the dispute a “misunderstanding,” which the union rejects.")
    #expect(!found.contains { $0.content.hasPrefix("Local officials") }, "\(found.map(\.content))")
  }
}
