import Scoring
import StanceCore
import Testing

/// A contrast marker weighs the clause after it up and, in the same measure, the clause before it down,
/// within its sentence.
extension ToneScorerTests {
  @Test func clauseBeforeButWeighsLess() {
    let result = tone("We value the dialogue with Moscow, but our patience is running out and we will respond.")
    let dialogue = result.evidence.first { $0.term.hasPrefix("dialogue") }
    #expect(dialogue?.rule.contains("before-contrast") == true)
    #expect((dialogue?.weight ?? 99) < 2)
    #expect(result.label == .confrontational)
  }

  @Test func earlierSentenceIsNotDownWeighted() {
    let result = tone("The talks were constructive. But the shelling has not stopped.")
    #expect(result.evidence.contains { $0.term.hasPrefix("constructiv") && $0.rule == "term" })
  }

  @Test func clauseIsDownWeightedOnceForTwoMarkers() {
    let result = tone("The ceasefire is fragile, but it holds; however, the shelling goes on.")
    let rules = result.evidence.filter { $0.term.hasPrefix("ceasefire") }.map(\.rule)
    #expect(rules.count == 1)
    #expect(rules.first?.components(separatedBy: "before-contrast").count == 2)
  }
}
