/// Gathers the scores of a few actors (groups) by period, and the scores of each group's
/// statements that target another group, then compares every pair.
///
/// Memory holds the compared groups' scores only (a permutation test needs them all).
public struct ComparisonCollector: Sendable {
  /// The groups' display names, in the order the user gave them.
  public let names: [String]
  private var scores: [[String: [Double]]]
  /// Scores of group i's statements that target group j, at i * groups + j.
  private var targeted: [[Double]]

  public init(names: [String]) {
    self.names = names
    scores = Array(repeating: [:], count: names.count)
    targeted = Array(repeating: [], count: names.count * names.count)
  }

  /// Adds a statement of `group` in the period labelled `period`.
  public mutating func add(group: Int, period: String, score: Double) {
    scores[group][period, default: []].append(score)
  }

  /// Adds a statement of `group` whose targets include `target`.
  public mutating func add(group: Int, target: Int, score: Double) {
    guard group != target else { return }
    targeted[group * names.count + target].append(score)
  }

  /// Every pair of groups in input order (first with second, first with third, ... second with third ...).
  public func pairs(test: PermutationTest = PermutationTest()) -> [PairComparison] {
    var result: [PairComparison] = []
    for first in names.indices {
      for second in names.indices where second > first {
        let periods = Set(scores[first].keys).union(scores[second].keys).sorted(by: SeriesAggregator.periodOrder)
        let byPeriod = periods.map { period in
          (period, Comparison(scores[first][period] ?? [], scores[second][period] ?? [], test: test))
        }
        let all = { (group: Int) in periods.flatMap { scores[group][$0] ?? [] } }
        result.append(
          PairComparison(
            first: names[first], second: names[second], periods: byPeriod,
            overall: Comparison(all(first), all(second), test: test),
            towardEachOther: Comparison(
              targeted[first * names.count + second], targeted[second * names.count + first], test: test)))
      }
    }
    return result
  }
}

/// Two groups compared per period, overall, and in what they say of each other.
public struct PairComparison: Sendable {
  public var first: String
  public var second: String
  /// Periods in chronological order ("undated" last).
  public var periods: [(period: String, comparison: Comparison)]
  public var overall: Comparison
  /// The first group's statements that target the second, against the second's that target the first.
  public var towardEachOther: Comparison
}
