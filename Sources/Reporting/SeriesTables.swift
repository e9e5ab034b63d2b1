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
    rows.map { row in
      let summary = row.summary
      return Formatting.csvLine(
        [row.actor, row.name, row.period, String(summary.count)] + figures(summary, spread: true)
          + [summary.count < minimumCount ? "sparse" : ""])
    }
  }

  /// actors.csv rows.
  public static func actorRows(_ rows: [ActorRow]) -> [String] {
    rows.map { row in
      Formatting.csvLine(
        [row.actor, row.name, row.group.kind, row.group.affiliation, String(row.summary.count)]
          + figures(row.summary, spread: false) + [row.first?.description ?? "", row.last?.description ?? ""])
    }
  }

  /// mean, median, (sd), lo, hi, shares.
  static func figures(_ summary: ScoreSummary, spread: Bool) -> [String] {
    let interval = summary.interval
    return [Formatting.fixed(summary.mean), Formatting.fixed(summary.median)]
      + (spread ? [Formatting.fixed(summary.standardDeviation)] : [])
      + [
        interval.map { Formatting.fixed($0.low) } ?? "", interval.map { Formatting.fixed($0.high) } ?? "",
        Formatting.fixed(summary.shareConfrontational), Formatting.fixed(summary.shareConciliatory),
      ]
  }
}
