/// How statements are charted: the period, the dates kept, whom statements count for, and whether
/// repeated statements count once.
public struct AggregationOptions: Sendable {
  public var period: Period = .month
  public var range = DateRange(from: nil, to: nil)
  public var level: ActorGrouping.Level = .actor
  /// Count the same speaker's same (or nearly the same) words in several documents once.
  public var collapsesDuplicates = true
  /// Statements kept per actor in each of the most confrontational and most conciliatory lists.
  public var extremesPerActor = 3

  public init(period: Period = .month) {
    self.period = period
  }
}
