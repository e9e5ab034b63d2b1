/// A two-sided permutation test of the difference of two means.
///
/// The scores of both groups are pooled and split again at random into groups of the same sizes;
/// the p-value is the share of splits whose difference of means is at least as far from zero as
/// the observed one. When the number of distinct splits is at most `permutations`, every split is
/// enumerated and the p-value is exact; otherwise `permutations` random splits are drawn from a
/// SplitMix64 generator started at `seed`, and p = (1 + extreme splits) / (1 + permutations), so
/// the same input always gives the same p-value, and p is never 0.
public struct PermutationTest: Sendable {
  public static let defaultPermutations = 9_999
  /// The default seed: the ASCII bytes of "stance".
  public static let defaultSeed: UInt64 = 0x73_74_61_6E_63_65

  public var permutations: Int
  public var seed: UInt64

  public init(permutations: Int = PermutationTest.defaultPermutations, seed: UInt64 = PermutationTest.defaultSeed) {
    self.permutations = max(1, permutations)
    self.seed = seed
  }

  /// Two splits whose differences are this close count as equally extreme (sums in another order).
  static let tolerance = 1e-9

  /// The two-sided p-value of mean(first) - mean(second); nil when a group is empty.
  /// - Complexity: O(permutations × min(first.count, second.count)).
  public func pValue(_ first: [Double], _ second: [Double]) -> Double? {
    guard !first.isEmpty, !second.isEmpty else { return nil }
    let pooled = first + second
    let total = pooled.reduce(0, +)
    // Draw the smaller group; the other group is the rest.
    let drawsFirst = first.count <= second.count
    let drawn = drawsFirst ? first.count : second.count
    let rest = pooled.count - drawn
    func difference(drawnSum: Double) -> Double {
      let drawnMean = drawnSum / Double(drawn)
      let restMean = (total - drawnSum) / Double(rest)
      return drawsFirst ? drawnMean - restMean : restMean - drawnMean
    }
    let observed = abs(first.reduce(0, +) / Double(first.count) - second.reduce(0, +) / Double(second.count))
    let threshold = observed - PermutationTest.tolerance
    if let splits = PermutationTest.combinations(pooled.count, drawn), splits <= permutations {
      var extreme = 0
      PermutationTest.forEachCombination(pooled.count, drawn) { indices in
        var sum = 0.0
        for index in indices { sum += pooled[index] }
        if abs(difference(drawnSum: sum)) >= threshold { extreme += 1 }
      }
      return Double(extreme) / Double(splits)
    }
    var generator = SplitMix64(seed: seed)
    var values = pooled
    var extreme = 0
    for _ in 0..<permutations {
      // A partial Fisher–Yates shuffle: the first `drawn` places become a uniform random subset.
      var sum = 0.0
      for place in 0..<drawn {
        let pick = place + generator.next(below: values.count - place)
        values.swapAt(place, pick)
        sum += values[place]
      }
      if abs(difference(drawnSum: sum)) >= threshold { extreme += 1 }
    }
    return Double(1 + extreme) / Double(1 + permutations)
  }

  /// n choose k, or nil when it exceeds Int.max / n (far more than any number of permutations).
  static func combinations(_ n: Int, _ k: Int) -> Int? {
    var result = 1
    for step in 0..<min(k, n - k) {
      let (product, overflow) = result.multipliedReportingOverflow(by: n - step)
      if overflow { return nil }
      result = product / (step + 1)
    }
    return result
  }

  /// Calls `body` with every k-subset of 0..<n, as sorted indices, in lexicographic order.
  static func forEachCombination(_ n: Int, _ k: Int, _ body: ([Int]) -> Void) {
    var indices = Array(0..<k)
    while true {
      body(indices)
      var position = k - 1
      while position >= 0 && indices[position] == n - k + position { position -= 1 }
      if position < 0 { return }
      indices[position] += 1
      for next in (position + 1)..<k { indices[next] = indices[next - 1] + 1 }
    }
  }
}
