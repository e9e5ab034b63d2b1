import StanceCore

/// The dates a run charts (`--from` / `--to`), both ends included.
///
/// A bound of reduced precision covers its whole span: `--from 2021` starts on 2021-01-01 and
/// `--to 2021-06` ends on 2021-06-30. A statement dated with less precision than the range is counted
/// only when its whole span lies inside: a statement dated "2021" is outside `--from 2021-06`.
/// Undated statements are outside every range.
public struct DateRange: Sendable, Hashable {
  public var from: DocumentDate?
  public var to: DocumentDate?

  public init(from: DocumentDate?, to: DocumentDate?) {
    self.from = from
    self.to = to
  }

  /// Whether nothing is excluded.
  public var isUnbounded: Bool { from == nil && to == nil }

  /// Whether a date falls inside.
  public func contains(_ date: DocumentDate?) -> Bool {
    if isUnbounded { return true }
    guard let date else { return false }
    if let from, DateRange.firstDay(date) < DateRange.firstDay(from) { return false }
    if let to, DateRange.lastDay(date) > DateRange.lastDay(to) { return false }
    return true
  }

  /// Whether `to` comes before `from`.
  public var isEmpty: Bool {
    guard let from, let to else { return false }
    return DateRange.firstDay(from) > DateRange.lastDay(to)
  }

  static func firstDay(_ date: DocumentDate) -> Int {
    Period.daysSinceEpoch(year: date.year, month: max(1, date.month), day: max(1, date.day))
  }

  static func lastDay(_ date: DocumentDate) -> Int {
    if date.day > 0 { return firstDay(date) }
    if date.month > 0 {
      let next = date.month == 12 ? (date.year + 1, 1) : (date.year, date.month + 1)
      return Period.daysSinceEpoch(year: next.0, month: next.1, day: 1) - 1
    }
    return Period.daysSinceEpoch(year: date.year + 1, month: 1, day: 1) - 1
  }
}
