import Aggregation
import Testing

/// Expected values were computed independently (SciPy's t distribution for the Welch interval, and
/// an enumeration of every split in Python for the permutation p-values), then written here.
@Suite struct ComparisonTests {
  func isClose(_ lhs: Double, _ rhs: Double, _ tolerance: Double = 1e-6) -> Bool { abs(lhs - rhs) <= tolerance }

  // Five statements of one actor against four of another.
  let first = [-0.6, -0.2, 0.1, 0.5, -0.4]
  let second = [0.3, 0.7, 0.2, 0.6]

  @Test(arguments: [
    (1.0, 12.7062047362), (3.0, 3.1824463053), (7.5, 2.3330396269), (30.0, 2.0422724563), (2.2, 3.9487207497),
  ])
  func studentQuantileMatchesReferenceValuesAtRealDegreesOfFreedom(_ df: Double, _ expected: Double) {
    #expect(isClose(StudentT.quantile(0.975, degreesOfFreedom: df), expected, 1e-7))
    #expect(isClose(StudentT.quantile(0.025, degreesOfFreedom: df), -expected, 1e-7))
  }

  @Test func studentCumulativeMatchesReferenceValues() {
    #expect(isClose(StudentT.cumulative(-1.3, degreesOfFreedom: 3), 0.1422337544, 1e-9))
    #expect(isClose(StudentT.cumulative(-1.3, degreesOfFreedom: 7.5), 0.1160633894, 1e-9))
    #expect(isClose(StudentT.cumulative(1.3, degreesOfFreedom: 7.5), 1 - 0.1160633894, 1e-9))
  }

  @Test func welchIntervalUsesUnequalVariancesAndSatterthwaiteDegreesOfFreedom() throws {
    // Means -0.12 and 0.45; variances 0.187 / 5 and 0.05667 / 4; df 6.383; t(0.975, 6.383) × SE = 0.5476674.
    let comparison = Comparison(first, second)
    #expect(isClose(comparison.difference, -0.57))
    #expect(isClose(try #require(comparison.degreesOfFreedom), 6.3830935252))
    let interval = try #require(comparison.interval)
    #expect(isClose(interval.low, -1.1176674385))
    #expect(isClose(interval.high, -0.0223325615))
    #expect(comparison.first.count == 5 && comparison.second.count == 4)
  }

  @Test func permutationPValueIsExactWhenEverySplitCanBeEnumerated() throws {
    // 9 choose 4 = 126 splits, 7 of them at least as extreme as the observed one: p = 7 / 126.
    let p = try #require(PermutationTest().pValue(first, second))
    #expect(isClose(p, 7.0 / 126.0, 1e-12))
    // The test is two-sided: swapping the groups gives the same p.
    #expect(PermutationTest().pValue(second, first) == p)
  }

  let moderateFirst = [-0.3, 0.2, -0.1, 0.4, -0.5, 0.0, 0.3, -0.2, 0.1, -0.4, 0.25, -0.15]
  let moderateSecond = [0.1, -0.2, 0.5, 0.2, -0.1, 0.45, 0.0, 0.3, -0.3, 0.6, 0.15, 0.05]

  @Test func randomSplitsEstimateTheExactPValueDeterministically() throws {
    // 24 choose 12 = 2,704,156 splits: too many, so 9,999 random ones are drawn. Enumerating them all
    // gives p = 0.1465714; the estimate's standard error is about 0.0035.
    let test = PermutationTest()
    let p = try #require(test.pValue(moderateFirst, moderateSecond))
    #expect(abs(p - 0.1465714256) < 0.015)
    #expect(test.pValue(moderateFirst, moderateSecond) == p)
    // Another seed draws other splits (a different estimate), still close to the exact value.
    let other = try #require(PermutationTest(seed: 42).pValue(moderateFirst, moderateSecond))
    #expect(other != p)
    #expect(abs(other - 0.1465714256) < 0.015)
  }

  @Test func aStrongDifferenceGivesASmallPValueNeverZero() throws {
    let confrontational = [-0.8, -0.5, -0.3, -0.6, 0.1, -0.2, -0.7, 0.0, -0.4, -0.1, -0.9, 0.2]
    let conciliatory = [0.1, -0.3, 0.4, 0.2, -0.1, 0.5, 0.0, 0.3, -0.2, 0.6, 0.1, 0.2]
    // Exact p over all splits: 0.0014178; Welch interval [-0.7724755, -0.2275245] on 20.55 df.
    let comparison = Comparison(confrontational, conciliatory)
    let p = try #require(comparison.pValue)
    #expect(p > 0 && p < 0.004)
    let interval = try #require(comparison.interval)
    #expect(isClose(interval.low, -0.7724754849))
    #expect(isClose(interval.high, -0.2275245151))
    #expect(isClose(try #require(comparison.degreesOfFreedom), 20.5514668227))
  }

