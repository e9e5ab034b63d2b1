import Attribution
import StanceCore
import Testing

/// "SUBJECT, X said, “quote” and the rest": the attribution is a parenthesis inside one reported
/// sentence, so the statement is the whole sentence, not the quote alone.
@Suite struct ParenthesisBeforeQuoteTests {
  @Test func theSentenceAroundTheParenthesisIsTheStatement() {
    AttributionCase(
      text: "Notes.\n\nThe club’s heavy investment in its facilities, Ms. Tanzer said, “is a perfect example of "
        + "adapting” to the changing economics of golf.",
      content: "The club’s heavy investment in its facilities, Ms. Tanzer said, “is a perfect example of adapting” "
        + "to the changing economics of golf.",
      mention: "Ms. Tanzer", cue: "said"
    ).expectFound()
  }

  @Test func aWholeQuoteAfterTheCueStaysDirect() {
    let found = QuoteAttributorTests().attribute("Notes.\n\nMs. Tanzer said, “It is a perfect example of adapting.”")
    let statement = found.first { $0.content == "It is a perfect example of adapting." }
    #expect(statement?.kind == .direct, "\(found.map { ($0.kind, $0.content) })")
  }
}
