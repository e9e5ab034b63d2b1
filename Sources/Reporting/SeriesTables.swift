import Aggregation
import StanceCore

/// Formats series.csv and actors.csv.
public enum SeriesTables {
  public static let seriesHeader = Formatting.csvLine([
    "actor", "name", "period", "n", "mean", "sd", "lo", "hi", "share_confrontational", "share_conciliatory", "flagged",
  ])
  public static let actorsHeader = Formatting.csvLine([
    "actor", "name", "kind", "affiliation", "n", "mean", "lo", "hi", "share_confrontational", "share_conciliatory",
    "first", "last",
  ])

  /// series.csv rows; a period with fewer than `minimumCount` statements is flagged.
  public static func seriesRows(_ rows: [SeriesRow], minimumCount: Int) -> [String] {
    rows.map { row in
      let summary = row.summary
      let interval = summary.interval
      return Formatting.csvLine([
        row.actor, row.name, row.period, String(summary.count), Formatting.fixed(summary.mean),
        Formatting.fixed(summary.standardDeviation), interval.map { Formatting.fixed($0.low) } ?? "",
        interval.map { Formatting.fixed($0.high) } ?? "", Formatting.fixed(summary.shareConfrontational),
        Formatting.fixed(summary.shareConciliatory), summary.count < minimumCount ? "sparse" : "",
      ])
    }
  }

  /// actors.csv rows; kind and affiliation come from the registry (unregistered and anonymous otherwise).
  public static func actorRows(_ rows: [ActorRow], registry: [String: ActorEntry]) -> [String] {
    rows.map { row in
      let entry = registry[row.actor]
      let summary = row.summary
      let interval = summary.interval
      return Formatting.csvLine([
        row.actor, row.name, entry?.kind.rawValue ?? row.speakerKind.rawValue, entry?.affiliation ?? "",
        String(summary.count), Formatting.fixed(summary.mean), interval.map { Formatting.fixed($0.low) } ?? "",
        interval.map { Formatting.fixed($0.high) } ?? "", Formatting.fixed(summary.shareConfrontational),
        Formatting.fixed(summary.shareConciliatory), row.first?.description ?? "", row.last?.description ?? "",
      ])
    }
  }
}
