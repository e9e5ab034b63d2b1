import StanceCore

/// The dates from `from` to `to` (either open), each taken at its own precision: `--from 2000`
/// starts on 2000-01-01 and `--to 2024` ends on 2024-12-31. A statement dated less precisely than
/// the window (a year) is inside when any of its days is; undated statements are outside any
/// window with a bound.
public struct DateWindow: Sendable, Equatable {
  public var from: DocumentDate?
  public var to: DocumentDate?

  public init(from: DocumentDate? = nil, to: DocumentDate? = nil) {
    self.from = from
    self.to = to
  }

  public func contains(_ date: DocumentDate?) -> Bool {
    guard from != nil || to != nil else { return true }
    guard let date else { return false }
    if let from, DateWindow.lastDay(date) < DateWindow.firstDay(from) { return false }
    if let to, DateWindow.firstDay(date) > DateWindow.lastDay(to) { return false }
    return true
  }

  static func firstDay(_ date: DocumentDate) -> [Int] { [date.year, max(date.month, 1), max(date.day, 1)] }
  static func lastDay(_ date: DocumentDate) -> [Int] {
    [date.year, date.month == 0 ? 12 : date.month, date.day == 0 ? 31 : date.day]
  }
}

extension Array where Element == Int {
  fileprivate static func < (lhs: [Int], rhs: [Int]) -> Bool { lhs.lexicographicallyPrecedes(rhs) }
  fileprivate static func > (lhs: [Int], rhs: [Int]) -> Bool { rhs.lexicographicallyPrecedes(lhs) }
}
