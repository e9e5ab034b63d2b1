import Aggregation
import StanceCore

/// Writes report.txt: the run summary and coverage, the actors sorted by mean tone, a line chart of
/// tone over time, each actor's periods with their intervals, each actor's most confrontational and
/// conciliatory statements, and notes. Fits 100 columns of a plain terminal; no colour (it is a file).
public struct TextReport: Sendable {
  public var lexiconIdentifier: String
  public var options: AggregationOptions
  /// Periods with fewer statements are drawn hollow and flagged; actors with fewer are not charted.
  public var minimumCount: Int
  /// Actors drawn in the line chart, most statements first.
  public var chartedActors = 6
  /// Actors in the table, most statements first (then sorted by mean tone).
  public var tabledActors = 30
  /// Actors whose periods and statements are detailed, most statements first.
  public var detailedActors = 12

  public init(lexiconIdentifier: String, options: AggregationOptions, minimumCount: Int = 3) {
    self.lexiconIdentifier = lexiconIdentifier
    self.options = options
    self.minimumCount = minimumCount
  }

  public var period: Period { options.period }

  public func render(summary: RunSummary, aggregator: SeriesAggregator) -> String {
    render(summary: summary, aggregator: aggregator, actors: aggregator.actorRows(), series: aggregator.series())
  }

  /// The same with the aggregator's rows already listed (they are not cheap to list on a large run).
  public func render(summary: RunSummary, aggregator: SeriesAggregator, actors: [ActorRow], series: [SeriesRow])
    -> String
  {
    // Actors come most statements first: the report covers the most frequent; the CSVs have every one.
    let charted = actors.filter { $0.summary.count >= minimumCount }
    let detailed = Array(charted.prefix(detailedActors))
    var lines: [String] = []
    lines.append("stance report")
    var settings = ["lexicon \(lexiconIdentifier)", "period \(period.rawValue)", "by \(options.level.rawValue)"]
    if !options.range.isUnbounded {
      settings.append("from \(options.range.from?.description ?? "start") to \(options.range.to?.description ?? "end")")
    }
    settings.append(options.collapsesDuplicates ? "duplicates collapsed" : "duplicates kept")
    lines.append(settings.joined(separator: " · "))
    lines.append("")
    lines += coverage(summary: summary, counts: aggregator.counts, actorCount: actors.count)
    lines.append("")
    lines += actorTable(Array(charted.prefix(tabledActors)), allActors: actors.count)
    lines.append("")
    lines += LineChart(actors: Array(charted.prefix(chartedActors)), series: series, minimumCount: minimumCount)
      .render(title: "TONE OVER TIME (mean by \(period.rawValue))")
    lines.append("")
    lines += periodStrips(detailed, series: series)
    if charted.count > detailed.count {
      lines.append("  (the \(detailedActors) actors with the most statements; every actor's periods are in series.csv)")
    }
    lines.append("")
    lines += statementLists(detailed, aggregator: aggregator)
    lines += notes(series: series)
    return lines.joined(separator: "\n") + "\n"
  }

  func coverage(summary: RunSummary, counts: AggregationCounts, actorCount: Int) -> [String] {
    var lines = ["COVERAGE"]
    var documents = "  documents            \(summary.documentsRead) read, \(summary.documentsScored) scored, "
    documents += "\(summary.documentsSkipped) skipped"
    if !summary.skipped.isEmpty {
      documents +=
        " (" + summary.skipped.keys.sorted().map { "\($0) \(summary.skipped[$0]!)" }.joined(separator: ", ")
        + ")"
    }
    lines.append(documents)
    lines.append("  undated documents    \(summary.undatedDocuments)")
    let kinds = [StatementKind.direct, .indirect, .mixed].map { "\($0.rawValue) \(summary.statementsByKind[$0] ?? 0)" }
    lines.append("  statements           \(summary.statements) (\(kinds.joined(separator: ", ")))")
    let attributed = summary.statements - summary.unresolvedStatements
    lines.append(
      "  attributed           \(attributed) (\(percent(summary.statements == 0 ? 0 : Double(attributed) / Double(summary.statements))))"
        + (summary.unresolvedStatements > 0
          ? "; \(summary.unresolvedStatements) with an unresolved speaker, kept in statements.csv, not charted" : ""))
    lines.append("  quotations found     \(summary.quotes), left unattributed \(summary.unattributedQuotes)")
    if options.collapsesDuplicates {
      lines.append(
        "  duplicates collapsed \(counts.duplicates) (same speaker, same or nearly the same words; --keep-duplicates)")
    }
    if !options.range.isUnbounded { lines.append("  outside the dates    \(counts.outsideRange) (--from / --to)") }
    lines.append(
      "  charted              \(counts.counted) statements of \(actorCount) actors (\(counts.undated) undated)")
    return lines
  }

  /// The actors given (the most frequent), sorted by mean tone.
  func actorTable(_ charted: [ActorRow], allActors: Int) -> [String] {
    var lines = [
      "ACTORS BY MEAN TONE (-1 confrontational ... +1 conciliatory; interval: 95% t-interval of the mean)",
      "  " + pad("actor", 24) + lpad("n", 5) + lpad("mean", 7) + lpad("median", 7) + "  " + pad("interval", 15)
        + lpad("confr.", 6) + lpad("concil.", 8) + "  first..last",
    ]
    let sorted = charted.sorted { lhs, rhs in
      lhs.summary.mean != rhs.summary.mean ? lhs.summary.mean < rhs.summary.mean : lhs.actor < rhs.actor
    }
    for row in sorted {
      let summary = row.summary
      let interval = summary.interval.map { "[\(Formatting.fixed($0.low, 2)), \(Formatting.fixed($0.high, 2))]" } ?? "-"
      let dates = row.first.map { "\($0)..\(row.last!)" } ?? "undated"
      lines.append(
        "  " + pad(clip(row.name, 23), 24) + lpad(String(summary.count), 5) + lpad(Formatting.fixed(summary.mean, 3), 7)
          + lpad(Formatting.fixed(summary.median, 3), 7) + "  " + pad(interval, 15)
          + lpad(percent(summary.shareConfrontational), 6) + lpad(percent(summary.shareConciliatory), 8) + "  " + dates)
    }
    if charted.isEmpty { lines.append("  (no actor has \(minimumCount) statements or more)") }
    if allActors > charted.count {
      lines.append(
        "  (\(allActors - charted.count) more actors, each with fewer statements: see actors.csv)")
    }
    return lines
  }

