import Aggregation
import StanceCore
import StanceTestSupport
import Testing

@Suite struct SeriesAggregatorTests {
  static let lavrov = Speaker(name: "Sergei Lavrov", actorID: "lavrov", kind: .registered)
  static let blinken = Speaker(name: "Antony Blinken", actorID: "blinken", kind: .registered)
  static let ryabkov = Speaker(name: "Sergei Ryabkov", actorID: nil, kind: .unregistered)
  static let officials = Speaker(name: "officials", actorID: nil, kind: .anonymous)

  func scored(_ speaker: Speaker, _ score: Double) -> ScoredStatement {
    let label: ToneLabel = score < -0.1 ? .confrontational : (score > 0.1 ? .conciliatory : .neutral)
    return ScoredStatement(
      statement: Statement(
        speaker: speaker, mention: nil, cue: nil, cueEntry: nil, kind: .direct, content: TextRange(0, 10)),
      tone: Tone(score: score, label: label, evidence: []))
  }

  func date(_ raw: String?) -> DocumentDate? { raw.flatMap { DocumentDate(parsing: $0) } }

  /// The seed corpus in miniature: dates from the manifest, speakers from the articles.
  func aggregator(_ period: Period) -> SeriesAggregator {
    var aggregator = SeriesAggregator(period: period)
    let rows: [(Speaker, Double, String?)] = [
      (Self.lavrov, -0.5, "2021-12-31"),
      (Self.blinken, 0.25, "2021-12-02"),
      (Self.lavrov, -0.25, "2021-12-02"),
      (Self.lavrov, 0.5, "2022-01-21"),
      (Self.officials, 0.0, nil),
      (Self.ryabkov, -0.75, "2021-12-02"),
      (Self.lavrov, -1.0, nil),
      (Self.ryabkov, 0.25, "2021"),
    ]
    for (speaker, score, raw) in rows { aggregator.add(scored(speaker, score), date: date(raw)) }
    return aggregator
  }

  @Test func seriesIsSortedByActorThenPeriodWithUndatedLast() {
    let series = aggregator(.month).series()
    #expect(
      series.map { "\($0.actor) \($0.period) \($0.summary.count)" } == [
        "Sergei Ryabkov 2021 1",
        "Sergei Ryabkov 2021-12 1",
        "blinken 2021-12 1",
        "lavrov 2021-12 2",
        "lavrov 2022-01 1",
        "lavrov undated 1",
        "officials undated 1",
      ])
  }

  @Test func cellsSummariseOnlyTheirOwnStatements() throws {
    let series = aggregator(.month).series()
    let december = try #require(series.first { $0.actor == "lavrov" && $0.period == "2021-12" })
    // (-0.5 + -0.25) / 2 = -0.375
    #expect(december.summary.mean == -0.375)
    #expect(december.summary.confrontational == 2)
    #expect(december.name == "Sergei Lavrov")
    let undated = try #require(series.first { $0.actor == "lavrov" && $0.period == "undated" })
    #expect(undated.summary.sum == -1.0)
  }

  @Test func unregisteredSpeakersAreKeyedByTheirNameAsWritten() throws {
    let series = aggregator(.month).series()
    let ryabkov = series.filter { $0.actor == "Sergei Ryabkov" }
    #expect(ryabkov.map(\.name) == ["Sergei Ryabkov", "Sergei Ryabkov"])
  }

  @Test func periodDecidesTheCells() {
    #expect(aggregator(.year).series().filter { $0.actor == "lavrov" }.map(\.period) == ["2021", "2022", "undated"])
    #expect(
      aggregator(.week).series().filter { $0.actor == "lavrov" }.map(\.period) == [
        "2021-W48", "2021-W52", "2022-W03", "undated",
      ])
    #expect(aggregator(.quarter).series().filter { $0.actor == "Sergei Ryabkov" }.map(\.period) == ["2021", "2021-Q4"])
  }

  @Test func actorRowsPutMostStatementsFirstThenKey() {
    let rows = aggregator(.month).actorRows()
    #expect(rows.map(\.actor) == ["lavrov", "Sergei Ryabkov", "blinken", "officials"])
    #expect(rows.map(\.summary.count) == [4, 2, 1, 1])
    // With no registry, the kind is the speaker kind.
    #expect(rows.map(\.group.kind) == ["registered", "unregistered", "registered", "anonymous"])
  }

  @Test func actorRowTotalsSpanEveryPeriod() throws {
    let lavrov = try #require(aggregator(.month).actorRows().first)
    // (-0.5 - 0.25 + 0.5 - 1.0) / 4 = -1.25 / 4 = -0.3125
    #expect(lavrov.summary.mean == -0.3125)
    #expect(lavrov.summary.confrontational == 3)
    #expect(lavrov.summary.conciliatory == 1)
  }

  @Test func firstAndLastDatesIgnoreUndatedStatements() throws {
    let rows = aggregator(.month).actorRows()
    let lavrov = try #require(rows.first { $0.actor == "lavrov" })
    #expect(lavrov.first == DocumentDate(year: 2021, month: 12, day: 2))
    #expect(lavrov.last == DocumentDate(year: 2022, month: 1, day: 21))
    let officials = try #require(rows.first { $0.actor == "officials" })
    #expect(officials.first == nil)
    #expect(officials.last == nil)
    // A year-only date sorts before every day of that year.
    let ryabkov = try #require(rows.first { $0.actor == "Sergei Ryabkov" })
    #expect(ryabkov.first == DocumentDate(year: 2021))
    #expect(ryabkov.last == DocumentDate(year: 2021, month: 12, day: 2))
  }

  @Test func cellTotalsAddUpToTheActorTotals() {
    let aggregator = aggregator(.week)
    for row in aggregator.actorRows() {
      var total = ScoreSummary()
      for cell in aggregator.series() where cell.actor == row.actor { total.merge(cell.summary) }
      #expect(total.count == row.summary.count)
      #expect(abs(total.sum - row.summary.sum) < 1e-12)
    }
  }

  @Test(arguments: [
    ("2021", "2021-03", true), ("2021-Q1", "2021-Q2", true), ("2021-12", "2022", true), ("2022-W01", "undated", true),
    ("undated", "2021", false), ("undated", "undated", false), ("2022", "2021-12", false),
  ])
  func periodOrderIsChronologicalWithUndatedLast(_ lhs: String, _ rhs: String, _ before: Bool) {
    #expect(SeriesAggregator.periodOrder(lhs, rhs) == before)
  }

  @Test func emptyAggregatorHasNoRows() {
    let aggregator = SeriesAggregator(period: .month)
    #expect(aggregator.series().isEmpty)
    #expect(aggregator.actorRows().isEmpty)
  }
}
