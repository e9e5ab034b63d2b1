import Aggregation

/// Formats `stance compare`: a text table for the terminal (fits 100 columns) and compare.csv.
public struct ComparisonReport: Sendable {
  public var period: Period
  public var test: PermutationTest
  public var unit: ComparisonUnit
  /// Periods where either side has fewer statements are marked sparse.
  public var minimumCount: Int

  public init(period: Period, test: PermutationTest, unit: ComparisonUnit = .statement, minimumCount: Int = 3) {
    self.period = period
    self.test = test
    self.unit = unit
    self.minimumCount = minimumCount
  }

  public static let csvHeader = Formatting.csvLine([
    "first", "second", "view", "period", "n_first", "mean_first", "n_second", "mean_second", "difference", "lo", "hi",
    "df", "p", "flagged",
  ])

  /// compare.csv rows: per period, overall, and the speaker → target view (`first_on_second`:
  /// n_first and mean_first are the first's statements that target the second, and the reverse).
  public func csvRows(_ pairs: [PairComparison]) -> [String] {
    pairs.flatMap { pair in
      let rows =
        pair.periods.map { ("period", $0.period, $0.comparison) }
        + [("overall", "all", pair.overall), ("toward_each_other", "all", pair.towardEachOther)]
      return rows.map { view, label, comparison in
        Formatting.csvLine(
          [pair.first, pair.second, view, label] + numbers(comparison).map { $0 ?? "" }
            + [isSparse(comparison) ? "sparse" : ""])
      }
    }
  }

  func numbers(_ comparison: Comparison) -> [String?] {
    let hasBoth = comparison.first.count > 0 && comparison.second.count > 0
    return [
      String(comparison.first.count), comparison.first.count > 0 ? Formatting.fixed(comparison.first.mean) : nil,
      String(comparison.second.count), comparison.second.count > 0 ? Formatting.fixed(comparison.second.mean) : nil,
      hasBoth ? Formatting.fixed(comparison.difference) : nil, comparison.interval.map { Formatting.fixed($0.low) },
      comparison.interval.map { Formatting.fixed($0.high) },
      comparison.degreesOfFreedom.map { Formatting.fixed($0, 1) },
      comparison.pValue.map { Formatting.fixed($0) },
    ]
  }

  func isSparse(_ comparison: Comparison) -> Bool {
    comparison.first.count < minimumCount || comparison.second.count < minimumCount
  }

  /// The text table of every pair.
  public func render(_ pairs: [PairComparison], sides: [String]) -> String {
    var lines = ["stance compare · period \(period.rawValue) · unit \(unit.rawValue)"]
    for side in sides { lines.append(clip("  \(side)", 100)) }
    lines.append("  tone -1 confrontational ... +1 conciliatory; diff = mean(A) - mean(B)")
    if unit == .document { lines.append("  n counts documents; each is the mean of its statements for that side") }
    lines.append("  95% interval: Welch t-interval of the difference (unequal variances)")
    lines.append("  p: two-sided permutation test, \(test.permutations) random splits (SplitMix64, seed \(test.seed));")
    lines.append("     exact over every split when there are fewer")
    for pair in pairs {
      lines.append("")
      lines.append(clip("A = \(pair.first)   B = \(pair.second)", 100))
      lines.append(header())
      for (label, comparison) in pair.periods { lines.append(row(label, comparison)) }
      lines.append(row("overall", pair.overall))
      lines.append("  speaker → target: A's statements that name B, against B's that name A")
      lines.append(row("A on B", pair.towardEachOther))
    }
    lines.append("")
    lines.append("! fewer than \(minimumCount) \(unit.rawValue)s on a side; - not enough to compute")
    return lines.joined(separator: "\n") + "\n"
  }

  func header() -> String {
    "  " + pad("period", 10) + lpad("n A", 6) + lpad("mean A", 8) + lpad("n B", 6) + lpad("mean B", 8)
      + lpad("diff", 8) + "  " + pad("95% interval", 18) + lpad("p", 7)
  }

  func row(_ label: String, _ comparison: Comparison) -> String {
    let values = numbers(comparison)
    func short(_ value: Double?) -> String { value.map { Formatting.fixed($0, 3) } ?? "-" }
    let hasBoth = comparison.first.count > 0 && comparison.second.count > 0
    let interval = comparison.interval.map { "[\(Formatting.fixed($0.low, 3)), \(Formatting.fixed($0.high, 3))]" }
    return "  " + pad(clip(label, 10), 10) + lpad(values[0]!, 6)
      + lpad(short(comparison.first.count > 0 ? comparison.first.mean : nil), 8) + lpad(values[2]!, 6)
      + lpad(short(comparison.second.count > 0 ? comparison.second.mean : nil), 8)
      + lpad(short(hasBoth ? comparison.difference : nil), 8) + "  " + pad(interval ?? "-", 18)
      + lpad(comparison.pValue.map { Formatting.fixed($0, 4) } ?? "-", 7) + (isSparse(comparison) ? " !" : "")
  }
}
