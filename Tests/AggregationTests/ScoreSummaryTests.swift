import Aggregation
import StanceCore
import Testing

@Suite struct ScoreSummaryTests {
  func summary(_ scores: [(Double, ToneLabel)]) -> ScoreSummary {
    var summary = ScoreSummary()
    for (score, label) in scores { summary.add(score: score, label: label) }
    return summary
  }

  func isClose(_ lhs: Double, _ rhs: Double, _ tolerance: Double = 1e-6) -> Bool { abs(lhs - rhs) <= tolerance }

  // Four statements: two confrontational, one neutral, one conciliatory.
  let four: [(Double, ToneLabel)] = [
    (-0.6, .confrontational), (-0.2, .confrontational), (0.1, .neutral), (0.5, .conciliatory),
  ]

  @Test func meanIsTheSumOverTheCount() {
    // (-0.6 - 0.2 + 0.1 + 0.5) / 4 = -0.2 / 4 = -0.05
    let summary = summary(four)
    #expect(summary.count == 4)
    #expect(isClose(summary.sum, -0.2))
    #expect(isClose(summary.mean, -0.05))
  }

  @Test func standardDeviationIsTheSampleSpread() {
    // Deviations from -0.05: -0.55, -0.15, 0.15, 0.55; squares 0.3025 + 0.0225 + 0.0225 + 0.3025 = 0.65.
    // Sample variance 0.65 / 3 = 0.2166667; sd = √0.2166667 = 0.4654747.
    #expect(isClose(summary(four).standardDeviation, 0.4654747))
  }

  @Test func intervalIsTheStudentTIntervalOfTheMean() throws {
    // t(0.975, 3 df) = 3.182; half width = 3.182 × 0.4654747 / √4 = 1.4811405 / 2 = 0.7405703.
    // Interval: -0.05 ∓ 0.7405703 = [-0.7905703, 0.6905703].
    let interval = try #require(summary(four).interval)
    #expect(isClose(interval.low, -0.7905703))
    #expect(isClose(interval.high, 0.6905703))
  }

  @Test func sharesCountLabelsNotSigns() {
    // 2 of 4 confrontational, 1 of 4 conciliatory; the neutral 0.1 counts in neither.
    let summary = summary(four)
    #expect(summary.confrontational == 2)
    #expect(summary.conciliatory == 1)
    #expect(summary.shareConfrontational == 0.5)
    #expect(summary.shareConciliatory == 0.25)
  }

  @Test func intervalIsClampedToTheScoreScale() throws {
    // Scores 0.9 and 1.0: mean 0.95; sd = √((0.05² + 0.05²) / 1) = √0.005 = 0.0707107;
    // half = 12.706 × 0.0707107 / √2 = 12.706 × 0.05 = 0.6353 → [0.3147, 1.5853], clamped to [0.3147, 1].
    let interval = try #require(summary([(0.9, .conciliatory), (1.0, .conciliatory)]).interval)
    #expect(isClose(interval.low, 0.3147))
    #expect(interval.high == 1)
  }

  @Test func emptySummaryHasZerosAndNoInterval() {
    let summary = ScoreSummary()
    #expect(summary.count == 0)
    #expect(summary.mean == 0)
    #expect(summary.standardDeviation == 0)
    #expect(summary.interval == nil)
    #expect(summary.shareConfrontational == 0)
    #expect(summary.shareConciliatory == 0)
  }

  @Test func singleStatementHasNoSpreadAndNoInterval() {
    let summary = summary([(-0.4, .confrontational)])
    #expect(summary.mean == -0.4)
    #expect(summary.standardDeviation == 0)
    #expect(summary.interval == nil)
  }

  @Test func identicalScoresHaveZeroSpreadNotNaN() throws {
    // Rounding can make Σx² − (Σx)²/n slightly negative; the spread must still be 0, not NaN.
    let summary = summary(Array(repeating: (0.1, ToneLabel.neutral), count: 7))
    #expect(!summary.standardDeviation.isNaN)
    #expect(summary.standardDeviation < 1e-7)
    let interval = try #require(summary.interval)
    #expect(isClose(interval.low, 0.1))
    #expect(isClose(interval.high, 0.1))
  }

