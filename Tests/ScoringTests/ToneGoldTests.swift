import Foundation
import StanceKit
import StanceTestSupport
import Testing

/// The scorer against the labelled tone gold set (Fixtures/tone-gold.jsonl: statements from the
/// seeds and written in diplomatic register, each label decided from the text). The gates sit just
/// under the figures measured when they were set; they catch regressions.
@Suite struct ToneGoldTests {
  @Test func goldStatementsAreRankedAndLabelled() throws {
    let path = Fixtures.packageRoot.appendingPathComponent("Tests/ScoringTests/Fixtures/tone-gold.jsonl").path
    let items = try ToneEvaluator.read(path: path)
    #expect(items.count >= 150)
    let report = ToneEvaluator(pipeline: Fixtures.pipeline).evaluate(items)
    print(
      String(format: "tone gold: AUC %.3f, macro-F1 %.3f on %d statements", report.auc, report.macroF1, report.count))
    #expect(report.auc >= 0.96)
    #expect(report.macroF1 >= 0.81)
  }

  @Test func aucCountsTiesAsHalf() {
    #expect(ToneEvaluator.auc(positives: [3, 2], negatives: [1, 0]) == 1)
    #expect(ToneEvaluator.auc(positives: [0, 1], negatives: [2, 3]) == 0)
    #expect(ToneEvaluator.auc(positives: [1], negatives: [1]) == 0.5)
  }
}