  @Test func smallGroupsHaveNoIntervalAndEmptyGroupsNoPValue() {
    let one = Comparison([0.5], [0.1, 0.2])
    #expect(one.interval == nil)
    #expect(one.pValue != nil)
    #expect(isClose(one.difference, 0.35))
    let empty = Comparison([], [0.1, 0.2])
    #expect(empty.pValue == nil && empty.interval == nil)
  }

  @Test func intervalIsClampedToTheRangeOfADifferenceOfTones() throws {
    // Means 0.05 and -0.9975, SE 0.95; Welch df 1.0000006, t quantile 12.706: unclamped [-11.02, 13.12].
    let comparison = Comparison([1.0, -0.9], [-0.998, -0.997])
    let interval = try #require(comparison.interval)
    #expect(interval.low == -2 && interval.high == 2)
  }

  @Test func constantGroupsGiveAPointInterval() throws {
    let comparison = Comparison([0.5, 0.5], [0.1, 0.1, 0.1])
    let interval = try #require(comparison.interval)
    #expect(isClose(interval.low, 0.4) && isClose(interval.high, 0.4))
    #expect(comparison.degreesOfFreedom == nil)
    // Every split of {0.5, 0.5, 0.1, 0.1, 0.1} into 2 + 3 is as extreme only when the two 0.5 stay together: 1 / 10.
    #expect(comparison.pValue.map { isClose($0, 0.1, 1e-12) } == true)
  }

  @Test func splitMixMatchesTheReferenceSequence() {
    // The first outputs of SplitMix64 seeded with 0 (reference implementation by Vigna).
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    var bounded = SplitMix64(seed: 7)
    let draws = (0..<1000).map { _ in bounded.next(below: 6) }
    #expect(draws.allSatisfy { (0..<6).contains($0) })
    #expect(Set(draws).count == 6)
  }

  @Test func collectorComparesEveryPairByPeriodOverallAndTowardEachOther() throws {
    var collector = ComparisonCollector(names: ["Lavrov", "Blinken", "Stoltenberg"])
    for (score, period) in [(-0.6, "2021"), (-0.2, "2021"), (0.1, "2022"), (0.5, "2022"), (-0.4, "2022")] {
      collector.add(group: 0, period: period, score: score)
    }
    for (score, period) in [(0.3, "2021"), (0.7, "2022"), (0.2, "undated"), (0.6, "2022")] {
      collector.add(group: 1, period: period, score: score)
    }
    collector.add(group: 0, target: 1, score: -0.6)
    collector.add(group: 0, target: 1, score: -0.2)
    collector.add(group: 1, target: 0, score: 0.3)
    collector.add(group: 1, target: 1, score: 0.9)
    let pairs = collector.pairs()
    #expect(
      pairs.map { "\($0.first)/\($0.second)" } == ["Lavrov/Blinken", "Lavrov/Stoltenberg", "Blinken/Stoltenberg"])
    let pair = pairs[0]
    #expect(pair.periods.map(\.period) == ["2021", "2022", "undated"])
    #expect(isClose(pair.overall.difference, -0.57))
    #expect(isClose(pair.periods[1].comparison.difference, (0.1 + 0.5 - 0.4) / 3 - 0.65))
    #expect(pair.periods[2].comparison.first.count == 0)
    #expect(pair.towardEachOther.first.count == 2 && pair.towardEachOther.second.count == 1)
    #expect(isClose(pair.towardEachOther.difference, -0.4 - 0.3))
    #expect(pairs[1].overall.second.count == 0)
  }

  @Test func feederByDocumentAddsEachDocumentsMeanPerSideAndTarget() {
    var feeder = ComparisonFeeder(unit: .document, collector: ComparisonCollector(names: ["A", "B"]))
    feeder.add(document: "d1", period: "2021", group: 0, score: -0.6, targets: [1])
    feeder.add(document: "d1", period: "2021", group: 0, score: 0.2, targets: [])
    feeder.add(document: "d1", period: "2021", group: 1, score: 0.5, targets: [0])
    feeder.add(document: "d2", period: "2022", group: 0, score: 0.4, targets: [1])
    feeder.finishDocument()
    let pair = feeder.collector.pairs()[0]
    // d1 gives A (-0.6 + 0.2) / 2 = -0.2 in 2021; d2 gives A 0.4 in 2022.
    #expect(pair.periods.map(\.period) == ["2021", "2022"])
    #expect(pair.overall.first.count == 2 && isClose(pair.overall.first.mean, 0.1))
    #expect(pair.overall.second.count == 1 && isClose(pair.overall.second.mean, 0.5))
    // A on B: -0.6 in d1 and 0.4 in d2.
    #expect(pair.towardEachOther.first.count == 2 && isClose(pair.towardEachOther.first.mean, -0.1))
    var byStatement = ComparisonFeeder(unit: .statement, collector: ComparisonCollector(names: ["A", "B"]))
    byStatement.add(document: "d1", period: "2021", group: 0, score: -0.6, targets: [1])
    byStatement.add(document: "d1", period: "2021", group: 0, score: 0.2, targets: [])
    #expect(byStatement.collector.pairs()[0].overall.first.count == 2)
  }
}
