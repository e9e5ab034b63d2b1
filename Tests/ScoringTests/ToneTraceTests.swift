import Foundation
import Reporting
import StanceCore
import StanceKit
import StanceTestSupport
import Testing

/// The explain trace: a golden trace over a small lexicon of its own (Fixtures/trace-lexicons), so
/// that edits to the default lexicons do not move it, and checks that it only restates the scorer.
@Suite struct ToneTraceTests {
  static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/ScoringTests/Fixtures")
  static let text = """
    Lavrov accused NATO of a very dangerous provocation on Tuesday.

    “Russia does not want a new confrontation, but we will answer any threat,” he said. “We are ready for \
    dialogue if NATO stops the escalation.”
    """

  func result() throws -> (DocumentResult, ToneTrace) {
    let lexicons = try LexiconLoader.load(folder: Self.folder.appendingPathComponent("trace-lexicons"))
    let document = Document(id: "trace", text: Self.text, date: DocumentDate(year: 2022, month: 1, day: 18))
    return (Pipeline(lexicons: lexicons).process(document), ToneTrace(lexicons: lexicons))
  }

  @Test func traceOfTwoStatementsMatchesTheGoldenFile() throws {
    let (result, trace) = try result()
    let difference = Golden.difference(
      actual: trace.render(result), golden: Self.folder.appendingPathComponent("explain-trace.txt"))
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test func traceShowsEachStatementsScoreAsTheScorerGaveIt() throws {
    let (result, trace) = try result()
    let rendered = trace.render(result)
    #expect(result.statements.count == 2)
    for scored in result.statements {
      #expect(rendered.contains("score = " + Formatting.fixed(scored.tone.score)))
      for evidence in scored.tone.evidence {
        #expect(rendered.contains("-> " + Formatting.weight(evidence.weight)))
      }
    }
    #expect(rendered.contains("negated+before-contrast x-0.467 -> 1.167"))
    #expect(rendered.contains("(below confrontational-threshold -0.1)"))
  }

  @Test func textWithoutStatementsSaysSo() throws {
    let (_, trace) = try result()
    let lexicons = trace.lexicons
    let document = Document(id: "plain", text: "The talks ended on Friday without a date for the next round.")
    let rendered = trace.render(Pipeline(lexicons: lexicons).process(document))
    #expect(rendered.contains("statements (0)"))
    #expect(rendered.contains("none attributed"))
  }
}
