import StanceCore

/// Running totals of scores from which n, mean, median, spread, interval and shares follow.
///
/// Scores are counted in integer units of 1e-4, the precision every output file prints, so sums
/// are exact and independent of the order statements arrive in: two summaries merge by adding, and a
/// run merged from shards gives the same figures, bit for bit, as a single run.
public struct ScoreSummary: Sendable, Hashable {
  /// One unit of score: the precision of statements.csv.
  public static let unitsPerScore = 10_000

  public private(set) var count = 0
  /// Σ score, in units of 1e-4.
  public private(set) var sumUnits: Int64 = 0
  /// Σ score², in units of 1e-8.
  public private(set) var sumOfSquaresUnits: Int64 = 0
  public private(set) var confrontational = 0
  public private(set) var conciliatory = 0
  /// How many scores fell on each value (in units): the exact distribution, for the median.
  /// At most 20,001 keys, whatever the number of statements.
  private var histogram = IntegerMap()

  public init() {}

  /// The score in units of 1e-4, rounded half away from zero (as printed).
  public static func units(_ score: Double) -> Int32 {
    guard score.isFinite else { return 0 }
    let clamped = max(-1, min(1, score))
    return Int32((clamped * Double(unitsPerScore)).rounded(.toNearestOrAwayFromZero))
  }

  public mutating func add(score: Double, label: ToneLabel) {
    let units = ScoreSummary.units(score)
    count += 1
    sumUnits += Int64(units)
    sumOfSquaresUnits += Int64(units) * Int64(units)
    histogram.update(UInt64(bitPattern: Int64(units)), default: 0) { $0 += 1 }
    if label == .confrontational { confrontational += 1 }
    if label == .conciliatory { conciliatory += 1 }
  }

  public mutating func merge(_ other: ScoreSummary) {
    count += other.count
    sumUnits += other.sumUnits
    sumOfSquaresUnits += other.sumOfSquaresUnits
    confrontational += other.confrontational
    conciliatory += other.conciliatory
    for (key, value) in other.histogram.pairs { histogram.update(key, default: 0) { $0 += value } }
  }

  /// Σ score.
  public var sum: Double { Double(sumUnits) / Double(ScoreSummary.unitsPerScore) }

  public var mean: Double { count == 0 ? 0 : Double(sumUnits) / (Double(count) * Double(ScoreSummary.unitsPerScore)) }

  /// The median of the scores (the mean of the two middle ones for an even count); 0 when empty.
  public var median: Double {
    guard count > 0 else { return 0 }
    let lowerRank = (count - 1) / 2
    let upperRank = count / 2
    var seen = 0
    var lower: Int32? = nil
    for (value, times) in sortedHistogram {
      seen += Int(times)
      if lower == nil, seen > lowerRank { lower = value }
      if seen > upperRank {
        return (Double(lower!) + Double(value)) / Double(2 * ScoreSummary.unitsPerScore)
      }
    }
    return 0
  }

  /// The histogram's (score in units, times) pairs, lowest score first.
  private var sortedHistogram: [(units: Int32, times: Int32)] {
    histogram.pairs.map { (Int32(truncatingIfNeeded: Int64(bitPattern: $0.key)), $0.value) }.sorted {
      $0.units < $1.units
    }
  }

  public static func == (lhs: ScoreSummary, rhs: ScoreSummary) -> Bool {
    lhs.count == rhs.count && lhs.sumUnits == rhs.sumUnits && lhs.sumOfSquaresUnits == rhs.sumOfSquaresUnits
      && lhs.confrontational == rhs.confrontational && lhs.conciliatory == rhs.conciliatory
      && lhs.sortedHistogram.elementsEqual(rhs.sortedHistogram) { $0 == $1 }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    hasher.combine(sumUnits)
    hasher.combine(sumOfSquaresUnits)
    for (units, times) in sortedHistogram {
      hasher.combine(units)
      hasher.combine(times)
    }
  }

  /// The sample standard deviation (0 below two observations).
  public var standardDeviation: Double {
    guard count > 1 else { return 0 }
    let scale = Double(ScoreSummary.unitsPerScore)
    let sum = Double(sumUnits) / scale
    let sumOfSquares = Double(sumOfSquaresUnits) / (scale * scale)
    let variance = (sumOfSquares - sum * sum / Double(count)) / Double(count - 1)
    return max(0, variance).squareRoot()
  }

  /// The 95% t-interval of the mean, clamped to [-1, 1]; nil below two observations.
  public var interval: (low: Double, high: Double)? {
    guard count > 1 else { return nil }
    let half = StudentT.quantile975(degreesOfFreedom: count - 1) * standardDeviation / Double(count).squareRoot()
    return (max(-1, mean - half), min(1, mean + half))
  }

  public var shareConfrontational: Double { count == 0 ? 0 : Double(confrontational) / Double(count) }
  public var shareConciliatory: Double { count == 0 ? 0 : Double(conciliatory) / Double(count) }
}
