import Aggregation
import StanceCore

/// Writes report.txt: the run summary, the actor table, each actor's tone by period drawn as a
/// plain-text strip, and the most confrontational and conciliatory statements. Fits 100 columns.
public struct TextReport: Sendable {
  public var lexiconIdentifier: String
  public var period: Period
  /// Periods with fewer statements are drawn hollow and flagged; actors with fewer get no chart.
  public var minimumCount: Int

  public init(lexiconIdentifier: String, period: Period, minimumCount: Int = 3) {
    self.lexiconIdentifier = lexiconIdentifier
    self.period = period
    self.minimumCount = minimumCount
  }

  /// Width of the tone strip, from -1 to +1.
  static let stripWidth = 41

  public func render(
    summary: RunSummary, actors: [ActorRow], series: [SeriesRow], extremes: ExtremeStatements
  ) -> String {
    var lines: [String] = []
    lines.append("stance report")
    lines.append("lexicon \(lexiconIdentifier) · period \(period.rawValue)")
    lines.append("")
    lines.append("COVERAGE")
    lines.append("  documents read       \(summary.documentsRead)")
    lines.append("  documents scored     \(summary.documentsScored)")
    lines.append("  documents skipped    \(summary.documentsSkipped)")
    for reason in summary.skipped.keys.sorted() {
      lines.append("    \(reason): \(summary.skipped[reason]!)")
    }
    lines.append("  undated documents    \(summary.undatedDocuments)")
    let kinds = [StatementKind.direct, .indirect, .mixed].map { "\($0.rawValue) \(summary.statementsByKind[$0] ?? 0)" }
    lines.append("  statements           \(summary.statements) (\(kinds.joined(separator: ", ")))")
    lines.append("  quotations found     \(summary.quotes), left unattributed \(summary.unattributedQuotes)")
    if summary.unresolvedStatements > 0 {
      lines.append(
        "  unresolved speakers  \(summary.unresolvedStatements) statements (kept in statements.csv, not charted)")
    }
    lines.append("")

    lines.append("ACTORS (tone: -1 confrontational ... +1 conciliatory; interval: 95% t-interval of the mean)")
    lines.append(
      "  " + pad("actor", 30) + lpad("n", 5) + lpad("mean", 9) + "  " + pad("interval", 18) + lpad("confr.", 8)
        + lpad("concil.", 9))
    for row in actors {
      let interval =
        row.summary.interval.map { "[\(Formatting.fixed($0.low, 2)), \(Formatting.fixed($0.high, 2))]" } ?? "-"
      lines.append(
        "  " + pad(clip(row.name, 29), 30) + lpad(String(row.summary.count), 5)
          + lpad(Formatting.fixed(row.summary.mean, 3), 9)
          + "  " + pad(interval, 18) + lpad(percent(row.summary.shareConfrontational), 8)
          + lpad(percent(row.summary.shareConciliatory), 9))
    }
    lines.append("")

    lines.append(
      "TONE BY \(period.rawValue.uppercased()) (* mean, === 95% interval, o fewer than \(minimumCount) statements)")
    lines.append(
      "  " + pad("", 12) + pad("", 6) + pad("", 8) + "-1" + String(repeating: " ", count: TextReport.stripWidth / 2 - 2)
        + "0" + String(repeating: " ", count: TextReport.stripWidth / 2 - 2) + "+1")
    let byActor = Dictionary(grouping: series, by: \.actor)
    for row in actors where row.summary.count >= minimumCount {
      lines.append("  " + clip(row.name, 96))
      for cell in byActor[row.actor] ?? [] {
        let sparse = cell.summary.count < minimumCount
        lines.append(
          "    " + pad(cell.period, 10) + pad("n=\(cell.summary.count)", 6)
            + lpad(Formatting.fixed(cell.summary.mean, 2), 6) + "  "
            + strip(mean: cell.summary.mean, interval: sparse ? nil : cell.summary.interval, sparse: sparse))
      }
    }
    let uncharted = actors.filter { $0.summary.count < minimumCount }.count
    if uncharted > 0 {
      lines.append("  (\(uncharted) actors with fewer than \(minimumCount) statements are not charted)")
    }
    lines.append("")

    lines.append("MOST CONFRONTATIONAL STATEMENTS")
    lines.append(contentsOf: extremes.lowest.flatMap(describe))
    lines.append("")
    lines.append("MOST CONCILIATORY STATEMENTS")
    lines.append(contentsOf: extremes.highest.flatMap(describe))
    return lines.joined(separator: "\n") + "\n"
  }

  func describe(_ digest: StatementDigest) -> [String] {
    let date = digest.date?.description ?? "undated"
    let header =
      "  \(Formatting.fixed(digest.score, 3))  \(clip(digest.speaker, 36)) · \(clip(digest.document, 36)) · \(date)"
    return [header] + wrap(clip(Formatting.oneLine(digest.text), 380), width: 92).map { "      " + $0 }
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

  func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}

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
