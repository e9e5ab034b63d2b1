/// The difference between the mean tones of two groups of statements, with its uncertainty.
public struct Comparison: Sendable, Equatable {
  public var first: ScoreSummary
  public var second: ScoreSummary
  /// mean(first) - mean(second).
  public var difference: Double
  /// The 95% Welch t-interval of the difference (unequal variances, Welch–Satterthwaite degrees of
  /// freedom), clamped to -2...2 where a difference of tones lies; nil unless both groups have at
  /// least two statements.
  public var interval: Interval?
  /// The Welch–Satterthwaite degrees of freedom; nil with the interval, or when both groups are constant.
  public var degreesOfFreedom: Double?
  /// The two-sided permutation-test p-value (see `PermutationTest`); nil when a group is empty.
  public var pValue: Double?

  public struct Interval: Sendable, Equatable {
    public var low: Double
    public var high: Double
  }

  /// Compares two samples of scores.
  public init(_ first: [Double], _ second: [Double], test: PermutationTest = PermutationTest()) {
    self.first = Comparison.summary(first)
    self.second = Comparison.summary(second)
    difference = self.first.mean - self.second.mean
    let welch = Comparison.welch(self.first, self.second)
    interval = welch?.interval
    degreesOfFreedom = welch?.degreesOfFreedom
    pValue = test.pValue(first, second)
  }

  static func summary(_ scores: [Double]) -> ScoreSummary {
    var summary = ScoreSummary()
    for score in scores { summary.add(score: score, label: .neutral) }
    return summary
  }

  /// The Welch interval of mean(first) - mean(second) at 95%.
  static func welch(_ first: ScoreSummary, _ second: ScoreSummary) -> (interval: Interval, degreesOfFreedom: Double?)? {
    guard first.count > 1, second.count > 1 else { return nil }
    let difference = first.mean - second.mean
    let firstShare = variance(first) / Double(first.count)
    let secondShare = variance(second) / Double(second.count)
    let squaredError = firstShare + secondShare
    // Both groups constant: no spread, the interval is the point.
    guard squaredError > 0 else { return (Interval(low: difference, high: difference), nil) }
    let degreesOfFreedom =
      squaredError * squaredError
      / (firstShare * firstShare / Double(first.count - 1) + secondShare * secondShare / Double(second.count - 1))
    let half = StudentT.quantile(0.975, degreesOfFreedom: degreesOfFreedom) * squaredError.squareRoot()
    return (Interval(low: max(-2, difference - half), high: min(2, difference + half)), degreesOfFreedom)
  }

  static func variance(_ summary: ScoreSummary) -> Double {
    summary.standardDeviation * summary.standardDeviation
  }
}
