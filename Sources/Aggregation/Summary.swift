import StanceCore

/// Running sums of scores from which n, mean, spread, interval and shares follow exactly.
/// Two summaries merge by adding, so shards combine without loss.
public struct ScoreSummary: Sendable, Hashable {
  public var count = 0
  public var sum = 0.0
  public var sumOfSquares = 0.0
  public var confrontational = 0
  public var conciliatory = 0

  public init() {}

  public mutating func add(score: Double, label: ToneLabel) {
    count += 1
    sum += score
    sumOfSquares += score * score
    if label == .confrontational { confrontational += 1 }
    if label == .conciliatory { conciliatory += 1 }
  }

  public mutating func merge(_ other: ScoreSummary) {
    count += other.count
    sum += other.sum
    sumOfSquares += other.sumOfSquares
    confrontational += other.confrontational
    conciliatory += other.conciliatory
  }

  public var mean: Double { count == 0 ? 0 : sum / Double(count) }

  /// The sample standard deviation (0 below two observations).
  public var standardDeviation: Double {
    guard count > 1 else { return 0 }
    let variance = (sumOfSquares - sum * sum / Double(count)) / Double(count - 1)
    return max(0, variance).squareRoot()
  }

  /// The 95% t-interval of the mean; nil below two observations.
  public var interval: (low: Double, high: Double)? {
    guard count > 1 else { return nil }
    let half = StudentT.quantile975(degreesOfFreedom: count - 1) * standardDeviation / Double(count).squareRoot()
    return (max(-1, mean - half), min(1, mean + half))
  }

  public var shareConfrontational: Double { count == 0 ? 0 : Double(confrontational) / Double(count) }
  public var shareConciliatory: Double { count == 0 ? 0 : Double(conciliatory) / Double(count) }
}

/// The 97.5% quantile of Student's t distribution, for 95% two-sided intervals.
public enum StudentT {
  static let table: [Double] = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
  ]

  /// Exact to three decimals up to 30 degrees of freedom; beyond, a series in 1/df.
  public static func quantile975(degreesOfFreedom df: Int) -> Double {
    precondition(df >= 1)
    if df <= table.count { return table[df - 1] }
    let inverse = 1 / Double(df)
    return 1.959964 + 2.372272 * inverse + 2.821288 * inverse * inverse
  }
}
