import Aggregation
import StanceCore

/// Formats series.csv and actors.csv.
public enum SeriesTables {
  public static let seriesHeader = Formatting.csvLine([
    "actor", "name", "period", "n", "mean", "median", "sd", "lo", "hi", "share_confrontational", "share_conciliatory",
    "flagged",
  ])
  public static let actorsHeader = Formatting.csvLine([
    "actor", "name", "kind", "affiliation", "n", "mean", "median", "lo", "hi", "share_confrontational",
    "share_conciliatory", "first", "last",
  ])

  /// series.csv rows; a period with fewer than `minimumCount` statements is flagged.
  public static func seriesRows(_ rows: [SeriesRow], minimumCount: Int) -> [String] {
    var line = OutputBytes(capacity: 160)
    return rows.map { row in
      line.removeAll()
      line.append(csvField: row.actor)
      line.append(byte: 0x2C)
      line.append(csvField: row.name)
      line.append(byte: 0x2C)
      line.append(csvField: row.period)
      line.append(byte: 0x2C)
      line.append(integer: row.summary.count)
      appendFigures(row.summary, spread: true, to: &line)
      line.append(byte: 0x2C)
      if row.summary.count < minimumCount { line.append("sparse") }
      return line.string
    }
  }

  /// actors.csv rows.
  public static func actorRows(_ rows: [ActorRow]) -> [String] {
    var line = OutputBytes(capacity: 160)
    return rows.map { row in
      line.removeAll()
      for field in [row.actor, row.name, row.group.kind, row.group.affiliation] {
        line.append(csvField: field)
        line.append(byte: 0x2C)
      }
      line.append(integer: row.summary.count)
      appendFigures(row.summary, spread: false, to: &line)
      line.append(byte: 0x2C)
      if let first = row.first { line.append(string: first.description) }
      line.append(byte: 0x2C)
      if let last = row.last { line.append(string: last.description) }
      return line.string
    }
  }

  /// ,mean,median(,sd),lo,hi,shares.
  static func appendFigures(_ summary: ScoreSummary, spread: Bool, to line: inout OutputBytes) {
    let interval = summary.interval
    var values = [summary.mean, summary.median]
    if spread { values.append(summary.standardDeviation) }
    for value in values {
      line.append(byte: 0x2C)
      line.append(fixed: value)
    }
    line.append(byte: 0x2C)
    if let interval { line.append(fixed: interval.low) }
    line.append(byte: 0x2C)
    if let interval { line.append(fixed: interval.high) }
    line.append(byte: 0x2C)
    line.append(fixed: summary.shareConfrontational)
    line.append(byte: 0x2C)
    line.append(fixed: summary.shareConciliatory)
  }
}
