import StanceCore

/// A statement as the report quotes it.
public struct StatementDigest: Sendable, Hashable {
  public var score: Double
  public var actor: String
  public var speaker: String
  public var document: String
  public var date: DocumentDate?
  public var text: String
  /// The order of the statement in the run (document index, then position): breaks ties.
  public var order: Int

  public init(
    score: Double, actor: String, speaker: String, document: String, date: DocumentDate?, text: String, order: Int
  ) {
    self.score = score
    self.actor = actor
    self.speaker = speaker
    self.document = document
    self.date = date
    self.text = text
    self.order = order
  }
}

/// Keeps the k most confrontational and k most conciliatory statements seen, in bounded memory.
public struct ExtremeStatements: Sendable {
  public let capacity: Int
  public private(set) var lowest: [StatementDigest] = []
  public private(set) var highest: [StatementDigest] = []

  /// Characters of a statement's text kept for quoting.
  static let textLimit = 600

  public init(capacity: Int) {
    self.capacity = capacity
  }

  public mutating func add(_ digest: StatementDigest) {
    if digest.score < 0 { insert(digest, into: &lowest, before: ExtremeStatements.isLower) }
    if digest.score > 0 { insert(digest, into: &highest, before: ExtremeStatements.isHigher) }
  }

  /// Whether a statement with this score and order would be kept (checked before its digest is built).
  public func keeps(score: Double, order: Int) -> Bool {
    if score < 0 {
      guard lowest.count == capacity, let last = lowest.last else { return true }
      return score != last.score ? score < last.score : order < last.order
    }
    if score > 0 {
      guard highest.count == capacity, let last = highest.last else { return true }
      return score != last.score ? score > last.score : order < last.order
    }
    return false
  }

  public mutating func merge(_ other: ExtremeStatements) {
    for digest in other.lowest + other.highest { add(digest) }
  }

  static func isLower(_ lhs: StatementDigest, _ rhs: StatementDigest) -> Bool {
    lhs.score != rhs.score ? lhs.score < rhs.score : lhs.order < rhs.order
  }

  static func isHigher(_ lhs: StatementDigest, _ rhs: StatementDigest) -> Bool {
    lhs.score != rhs.score ? lhs.score > rhs.score : lhs.order < rhs.order
  }

  private func insert(
    _ digest: StatementDigest, into list: inout [StatementDigest], before: (StatementDigest, StatementDigest) -> Bool
  ) {
    if list.count == capacity, let last = list.last, !before(digest, last) { return }
    let position = list.firstIndex(where: { before(digest, $0) }) ?? list.count
    var kept = digest
    // The report quotes a few hundred characters at most; the rest is not held.
    if kept.text.utf8.count > ExtremeStatements.textLimit {
      kept.text = String(kept.text.prefix(ExtremeStatements.textLimit))
    }
    list.insert(kept, at: position)
    if list.count > capacity { list.removeLast() }
  }
}
