import Attribution
import StanceCore
import Testing

/// A verb of quoting ("continued", "went on") reports only beside a quotation: "“…,” he continued" and
/// "she continued: “…”"; "the shelling continued" and "continued to insist" report nothing.
@Suite struct QuotingCueTests {
  @Test func quotingVerbAfterTheQuotationIsItsCue() {
    let found = QuoteAttributorTests().attribute(
      "The envoy spoke for an hour.\n\n“We are not asking for charity,” she continued. “We are asking for the crossings to open.”"
    )
    let quote = found.first { $0.content.contains("charity") }
    #expect(quote?.mention == "she")
    #expect(quote?.cue == "continued")
    // The two halves of the split quotation are one statement, as with "she said".
    #expect(quote?.content.contains("crossings") == true)
  }

  @Test func quotingVerbBeforeTheQuotationIsItsCue() {
    let found = QuoteAttributorTests().attribute(
      "Minister Ana Ruiz continued: “The border will stay open to every family that needs it.”")
    let quote = found.first { $0.content.contains("border") }
    #expect(quote?.mention == "Minister Ana Ruiz" || quote?.mention == "Ana Ruiz")
    #expect(quote?.cue == "continued")
  }

  @Test func quotingVerbAwayFromAQuotationReportsNothing() {
    let found = QuoteAttributorTests().attribute(
      "The shelling continued through the night. The government continued to insist that the talks were on track.")
    #expect(!found.contains { $0.cue == "continued" })
  }

  @Test func aQuotationEndingItsSentenceIsNotTheVerbsQuotation() {
    // "… peace.” Fighting continued": the quotation is closed by its sentence, not reported by the verb.
    let found = QuoteAttributorTests().attribute(
      "“We want peace,” the mayor said. “Nothing else.” Fighting continued on the outskirts overnight.")
    #expect(!found.contains { $0.cue == "continued" })
  }

  @Test func quotingVerbAfterDoubledApostrophes() {
    // The old newswire style: '' … '' for quotation marks.
    let found = QuoteAttributorTests().attribute(
      "''The budget is a problem,'' the senator wrote.\n\n''To date,'' she continued, ''nobody has offered a fix.''")
    #expect(found.contains { $0.cue == "continued" && $0.mention == "she" })
  }
}
