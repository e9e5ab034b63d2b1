import Aggregation
import Reporting
import StanceTestSupport
import Testing

@testable import StanceCore

@Suite struct SeriesTablesTests {
  func scored(_ speaker: Speaker, _ score: Double, _ label: ToneLabel) -> ScoredStatement {
    ScoredStatement(
      statement: Statement(
        speaker: speaker, mention: nil, cue: nil, cueEntry: nil, kind: .direct, content: TextRange(0, 1)),
      tone: Tone(score: score, label: label, evidence: []))
  }

  static let blinken = Speaker(name: "Antony Blinken", actorID: "blinken", kind: .registered)
  static let ryabkov = Speaker(name: "Sergei Ryabkov, deputy minister", actorID: nil, kind: .unregistered)

  /// Blinken: 0.5 and 0.5625 in 2021-12, 0.75 in 2022-01; the unregistered deputy minister once, undated.
  func aggregator() -> SeriesAggregator {
    var aggregator = SeriesAggregator(period: .month)
    aggregator.add(scored(Self.blinken, 0.5, .conciliatory), date: DocumentDate(year: 2021, month: 12, day: 2))
    aggregator.add(scored(Self.blinken, 0.5625, .conciliatory), date: DocumentDate(year: 2021, month: 12, day: 24))
    aggregator.add(scored(Self.blinken, 0.75, .conciliatory), date: DocumentDate(year: 2022, month: 1, day: 21))
    aggregator.add(scored(Self.ryabkov, 0.0, .neutral), date: nil)
    return aggregator
  }

  @Test func headersNameEveryColumn() {
    #expect(
      SeriesTables.seriesHeader
        == "actor,name,period,n,mean,median,sd,lo,hi,share_confrontational,share_conciliatory,flagged")
    #expect(
      SeriesTables.actorsHeader
        == "actor,name,kind,affiliation,n,mean,median,lo,hi,share_confrontational,share_conciliatory,first,last")
  }

  @Test func seriesRowsCarryTheSummaryOfEachCellAndFlagSparseOnes() {
    let rows = SeriesTables.seriesRows(aggregator().series(), minimumCount: 2)
    // 2021-12: mean (0.5 + 0.5625) / 2 = 0.53125 → 0.5313 (half away from zero);
    // sd = √((0.03125² + 0.03125²) / 1) = 0.0441942; half = 12.706 × 0.0441942 / √2 = 12.706 × 0.03125 = 0.3970625;
    // interval [0.1341875, 0.9283125].
    // The median of two is their mean, 0.53125 → 0.5313.
    // Actor keys sort by code point: the capital S of the unregistered name comes before "blinken".
    #expect(
      rows == [
        "\"Sergei Ryabkov, deputy minister\",\"Sergei Ryabkov, deputy minister\",undated,1,0.0000,0.0000,0.0000,,,0.0000,0.0000,sparse",
        "blinken,Antony Blinken,2021-12,2,0.5313,0.5313,0.0442,0.1342,0.9283,0.0000,1.0000,",
        "blinken,Antony Blinken,2022-01,1,0.7500,0.7500,0.0000,,,0.0000,1.0000,sparse",
      ])
  }

  @Test func minimumCountOfOneFlagsNothing() {
    let rows = SeriesTables.seriesRows(aggregator().series(), minimumCount: 1)
    #expect(rows.allSatisfy { !$0.hasSuffix(",sparse") })
    #expect(rows.allSatisfy { $0.hasSuffix(",") })
  }

  @Test func actorRowsTakeKindAndAffiliationFromTheRegistry() {
    let blinken = ActorEntry(
      id: "blinken", name: "Antony Blinken", kind: .person, affiliation: "us-gov", aliases: ["Blinken"], roles: [],
      line: 1)
    var aggregator = SeriesAggregator(options: AggregationOptions(period: .month), registry: [blinken])
    for (score, date) in [
      (0.5, DocumentDate(year: 2021, month: 12, day: 2)), (0.5625, DocumentDate(year: 2021, month: 12, day: 24)),
      (0.75, DocumentDate(year: 2022, month: 1, day: 21)),
    ] {
      aggregator.add(scored(Self.blinken, score, .conciliatory), date: date)
    }
    aggregator.add(scored(Self.ryabkov, 0.0, .neutral), date: nil)
    let rows = SeriesTables.actorRows(aggregator.actorRows())
    // Blinken: mean (0.5 + 0.5625 + 0.75) / 3 = 1.8125 / 3 = 0.6041667;
    // squared deviations 0.0108507 + 0.0017361 + 0.0212674 = 0.0338542; sd = √(0.0338542 / 2) = 0.1301041;
    // half = 4.303 × 0.1301041 / √3 = 0.3232226 → [0.2809441, 0.9273893].
    #expect(
      rows == [
        // The median of three is the middle one, 0.5625.
        "blinken,Antony Blinken,person,us-gov,3,0.6042,0.5625,0.2809,0.9274,0.0000,1.0000,2021-12-02,2022-01-21",
        // Not in the registry: the speaker kind, no affiliation, no interval, no dates.
        "\"Sergei Ryabkov, deputy minister\",\"Sergei Ryabkov, deputy minister\",unregistered,,1,0.0000,0.0000,,,0.0000,0.0000,,",
      ])
  }

  @Test func registeredActorMissingFromTheRegistryFallsBackToItsSpeakerKind() {
    let rows = SeriesTables.actorRows(aggregator().actorRows())
    #expect(rows.first?.hasPrefix("blinken,Antony Blinken,registered,,3,") == true)
  }

  @Test func negativeNumbersAreWrittenAsPlainNumbers() {
    var aggregator = SeriesAggregator(period: .month)
    aggregator.add(scored(Self.blinken, -0.5, .confrontational), date: DocumentDate(year: 2021, month: 12, day: 2))
    let row = SeriesTables.seriesRows(aggregator.series(), minimumCount: 1)[0]
    #expect(row == "blinken,Antony Blinken,2021-12,1,-0.5000,-0.5000,0.0000,,,1.0000,0.0000,")
  }
}
