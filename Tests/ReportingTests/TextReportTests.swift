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
      inputs.aggregator.add(
        scored(speaker, score), document: document, date: date, text: Self.longStatement, order: order)
    }
    return inputs
  }

  func render(_ inputs: Inputs, minimumCount: Int = 3) -> String {
    TextReport(
      lexiconIdentifier: "2026.11.1+00ff00ff00ff00ff", options: inputs.aggregator.options, minimumCount: minimumCount
    ).render(summary: inputs.summary, aggregator: inputs.aggregator)
  }

  func lines(_ report: String) -> [String] {
    report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func everyLineFitsOneHundredColumns() {
    let report = render(inputs())
    #expect(report.hasSuffix("\n"))
    for line in lines(report) {
      #expect(line.count <= 100, "\(line.count) columns: \(line)")
      #expect(!line.hasSuffix(" "), "trailing space: \(line)")
    }
  }

  @Test func everyLineFitsOneHundredColumnsWithALongDocumentID() throws {
    // JSON Lines ids are often article URLs.
    let report = render(
      inputs(document: "https://www.nytimes.com/2021/12/31/world/europe/russia-ukraine-lavrov-nato.html"))
    #expect(lines(report).allSatisfy { $0.count <= 100 })
  }

  @Test func coverageListsCountsAndSkipReasonsInNameOrder() throws {
    let lines = lines(render(inputs()))
    let start = try #require(lines.firstIndex(of: "COVERAGE"))
    #expect(
      Array(lines[start...].prefix(8)) == [
        "COVERAGE",
        "  documents            7 read, 4 scored, 3 skipped (empty 1, malformed-json 2)",
        "  undated documents    1",
        "  statements           8 (direct 5, indirect 2, mixed 1)",
        "  attributed           8 (100%)",
        "  quotations found     9, left unattributed 3",
        "  charted              8 statements of 3 actors (0 undated)",
        "",
      ])
  }

  @Test func actorTableSortsChartedActorsByMeanTone() throws {
    let lines = lines(render(inputs()))
    let start = try #require(lines.firstIndex { $0.hasPrefix("ACTORS BY MEAN TONE") })
    // Lavrov: -0.5, -0.25, -0.75, 0.5 → mean -1.0 / 4 = -0.25; median of the middle two (-0.5, -0.25) = -0.375;
    // squared deviations 0.0625 + 0 + 0.25 + 0.5625 = 0.875; sd = √(0.875 / 3) = 0.5400617;
    // half = 3.182 × 0.5400617 / 2 = 0.8592382 → [-1.1092 → -1.00, 0.61]; 3 of 4 confrontational.
    // The council: 0, 0.5, 1 → mean 0.5, median 0.5, sd 0.5, half = 4.303 × 0.5 / √3 = 1.2421692 → [-0.74, 1.00].
    // Columns: name 24, n 5, mean 7, median 7, two spaces, interval 15, shares 6 and 8, two spaces, dates.
    #expect(
      Array(lines[(start + 2)...].prefix(4)) == [
        "  Sergei Lavrov               4 -0.250 -0.375  [-1.00, 0.61]     75%     25%  2021-12-24..2022-01-21",
        "  National Security and …     3  0.500  0.500  [-0.74, 1.00]      0%     67%  2021-12-24..2021-12-24",
        "  (1 more actors, each with fewer statements: see actors.csv)",
        "",
      ])
  }

  @Test func lineChartPlotsEachActorWithItsLetterAndSparsePeriodsInLowerCase() throws {
    let lines = lines(render(inputs()))
    let title = try #require(lines.firstIndex(of: "TONE OVER TIME (mean by month)"))
    let plot = Array(lines[(title + 1)...].prefix(21))
    // Two periods, 84 / 2 = 42 columns each, capped at 28: centres at columns 14 and 42 of the plot,
    // which starts after 8 characters of axis. Row of a value v: round((1 - v) / 2 × 20).
    func character(row: Int, column: Int) -> Character? {
      let line = Array(plot[row])
      return 8 + column < line.count ? line[8 + column] : nil
    }
    #expect(plot[0].hasPrefix("  +1.0 |"))
    #expect(plot[5].hasPrefix("  +0.5 |"))
    #expect(plot[10].hasPrefix("   0.0 |-"))
    #expect(plot[20].hasPrefix("  -1.0 |"))
    // Lavrov (A): December -0.5 → row 15; January 0.5 from one statement → row 5, lower case.
    #expect(character(row: 15, column: 14) == "A")
    #expect(character(row: 5, column: 42) == "a")
    // The council (B): December 0.5 → row 5.
    #expect(character(row: 5, column: 14) == "B")
    // Dots join Lavrov's two periods.
    #expect(character(row: 10, column: 28) == ".")
    let axis = lines[title + 23]
    #expect(axis.contains("2021-12") && axis.contains("2022-01"))
    // Names are clipped to 30 characters in the legend.
    #expect(lines[title + 24].hasPrefix("  A Sergei Lavrov (4) · B National Security and Defence… (3) · "))
  }

  @Test func densePeriodIsDrawnWithItsMeanAndInterval() {
    let lines = lines(render(inputs()))
    // Lavrov, 2021-12: -0.5, -0.25, -0.75 → mean -0.5; sd 0.25; half = 4.303 × 0.25 / √3 = 0.6210846
    // → [-1.12 → -1, 0.1210846]. Columns of the 41-wide strip: round((x + 1) / 2 × 40):
    // low 0, high round(22.42) = 22, mean 10; the zero line is column 20.
    let strip =
      "[" + String(repeating: "=", count: 10) + "*" + String(repeating: "=", count: 9) + "|=="
      + String(repeating: " ", count: 18) + "]"
    #expect(lines.contains("    2021-12   n=3     -0.50  " + strip))
  }

  @Test func sparsePeriodIsDrawnHollowWithoutAnInterval() {
    let lines = lines(render(inputs()))
    // Lavrov, 2022-01: one statement of 0.5 → column round(1.5 / 2 × 40) = 30.
    let strip =
      "[" + String(repeating: " ", count: 20) + "|" + String(repeating: " ", count: 9) + "o"
      + String(repeating: " ", count: 10) + "]"
    #expect(lines.contains("    2022-01   n=1      0.50  " + strip))
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
    let lines = lines(render(inputs()))
    #expect(lines.contains("  Sergei Lavrov"))
    #expect(lines.contains("  National Security and Defence Council of Ukraine"))
    #expect(!lines.contains("  Antony Blinken"))
    #expect(!lines.contains { $0.hasPrefix("ANTONY BLINKEN") })
    #expect(lines.contains("TONE BY MONTH (* mean, === 95% interval, o fewer than 3 statements)"))
  }

  @Test func eachChartedActorListsItsExtremeStatementsWrappedAndClipped() throws {
    let lines = lines(render(inputs()))
    let start = try #require(lines.firstIndex(of: "SERGEI LAVROV: MOST CONFRONTATIONAL AND MOST CONCILIATORY"))
    let block = Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    #expect(block.first == "  -0.750  002_98daefa1d80d00be.txt · 2021-12-24")
    // The quoted text is clipped to 380 characters (the last one an ellipsis) and wrapped at 90.
    let body = Array(block.dropFirst().prefix { $0.hasPrefix("          ") })
    #expect(body.count >= 4)
    #expect(body.allSatisfy { $0.count <= 100 })
    let joined = body.map { $0.dropFirst(10) }.joined(separator: " ")
    #expect(joined.count == 380)
    #expect(joined.hasSuffix("…"))
    #expect(joined.hasPrefix("The policy towards pulling Kyiv into NATO"))
    // Three confrontational (-0.75, -0.5, -0.25), a separator, and the one conciliatory statement (0.5).
    let headers = block.filter { !$0.hasPrefix("          ") && $0 != "    ·" }
    #expect(headers.map { String($0.prefix(8)) } == ["  -0.750", "  -0.500", "  -0.250", "   0.500"])
    #expect(block.contains("    ·"))
  }

  @Test func notesCountSparsePeriods() throws {
    let lines = lines(render(inputs()))
    let start = try #require(lines.firstIndex(of: "NOTES"))
    // Cells: Lavrov 2021-12 (3), Lavrov 2022-01 (1), Blinken 2021-12 (1), council 2021-12 (3).
    #expect(
      lines[start + 1]
        == "  2 of 4 actor-periods have fewer than 3 statements: drawn hollow, flagged sparse in series.csv.")
  }

  @Test func emptyRunStillRendersEverySection() {
    let report = render(Inputs())
    for heading in ["stance report", "COVERAGE", "ACTORS BY MEAN TONE", "TONE OVER TIME", "NOTES"] {
      #expect(report.contains(heading))
    }
    #expect(report.contains("lexicon 2026.11.1+00ff00ff00ff00ff · period month"))
    #expect(report.contains("(no actor has 3 statements or more)"))
  }
}