  /// Width of the tone strip, from -1 to +1.
  static let stripWidth = 41

  func periodStrips(_ charted: [ActorRow], series: [SeriesRow]) -> [String] {
    var lines = [
      "TONE BY \(period.rawValue.uppercased()) (* mean, === 95% interval, o fewer than \(minimumCount) statements)",
      "  " + pad("", 26) + "-1" + String(repeating: " ", count: TextReport.stripWidth / 2 - 2) + "0"
        + String(repeating: " ", count: TextReport.stripWidth / 2 - 2) + "+1",
    ]
    let byActor = Dictionary(grouping: series, by: \.actor)
    for row in charted {
      lines.append("  " + clip(row.name, 96))
      for cell in byActor[row.actor] ?? [] {
        let sparse = cell.summary.count < minimumCount
        lines.append(
          "    " + pad(cell.period, 10) + pad("n=\(cell.summary.count)", 7)
            + lpad(Formatting.fixed(cell.summary.mean, 2), 6) + "  "
            + strip(mean: cell.summary.mean, interval: sparse ? nil : cell.summary.interval, sparse: sparse))
      }
    }
    return lines
  }

  func statementLists(_ charted: [ActorRow], aggregator: SeriesAggregator) -> [String] {
    var lines: [String] = []
    for row in charted {
      let extremes = aggregator.extremes(for: row.actor)
      guard !extremes.lowest.isEmpty || !extremes.highest.isEmpty else { continue }
      lines.append("\(row.name.uppercased()): MOST CONFRONTATIONAL AND MOST CONCILIATORY")
      for digest in extremes.lowest { lines += describe(digest) }
      if !extremes.lowest.isEmpty && !extremes.highest.isEmpty { lines.append("    ·") }
      for digest in extremes.highest { lines += describe(digest) }
      lines.append("")
    }
    return lines
  }

  func notes(series: [SeriesRow]) -> [String] {
    var lines = ["NOTES"]
    let sparse = series.filter { $0.summary.count < minimumCount }.count
    lines.append(
      "  \(sparse) of \(series.count) actor-periods have fewer than \(minimumCount) statements: drawn hollow, "
        + "flagged sparse in series.csv.")
    if period != .year, series.contains(where: { $0.period.count == 4 }) {
      lines.append(
        "  Statements dated only by year are counted in their year, never spread over its \(period.rawValue)s.")
    }
    if series.contains(where: { $0.period == "undated" }) {
      lines.append("  Undated statements are counted apart, in the period \"undated\".")
    }
    return lines
  }

  func describe(_ digest: StatementDigest) -> [String] {
    let date = digest.date?.description ?? "undated"
    let header = "  \(lpad(Formatting.fixed(digest.score, 3), 6))  \(clip(digest.document, 60)) · \(date)"
    return [header] + wrap(clip(Formatting.oneLine(digest.text), 380), width: 90).map { "          " + $0 }
  }

  /// A strip from -1 to +1 with the zero line, the interval and the mean.
  func strip(mean: Double, interval: (low: Double, high: Double)?, sparse: Bool) -> String {
    var cells = [Character](repeating: " ", count: TextReport.stripWidth)
    func column(_ value: Double) -> Int {
      Int(((max(-1, min(1, value)) + 1) / 2 * Double(TextReport.stripWidth - 1)).rounded())
    }
    if let interval {
      for index in column(interval.low)...column(interval.high) { cells[index] = "=" }
    }
    cells[TextReport.stripWidth / 2] = "|"
    cells[column(mean)] = sparse ? "o" : "*"
    return "[" + String(cells) + "]"
  }
}

func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

func pad(_ text: String, _ width: Int) -> String {
  let count = text.count
  return count >= width ? text : text + String(repeating: " ", count: width - count)
}

func lpad(_ text: String, _ width: Int) -> String {
  let count = text.count
  return count >= width ? text : String(repeating: " ", count: width - count) + text
}

func clip(_ text: String, _ width: Int) -> String {
  text.count <= width ? text : String(text.prefix(width - 1)) + "…"
}

/// Greedy word wrap.
func wrap(_ text: String, width: Int) -> [String] {
  var lines: [String] = []
  var current = ""
  // Words longer than a line (URLs) are cut into pieces that fit.
  let words = text.split(separator: " ").flatMap { word -> [Substring] in
    guard word.count > width else { return [word] }
    return stride(from: 0, to: word.count, by: width).map { start in
      let lower = word.index(word.startIndex, offsetBy: start)
      return word[lower..<word.index(lower, offsetBy: min(width, word.count - start))]
    }
  }
  for word in words {
    if current.isEmpty {
      current = String(word)
    } else if current.count + 1 + word.count <= width {
      current += " " + word
    } else {
      lines.append(current)
      current = String(word)
    }
  }
  if !current.isEmpty { lines.append(current) }
  return lines
}
