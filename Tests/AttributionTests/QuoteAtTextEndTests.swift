import Attribution
import StanceCore
import Testing

/// A quotation mark that opens right at the end of the text, with no token after it, leaves
/// nothing to attribute and no index to read past the tokens (a case found by fuzzing).
@Suite struct QuoteAtTextEndTests {
  @Test(arguments: ["\u{FFFD}\"\"\u{2}", "\u{FFFD}\"\"", "Noted \"\""])
  func aMarkAtTheEndIsNoStatementAndNoCrash(_ text: String) {
    let found = QuoteAttributorTests().attribute(text)
    #expect(found.allSatisfy { !$0.content.isEmpty }, "\(found.map(\.content))")
  }
}
