import Aggregation
import Reporting
import StanceCore
import Testing

@Suite struct TextReportTests {
  static let lavrov = Speaker(name: "Sergei Lavrov", actorID: "lavrov", kind: .registered)
  static let blinken = Speaker(name: "Antony Blinken", actorID: "blinken", kind: .registered)
  /// The longest name in the project's actor registry.
  static let council = Speaker(
    name: "National Security and Defence Council of Ukraine", actorID: "ua-nsdc", kind: .registered)

  static let longStatement = """
    The policy towards pulling Kyiv into NATO with a prospect of strike missile systems appearing near our \
    borders creates unacceptable security threats to Russia, provoking serious military risks for all the \
    parties involved, up to a large-scale conflict in Europe. There is no movement on bilateral affairs, \
    which are more and more reaching an acute crisis phase. There is no mutual understanding about how to \
    de-escalate the situation in Europe. The situation in Europe is very alarming, and the nightmare \
    scenario of a military confrontation is returning.
    """

  func scored(_ speaker: Speaker, _ score: Double) -> ScoredStatement {
    let label: ToneLabel = score < -0.1 ? .confrontational : (score > 0.1 ? .conciliatory : .neutral)
    return ScoredStatement(
      statement: Statement(
        speaker: speaker, mention: nil, cue: nil, cueEntry: nil, kind: .direct, content: TextRange(0, 1)),
      tone: Tone(score: score, label: label, evidence: []))
  }

  struct Inputs {
    var summary = RunSummary()
    var aggregator = SeriesAggregator(period: .month)
    var extremes = ExtremeStatements(capacity: 3)
  }

  func inputs(document: String = "002_98daefa1d80d00be.txt") -> Inputs {
    var inputs = Inputs()
    inputs.summary.documentsRead = 7
    inputs.summary.documentsScored = 4
    inputs.summary.skipped = ["malformed-json": 2, "empty": 1]
    inputs.summary.undatedDocuments = 1
    inputs.summary.statements = 8
    inputs.summary.statementsByKind = [.direct: 5, .indirect: 2, .mixed: 1]
    inputs.summary.quotes = 9
    inputs.summary.unattributedQuotes = 3
    let december = DocumentDate(year: 2021, month: 12, day: 24)
    let january = DocumentDate(year: 2022, month: 1, day: 21)
    let rows: [(Speaker, Double, DocumentDate)] = [
      (Self.lavrov, -0.5, december), (Self.lavrov, -0.25, december), (Self.lavrov, -0.75, december),
      (Self.lavrov, 0.5, january), (Self.blinken, 0.25, december),
      (Self.council, 0.0, december), (Self.council, 0.5, december), (Self.council, 1.0, december),
    ]
    for (order, (speaker, score, date)) in rows.enumerated() {
      inputs.aggregator.add(scored(speaker, score), date: date)
      inputs.extremes.add(
        StatementDigest(
          score: score, actor: speaker.key, speaker: speaker.name, document: document, date: date,
          text: Self.longStatement, order: order))
    }
    return inputs
  }

  func render(_ inputs: Inputs, minimumCount: Int = 3) -> String {
    TextReport(lexiconIdentifier: "2026.11.1+00ff00ff00ff00ff", period: .month, minimumCount: minimumCount).render(
      summary: inputs.summary, actors: inputs.aggregator.actorRows(), series: inputs.aggregator.series(),
      extremes: inputs.extremes)
  }

  func lines(_ report: String) -> [String] {
    report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func everyLineFitsOneHundredColumns() {
    let report = render(inputs())
    #expect(report.hasSuffix("\n"))
    for line in lines(report) {
      #expect(line.count <= 100, "\(line.count) columns: \(line)")
    }
  }

  @Test func everyLineFitsOneHundredColumnsWithALongDocumentID() throws {
    // JSON Lines ids are often article URLs.
    let report = render(
      inputs(document: "https://www.nytimes.com/2021/12/31/world/europe/russia-ukraine-lavrov-nato.html"))
    do {
      #expect(lines(report).allSatisfy { $0.count <= 100 })
    }
  }

  @Test func coverageListsCountsAndSkipReasonsInNameOrder() throws {
    let lines = lines(render(inputs()))
    let start = try #require(lines.firstIndex(of: "COVERAGE"))
    #expect(
      Array(lines[start...].prefix(10)) == [
        "COVERAGE",
        "  documents read       7",
        "  documents scored     4",
        "  documents skipped    3",
        "    empty: 1",
        "    malformed-json: 2",
        "  undated documents    1",
        "  statements           8 (direct 5, indirect 2, mixed 1)",
        "  quotations found     9, left unattributed 3",
        "",
      ])
  }

