import Attribution
import StanceCore
import Testing

/// A paragraph set between dashes ("– Harbour works –.") is a wire story's subheading, not a
/// dash-led quotation; a dash-led quotation with its attribution stays one.
@Suite struct DashHeadingTests {
  @Test func aSubheadingBetweenDashesIsNoQuote() {
    let found = QuoteAttributorTests().attribute(
      "“The port will reopen,” the mayor said.\n\n– Harbour works –.\n\nCrews began dredging on Monday.")
    #expect(!found.contains { $0.content.contains("Harbour works") }, "\(found.map(\.content))")
  }

  @Test func aDashLedQuotationStays() {
    let found = QuoteAttributorTests().attribute("The mayor spoke.\n\n– We are ready for the storm – said Ms. Lund.")
    #expect(found.contains { $0.content == "We are ready for the storm" && $0.mention == "Ms. Lund" })
  }
}
