import Attribution
import StanceCore
import Testing

/// A verb of naming reports the speaker's words when a quotation follows it: "called the sanctions
/// “an act of economic war”"; without one ("called a snap election") it reports nothing.
@Suite struct NamingCueTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Lavrov called the new sanctions “an act of economic war” against his country.",
      content: "the new sanctions “an act of economic war” against his country.", speaker: "Sergey Lavrov",
      cue: "called"),
    Case(
      text: "The finance minister, Ana Ruiz, described the proposal as \"a recipe for recession.\"",
      content: "the proposal as \"a recipe for recession.\"", mention: "Ana Ruiz", cue: "described"),
    Case(
      text: "Opposition leader Tomas Berg dismissed the budget, calling it a ''vote now, pay later'' plan.",
      content: "it a ''vote now, pay later'' plan.", mention: "Tomas Berg", cue: "calling"),
  ]

  @Test(arguments: cases) func namingWithAQuotationIsAStatement(_ example: Case) {
    example.expectFound()
  }

  @Test func namingWithAQuotationIsMixed() {
    let found = QuoteAttributorTests().attribute("Zakharova described the talks as “useful but difficult.”")
    #expect(found.first { $0.cue == "described" }?.kind == .mixed)
  }

  @Test func theNamedQuotationIsTheNamersNotTheNextSpeakers() {
    // The quotation is not "Western countries"' words, though their cue follows it.
    let found = QuoteAttributorTests().attribute(
      "Russian diplomats call the conflict a “civil war,” which Ukraine and Western countries reject.")
    let named = found.first { $0.content.contains("civil war") }
    #expect(named?.mention == "Russian diplomats")
    #expect(named?.cue == "call")
  }

  @Test func aPassiveNamingReportsNobody() {
    let found = QuoteAttributorTests().attribute(
      "The accord, commonly referred to as the \"Minsk deal\", collapsed. A militia called “the Wolves” shelled the town."
    )
    #expect(!found.contains { $0.cue == "referred to" || $0.cue == "called" })
  }

  @Test func aNamingAtTheHeadOfItsSentenceIsAParticiple() {
    let found = QuoteAttributorTests().attribute(
      "Dubbed the “Iron Lady” by the press, she never lost an election. Originally called the \"Dawn plan\", it was renamed."
    )
    #expect(!found.contains { $0.cue == "Dubbed" || $0.cue == "called" })
  }

  @Test func whatLeadsInANamingRightBeforeItsQuotation() {
    let found = QuoteAttributorTests().attribute("Cruz has railed against what he calls “the Washington cartel.”")
    #expect(found.contains { $0.cue == "calls" && $0.content.contains("Washington cartel") })
  }

  @Test func namingWithoutAQuotationReportsNothing() {
    let found = QuoteAttributorTests().attribute(
      "The prime minister called a snap election for March. A town called Springfield voted to stay.")
    #expect(!found.contains { $0.cue == "called" })
  }

  @Test func aQuotationTooFarAfterTheVerbDoesNotMakeItACue() {
    let found = QuoteAttributorTests().attribute(
      "The ministry called in the ambassador of the neighbouring republic on Monday afternoon over what it termed \"provocations\"."
    )
    #expect(!found.contains { $0.cue == "called" })
    #expect(found.contains { $0.cue == "termed" })
  }
}