  @Test func actorTableClipsLongNamesAndShowsIntervals() {
    let lines = lines(render(inputs()))
    // Columns: name 30, n 5, mean 9, two spaces, interval 18, shares 8 and 9.
    // Lavrov: -0.5, -0.25, -0.75, 0.5 → mean -1.0 / 4 = -0.25; squared deviations 0.0625 + 0 + 0.25 + 0.5625 = 0.875;
    // sd = √(0.875 / 3) = 0.5400617; half = 3.182 × 0.5400617 / 2 = 0.8592382 → [-1.1092 → -1.00, 0.61].
    #expect(lines.contains("  Sergei Lavrov                     4   -0.250  [-1.00, 0.61]          75%      25%"))
    #expect(lines.contains { $0.hasPrefix("  National Security and Defenc… ") })
    #expect(lines.contains("  Antony Blinken                    1    0.250  -                       0%     100%"))
  }

  @Test func densePeriodIsDrawnWithItsMeanAndInterval() {
    let lines = lines(render(inputs()))
    // Lavrov, 2021-12: -0.5, -0.25, -0.75 → mean -0.5; sd 0.25; half = 4.303 × 0.25 / √3 = 0.6210846
    // → [-1.12 → -1, 0.1210846]. Columns of the 41-wide strip: round((x + 1) / 2 × 40):
    // low 0, high round(22.42) = 22, mean 10; the zero line is column 20.
    let strip =
      "[" + String(repeating: "=", count: 10) + "*" + String(repeating: "=", count: 9) + "|=="
      + String(repeating: " ", count: 18) + "]"
    #expect(lines.contains("    2021-12   n=3    -0.50  " + strip))
  }

  @Test func sparsePeriodIsDrawnHollowWithoutAnInterval() {
    let lines = lines(render(inputs()))
    // Lavrov, 2022-01: one statement of 0.5 → column round(1.5 / 2 × 40) = 30.
    let strip =
      "[" + String(repeating: " ", count: 20) + "|" + String(repeating: " ", count: 9) + "o"
      + String(repeating: " ", count: 10) + "]"
    #expect(lines.contains("    2022-01   n=1     0.50  " + strip))
  }

  @Test func meanOnTheZeroLineReplacesIt() throws {
    var inputs = Inputs()
    for score in [-0.25, 0.0, 0.25] {
      inputs.aggregator.add(scored(Self.blinken, score), date: DocumentDate(year: 2021, month: 12))
    }
    let line = try #require(lines(render(inputs)).first { $0.hasPrefix("    2021-12") })
    let strip = try #require(line.split(separator: "[").last)
    #expect(Array(strip)[20] == "*")
    #expect(!strip.contains("|"))
  }

  @Test func actorsBelowTheMinimumAreCountedButNotCharted() {
    let report = render(inputs())
    let lines = lines(report)
    #expect(lines.contains("  Sergei Lavrov"))
    #expect(lines.contains("  National Security and Defence Council of Ukraine"))
    #expect(!lines.contains("  Antony Blinken"))
    #expect(lines.contains("  (1 actors with fewer than 3 statements are not charted)"))
    #expect(lines.contains("TONE BY MONTH (* mean, === 95% interval, o fewer than 3 statements)"))
  }

  @Test func extremeStatementsAreListedWrappedAndClipped() throws {
    let lines = lines(render(inputs()))
    let start = try #require(lines.firstIndex(of: "MOST CONFRONTATIONAL STATEMENTS"))
    let end = try #require(lines.firstIndex(of: "MOST CONCILIATORY STATEMENTS"))
    let block = Array(lines[(start + 1)..<end])
    #expect(block.first == "  -0.750  Sergei Lavrov · 002_98daefa1d80d00be.txt · 2021-12-24")
    // The quoted text is clipped to 380 characters (the last one an ellipsis) and wrapped at 92.
    let body = Array(block.dropFirst().prefix { $0.hasPrefix("      ") })
    #expect(body.count >= 4)
    #expect(body.allSatisfy { $0.count <= 98 })
    let joined = body.map { $0.dropFirst(6) }.joined(separator: " ")
    #expect(joined.count == 380)
    #expect(joined.hasSuffix("…"))
    #expect(joined.hasPrefix("The policy towards pulling Kyiv into NATO"))
    // Three confrontational headers: -0.75, -0.5, -0.25.
    #expect(block.filter { $0.hasPrefix("  -0.") }.count == 3)
  }

  @Test func emptyRunStillRendersEverySection() {
    let report = render(Inputs())
    for heading in ["stance report", "COVERAGE", "MOST CONFRONTATIONAL STATEMENTS", "MOST CONCILIATORY STATEMENTS"] {
      #expect(report.contains(heading))
    }
    #expect(report.contains("lexicon 2026.11.1+00ff00ff00ff00ff · period month"))
    #expect(!report.contains("not charted"))
  }
}
