import Scoring
import StanceCore
import Testing

/// A conciliatory step that a copula declares a sham, an insult or a pretext is scorned, not offered:
/// its weight is turned, and the dismissal keeps its own.
extension ToneScorerTests {
  @Test func stepsSaidToBeAShamAreDismissed() {
    let result = tone("Their talk of dialogue is a sham designed to divide the opposition.")
    let dialogue = result.evidence.first { $0.term == "dialogue" }
    #expect(dialogue.map { $0.weight < 0 && $0.rule.contains("dismissed") } == true)
    #expect(result.label == .confrontational)
  }

  @Test func dismissalAfterNothingButStillReadsTheCopula() {
    let result = tone("Their promised ceasefire is nothing but a smokescreen for moving artillery forward.")
    #expect(result.evidence.contains { $0.term.hasPrefix("ceasefire") && $0.rule.contains("dismissed") })
    #expect(result.label == .confrontational)
  }

  @Test func aCopulaInsideTheTermCounts() {
    let result = tone("An offer of talks from a government shelling our towns is an insult.")
    #expect(result.evidence.contains { $0.term == "talks" && $0.rule.contains("dismissed") })
  }

  @Test func stepsOfAnotherClauseAreNotDismissed() {
    let result = tone("We welcome the talks in Geneva, and the claim that we boycotted them is a lie.")
    #expect(result.evidence.contains { $0.term.hasPrefix("welcom") && $0.weight > 0 })
    #expect(!result.evidence.contains { $0.rule.contains("dismissed") })
  }

  @Test func aNegatedDismissalDismissesNothing() {
    let result = tone("This agreement is not a sham; it is the best chance for peace in a decade.")
    #expect(result.evidence.contains { $0.term.hasPrefix("agree") && $0.weight > 0 })
    #expect(!result.evidence.contains { $0.rule.contains("dismissed") })
  }

  @Test func aDismissalWithAVerbBetweenIsNotPredicated() {
    // "are delaying and using pretexts": the copula is an auxiliary of another verb.
    let result = tone("Governments that praise the tribunal are delaying and using pretexts to block its work.")
    #expect(!result.evidence.contains { $0.rule.contains("dismissed") })
  }
}

extension ToneScorerTests {
  @Test func aDismissalInQuotationMarksAfterItsCopula() {
    let result = tone("The minister said the security guarantees had proven “worthless”.")
    #expect(result.evidence.contains { $0.rule.contains("dismissed") })
    #expect(result.label == .confrontational)
  }
}
