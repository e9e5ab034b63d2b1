import Aggregation
import StanceCore

/// The report stage: every output file's content, as text. Writing files is the caller's job.
public struct ReportWriter: Sendable {
  public let lexicons: LexiconSet
  public let options: AggregationOptions
  public let minimumCount: Int
  public let statementFormatter = StatementFormatter()

  public init(lexicons: LexiconSet, options: AggregationOptions, minimumCount: Int = 3) {
    self.lexicons = lexicons
    self.options = options
    self.minimumCount = minimumCount
  }

  public init(lexicons: LexiconSet, period: Period, minimumCount: Int = 3) {
    var options = AggregationOptions(period: period)
    options.collapsesDuplicates = false
    self.init(lexicons: lexicons, options: options, minimumCount: minimumCount)
  }

  public var period: Period { options.period }

  /// The comment line that opens every CSV: the effective lexicon.
  public var csvComment: String { "# stance lexicon \(lexicons.identifier)" }

  /// series.csv, actors.csv, report.txt and chart.svg from the run's aggregates, the files made with
  /// up to `jobs` threads (each file on one thread, so the contents are the same at any number).
  public func summaryFiles(summary: RunSummary, aggregator: SeriesAggregator, jobs: Int = 1)
    -> [(name: String, contents: String)]
  {
    let series = aggregator.series()
    let actors = aggregator.actorRows()
    let files = ParallelMap.map(SummaryFile.allCases, jobs: jobs) { file -> String in
      switch file {
      case .series:
        return ([csvComment, SeriesTables.seriesHeader] + SeriesTables.seriesRows(series, minimumCount: minimumCount))
          .joined(separator: "\n") + "\n"
      case .actors:
        return ([csvComment, SeriesTables.actorsHeader] + SeriesTables.actorRows(actors)).joined(separator: "\n") + "\n"
      case .report:
        return TextReport(lexiconIdentifier: lexicons.identifier, options: options, minimumCount: minimumCount)
          .render(summary: summary, aggregator: aggregator, actors: actors, series: series)
      case .chart:
        return SVGChart(period: period, minimumCount: minimumCount, lexiconIdentifier: lexicons.identifier).render(
          series: series, actors: actors)
      }
    }
    return zip(SummaryFile.allCases, files).map { ($0.rawValue, $1) }
  }

  /// The summary files, in the order they are listed.
  private enum SummaryFile: String, CaseIterable, Sendable {
    case series = "series.csv"
    case actors = "actors.csv"
    case report = "report.txt"
    case chart = "chart.svg"
  }
}
