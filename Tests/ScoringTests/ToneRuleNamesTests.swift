import Testing

@testable import Scoring

/// The evidence names of rule sets and the dismissal test on lexicon terms, built once when a scorer
/// starts: each must equal its plain definition.
@Suite struct ToneRuleNamesTests {
  @Test func everySetOfRulesIsNamedByItsRulesInOrder() {
    #expect(ToneRules.names.count == 1 << ToneRules.ordered.count)
    for raw in ToneRules.names.indices {
      let rules = ToneRules(rawValue: UInt16(raw))
      let parts = ToneRules.ordered.filter { rules.contains($0.rule) }.map(\.name)
      #expect(ToneRules.names[raw] == (parts.isEmpty ? "term" : parts.joined(separator: "+")))
    }
    #expect(
      ToneRules([.negated, .afterContrast, .beforeContrast, .question]).name
        == "negated+after-contrast+before-contrast+question")
  }

  @Test func aDismissalHoldsOneOfTheWordsWhole() {
    #expect(DismissalRule.isDismissal("sham*", weight: -3))
    #expect(DismissalRule.isDismissal("a fig leaf for", weight: -2.5))
    #expect(DismissalRule.isDismissal("nothing but lies", weight: -3))
    // A word inside another, a part of a two-word entry, or a weak weight is no dismissal.
    #expect(!DismissalRule.isDismissal("betraying allies", weight: -3))
    #expect(!DismissalRule.isDismissal("fig", weight: -3))
    #expect(!DismissalRule.isDismissal("sham", weight: -0.5))
  }
}
