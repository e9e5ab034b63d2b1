import Aggregation
import Reporting
import StanceCore

/// The totals of a diff, gathered statement by statement in input order.
public struct LexiconDiffSummary: Sendable {
  /// Count and score sums of a group of statements under both lexicons.
  public struct Shift: Sendable {
    public var name = ""
    public var count = 0
    public var sumBefore = 0.0
    public var sumAfter = 0.0
    public var meanBefore: Double { count == 0 ? 0 : sumBefore / Double(count) }
    public var meanAfter: Double { count == 0 ? 0 : sumAfter / Double(count) }
    public var shift: Double { meanAfter - meanBefore }
  }

  /// An entry's share of the total score change (the lexicon word shift).
  public struct EntryShift: Sendable {
    public var change: LexiconDiffCauses.Change
    public var statements = 0
    public var scoreShift = 0.0
  }

  /// A moved statement kept for the text report.
  public struct Move: Sendable {
    public var change: StatementChange
    public var text: String
    public var order: Int
  }

  public var documents = 0
  public var statements = 0
  public var moved = 0
  public var flips: [String: Int] = [:]
  public var withEvidenceBefore = 0
  public var withEvidenceAfter = 0
  public var total = Shift()
  public var actors: [String: Shift] = [:]
  public var periods: [String: Shift] = [:]
  public var entries: [String: EntryShift] = [:]
  /// The largest moves, largest first (ties: input order).
  public var largestMoves: [Move] = []
  public var flipCount: Int { flips.values.reduce(0, +) }

  public init() {}

  /// Adds one statement; `text` is asked for only when the statement is among the largest moves.
  mutating func add(_ change: StatementChange, isMoved: Bool, period: Period, keep: Int, order: Int, text: () -> String)
  {
    statements += 1
    if !change.before.evidence.isEmpty { withEvidenceBefore += 1 }
    if !change.after.evidence.isEmpty { withEvidenceAfter += 1 }
    total.count += 1
    total.sumBefore += change.before.score
    total.sumAfter += change.after.score
    if change.isCharted {
      actors[change.actor, default: Shift(name: change.speaker)].add(change)
    }
    periods[period.label(for: change.date), default: Shift()].add(change)
    if change.isFlip { flips["\(change.before.label.rawValue) → \(change.after.label.rawValue)", default: 0] += 1 }
    let shift = change.shift
    let sumShift = change.causes.reduce(0) { $0 + $1.sumShift }
    for cause in change.causes {
      let key = cause.change.file + "\t" + cause.change.term.lowercased()
      entries[key, default: EntryShift(change: cause.change)].statements += 1
      let share = abs(sumShift) > 1e-12 ? cause.sumShift / sumShift : 1 / Double(change.causes.count)
      entries[key]!.scoreShift += shift * share
    }
    guard isMoved else { return }
    moved += 1
    let magnitude = abs(shift)
    if largestMoves.count < keep || magnitude > abs(largestMoves.last!.change.shift) {
      largestMoves.append(Move(change: change, text: text(), order: order))
      largestMoves.sort {
        abs($0.change.shift) != abs($1.change.shift) ? abs($0.change.shift) > abs($1.change.shift) : $0.order < $1.order
      }
      if largestMoves.count > keep { largestMoves.removeLast() }
    }
  }

  /// Entries by the size of the total score change they caused, largest first.
  public var entryShifts: [EntryShift] {
    entries.values.sorted {
      abs($0.scoreShift) != abs($1.scoreShift)
        ? abs($0.scoreShift) > abs($1.scoreShift) : ($0.change.file, $0.change.term) < ($1.change.file, $1.change.term)
    }
  }

  /// The largest absolute mean shift among actors with at least `minimumCount` statements.
  public func largestActorShift(minimumCount: Int) -> (actor: String, shift: Double)? {
    actors.filter { $0.value.count >= minimumCount }.map { ($0.key, $0.value.shift) }
      .sorted { abs($0.1) != abs($1.1) ? abs($0.1) > abs($1.1) : $0.0 < $1.0 }.first
  }
}

extension LexiconDiffSummary.Shift {
  init(name: String) { self.name = name }

  mutating func add(_ change: StatementChange) {
    count += 1
    sumBefore += change.before.score
    sumAfter += change.after.score
  }
}