  @Test func mergingTwoShardsEqualsAddingEverythingToOne() {
    // Binary fractions keep every sum exact, so the two results are equal bit for bit.
    let scores: [(Double, ToneLabel)] = [
      (-0.75, .confrontational), (0.5, .conciliatory), (0.0, .neutral), (-0.25, .confrontational),
      (0.125, .conciliatory),
    ]
    var merged = summary(Array(scores.prefix(2)))
    merged.merge(summary(Array(scores.dropFirst(2))))
    #expect(merged == summary(scores))
    #expect(merged.count == 5)
    #expect(merged.sum == -0.375)
  }

  @Test func mergingAnEmptySummaryChangesNothing() {
    var merged = summary(four)
    merged.merge(ScoreSummary())
    #expect(merged == summary(four))
  }

  @Test(arguments: [(1, 12.706), (2, 4.303), (3, 3.182), (10, 2.228), (29, 2.045), (30, 2.042)])
  func studentQuantileMatchesTheTableUpToThirtyDegrees(_ degrees: Int, _ quantile: Double) {
    #expect(StudentT.quantile975(degreesOfFreedom: degrees) == quantile)
  }

  @Test(arguments: [(40, 2.021), (60, 2.000), (120, 1.980), (1000, 1.962)])
  func studentQuantileBeyondTheTableIsWithinAThousandthOfPublishedValues(_ degrees: Int, _ quantile: Double) {
    // e.g. 40 df: 1.959964 + 2.372272/40 + 2.821288/1600 = 1.959964 + 0.059307 + 0.001763 = 2.021034
    #expect(isClose(StudentT.quantile975(degreesOfFreedom: degrees), quantile, 0.001))
  }

  @Test func studentQuantileKeepsFallingPastTheEndOfTheTable() {
    let values = (25...45).map { StudentT.quantile975(degreesOfFreedom: $0) }
    #expect(zip(values, values.dropFirst()).allSatisfy { $0 > $1 })
  }
}

@Suite struct ScoreSummaryMedianTests {
  func summary(_ scores: [Double]) -> ScoreSummary {
    var summary = ScoreSummary()
    for score in scores { summary.add(score: score, label: .neutral) }
    return summary
  }

  @Test func medianOfAnOddCountIsTheMiddleScore() {
    #expect(summary([0.9, -0.3, 0.1]).median == 0.1)
  }

  @Test func medianOfAnEvenCountIsTheMeanOfTheTwoMiddleScores() {
    // Middle two of -0.5, -0.25, 0.25, 0.75: (-0.25 + 0.25) / 2 = 0.
    #expect(summary([0.75, -0.5, 0.25, -0.25]).median == 0)
    #expect(summary([0.2, 0.2, 0.4, 0.6]).median == 0.3)
  }

  @Test func scoresCountAtThePrintedPrecision() {
    // 0.12344 and 0.12346 print as 0.1234 and 0.1235; the sums are of the printed values.
    let summary = summary([0.12344, 0.12346])
    #expect(summary.sumUnits == 1234 + 1235)
    #expect(summary.median == 0.12345)
  }

  @Test func mergingInAnyOrderGivesTheSameSummary() {
    let scores = [0.1234, -0.9, 0.33, 0.5, -0.0001, 0.77, -0.4]
    var forward = summary(Array(scores.prefix(3)))
    forward.merge(summary(Array(scores.dropFirst(3))))
    var backward = summary(Array(scores.dropFirst(3)))
    backward.merge(summary(Array(scores.prefix(3))))
    #expect(forward == backward)
    #expect(forward == summary(scores))
    #expect(forward.median == 0.1234)
  }

  @Test func summariesWithTheSameSumsButOtherScoresDiffer() {
    // Units {0, 3, 3} and {1, 1, 4}: both sum to 6 with squares summing to 18; only the
    // distributions (and so the medians) differ.
    let first = summary([0, 0.0003, 0.0003])
    let second = summary([0.0001, 0.0001, 0.0004])
    #expect(first.sumUnits == second.sumUnits)
    #expect(first.sumOfSquaresUnits == second.sumOfSquaresUnits)
    #expect(first != second)
    #expect(first.median == 0.0003)
    #expect(second.median == 0.0001)
  }
}
