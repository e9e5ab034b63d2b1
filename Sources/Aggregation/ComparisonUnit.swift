/// What one observation of a comparison is.
public enum ComparisonUnit: String, Sendable, CaseIterable {
  /// Each statement is one observation.
  case statement
  /// Each document is one observation per side: the mean of that side's statements in it. Statements
  /// of one speech or article are not independent; documents are closer to it.
  case document
}

/// Feeds a `ComparisonCollector` one observation per statement, or per document (the mean of the
/// document's statements for each side, and for each side's statements that target another).
///
/// Documents arrive whole, one after another (statements of one document are contiguous).
public struct ComparisonFeeder: Sendable {
  public let unit: ComparisonUnit
  public private(set) var collector: ComparisonCollector
  private var document: String? = nil
  private var period = ""
  /// Sum and count per side, and per side × target, of the current document.
  private var sides: [Int: (sum: Double, count: Int)] = [:]
  private var targeted: [Pair: (sum: Double, count: Int)] = [:]

  struct Pair: Hashable, Sendable {
    var group: Int
    var target: Int
  }

  public init(unit: ComparisonUnit, collector: ComparisonCollector) {
    self.unit = unit
    self.collector = collector
  }

  /// Adds a statement of side `group` in `document`, whose targets include the sides `targets`.
  public mutating func add(document: String, period: String, group: Int, score: Double, targets: [Int]) {
    guard unit == .document else {
      collector.add(group: group, period: period, score: score)
      for target in targets { collector.add(group: group, target: target, score: score) }
      return
    }
    if document != self.document { finishDocument() }
    self.document = document
    self.period = period
    sides[group, default: (0, 0)].sum += score
    sides[group, default: (0, 0)].count += 1
    for target in targets {
      targeted[Pair(group: group, target: target), default: (0, 0)].sum += score
      targeted[Pair(group: group, target: target), default: (0, 0)].count += 1
    }
  }

  /// Hands the current document's means to the collector; call once after the last statement.
  public mutating func finishDocument() {
    for group in sides.keys.sorted() {
      let side = sides[group]!
      collector.add(group: group, period: period, score: side.sum / Double(side.count))
    }
    for pair in targeted.keys.sorted(by: { ($0.group, $0.target) < ($1.group, $1.target) }) {
      let side = targeted[pair]!
      collector.add(group: pair.group, target: pair.target, score: side.sum / Double(side.count))
    }
    sides.removeAll()
    targeted.removeAll()
    document = nil
  }
}
