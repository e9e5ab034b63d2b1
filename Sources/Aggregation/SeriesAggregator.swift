import StanceCore

/// One actor in one period.
public struct SeriesRow: Sendable, Hashable {
  public var actor: String
  public var name: String
  public var period: String
  public var summary: ScoreSummary
}

/// One actor over the whole run.
public struct ActorRow: Sendable, Hashable {
  public var actor: String
  public var name: String
  public var speakerKind: Speaker.Kind
  public var summary: ScoreSummary
  /// The earliest and latest dates of the actor's statements, if any are dated.
  public var first: DocumentDate?
  public var last: DocumentDate?
}

/// The aggregate stage: per actor × period summaries and per actor totals.
///
/// Memory is bounded by actors × periods, never by the number of statements.
public struct SeriesAggregator: Sendable {
  public let period: Period
  private var cells: [SeriesKey: ScoreSummary] = [:]
  private var actors: [String: ActorRow] = [:]

  struct SeriesKey: Hashable, Sendable {
    var actor: String
    var period: String
  }

  public init(period: Period) {
    self.period = period
  }

  /// Adds one scored statement, dated by its document.
  /// Statements whose speaker is unresolved are not charted.
  public mutating func add(_ statement: ScoredStatement, date: DocumentDate?) {
    let speaker = statement.statement.speaker
    guard speaker.kind != .unresolved else { return }
    let key = SeriesKey(actor: speaker.key, period: period.label(for: date))
    cells[key, default: ScoreSummary()].add(score: statement.tone.score, label: statement.tone.label)
    var row =
      actors[speaker.key]
      ?? ActorRow(actor: speaker.key, name: speaker.name, speakerKind: speaker.kind, summary: ScoreSummary())
    row.summary.add(score: statement.tone.score, label: statement.tone.label)
    if let date {
      if row.first == nil || date < row.first! { row.first = date }
      if row.last == nil || date > row.last! { row.last = date }
    }
    actors[speaker.key] = row
  }

  /// Every actor × period row, by actor then period ("undated" last).
  public func series() -> [SeriesRow] {
    cells.map {
      SeriesRow(
        actor: $0.key.actor, name: actors[$0.key.actor]?.name ?? $0.key.actor, period: $0.key.period, summary: $0.value)
    }
    .sorted { lhs, rhs in
      if lhs.actor != rhs.actor { return lhs.actor < rhs.actor }
      return SeriesAggregator.periodOrder(lhs.period, rhs.period)
    }
  }

  /// Every actor, most statements first, then by key.
  public func actorRows() -> [ActorRow] {
    actors.values.sorted { lhs, rhs in
      lhs.summary.count != rhs.summary.count ? lhs.summary.count > rhs.summary.count : lhs.actor < rhs.actor
    }
  }

  /// Orders period labels chronologically, with "undated" last.
  public static func periodOrder(_ lhs: String, _ rhs: String) -> Bool {
    if lhs == "undated" { return false }
    if rhs == "undated" { return true }
    return lhs < rhs
  }
}
