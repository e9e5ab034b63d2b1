import StanceCore

/// One charted actor in one period.
public struct SeriesRow: Sendable, Hashable {
  public var actor: String
  public var name: String
  public var period: String
  public var summary: ScoreSummary
}

/// One charted actor over the whole run.
public struct ActorRow: Sendable, Hashable {
  public var group: ActorGrouping.Group
  public var summary: ScoreSummary
  /// The earliest and latest dates of the actor's counted statements, if any are dated.
  public var first: DocumentDate?
  public var last: DocumentDate?

  public var actor: String { group.key }
  public var name: String { group.name }
}

/// How the aggregate stage dealt with the statements it was given.
public struct AggregationCounts: Sendable, Hashable {
  /// Statements charted.
  public var counted = 0
  /// Statements whose speaker nothing resolved: kept in statements.csv, charted for no one.
  public var unresolved = 0
  /// Repeats of a statement already counted (see `DuplicateFilter`).
  public var duplicates = 0
  /// Statements dated outside `--from` / `--to` (or undated when a range is given).
  public var outsideRange = 0
  /// Charted statements with no date: counted in the "undated" period only.
  public var undated = 0
}

/// The aggregate stage: per actor × period summaries, per actor totals, and each actor's most
/// confrontational and conciliatory statements.
///
/// Memory is bounded by actors × periods and the duplicate filter's fixed-size table, never by
/// the number of statements.
public struct SeriesAggregator: Sendable {
  public let options: AggregationOptions
  public let grouping: ActorGrouping
  public private(set) var counts = AggregationCounts()
  private var cells: [SeriesKey: ScoreSummary] = [:]
  private var actors: [String: ActorRow] = [:]
  private var extremes: [String: ExtremeStatements] = [:]
  private var duplicates = DuplicateFilter()
  /// Caches: the groups of speakers met, and the period label of the last date (a document's
  /// statements come together).
  private var groups: [GroupKey: ActorGrouping.Group] = [:]
  private var lastPeriod: (date: DocumentDate?, label: String)? = nil

  struct GroupKey: Hashable, Sendable {
    var speaker: String
    var kind: Speaker.Kind
  }

  struct SeriesKey: Hashable, Sendable {
    var actor: String
    var period: String
  }

  public init(options: AggregationOptions, registry: [ActorEntry]) {
    self.options = options
    grouping = ActorGrouping(level: options.level, registry: registry)
  }

  /// A month-by-month aggregator by speaker, keeping duplicates (for tests and simple uses).
  public init(period: Period) {
    var options = AggregationOptions(period: period)
    options.collapsesDuplicates = false
    self.init(options: options, registry: [])
  }

  public var period: Period { options.period }

  /// Adds one scored statement, in run order.
  public mutating func add(_ record: StatementRecord) {
    let speaker = record.speaker
    guard speaker.kind != .unresolved else {
      counts.unresolved += 1
      return
    }
    guard options.range.contains(record.date) else {
      counts.outsideRange += 1
      return
    }
    if options.collapsesDuplicates,
      duplicates.isDuplicate(
        speaker: speaker.key, fingerprint: record.fingerprint, date: record.date,
        document: record.order >> StatementRecord.positionBits)
    {
      counts.duplicates += 1
      return
    }
    counts.counted += 1
    if record.date == nil { counts.undated += 1 }
    let groupKey = GroupKey(speaker: speaker.key, kind: speaker.kind)
    let group: ActorGrouping.Group
    if let known = groups[groupKey] {
      group = known
    } else {
      group = grouping.group(speakerKey: speaker.key, name: speaker.name, kind: speaker.kind)
      groups[groupKey] = group
    }
    let label: String
    if let lastPeriod, lastPeriod.date == record.date {
      label = lastPeriod.label
    } else {
      label = options.period.label(for: record.date)
      lastPeriod = (record.date, label)
    }
    cells[SeriesKey(actor: group.key, period: label), default: ScoreSummary()]
      .add(score: record.score, label: record.label)
    // Updated in place: a copy of the row would copy its histogram at every statement.
    Self.update(&actors[group.key, default: ActorRow(group: group, summary: ScoreSummary())], with: record)
    // Quoted statements are ranked by their printed score, so a merged run ranks them alike.
    let printedScore = Double(ScoreSummary.units(record.score)) / Double(ScoreSummary.unitsPerScore)
    extremes[group.key, default: ExtremeStatements(capacity: options.extremesPerActor)].add(
      StatementDigest(
        score: printedScore, actor: group.key, speaker: speaker.name, document: record.document, date: record.date,
        text: record.text, order: record.order))
  }

  private static func update(_ row: inout ActorRow, with record: StatementRecord) {
    row.summary.add(score: record.score, label: record.label)
    if let date = record.date {
      if row.first.map({ date < $0 }) ?? true { row.first = date }
      if row.last.map({ date > $0 }) ?? true { row.last = date }
    }
  }

  /// Adds a statement as the pipeline scored it.
  public mutating func add(
    _ statement: ScoredStatement, document: String, date: DocumentDate?, text: String, order: Int
  ) {
    add(
      StatementRecord(
        speaker: statement.statement.speaker, score: statement.tone.score, label: statement.tone.label,
        document: document, date: date, text: text, targets: statement.statement.targets, order: order))
  }

  /// Every actor × period row, by actor then period ("undated" last).
  public func series() -> [SeriesRow] {
    // The keys are sorted, not the rows: rows are large to move.
    let keys = cells.keys.sorted { lhs, rhs in
      if lhs.actor != rhs.actor { return lhs.actor < rhs.actor }
      return SeriesAggregator.periodOrder(lhs.period, rhs.period)
    }
    return keys.map {
      SeriesRow(actor: $0.actor, name: actors[$0.actor]?.name ?? $0.actor, period: $0.period, summary: cells[$0]!)
    }
  }

  /// Every actor, most statements first, then by key.
  public func actorRows() -> [ActorRow] {
    let keys = actors.map { (key: $0.key, count: $0.value.summary.count) }.sorted { lhs, rhs in
      lhs.count != rhs.count ? lhs.count > rhs.count : lhs.key < rhs.key
    }
    return keys.map { actors[$0.key]! }
  }

  /// An actor's most confrontational and most conciliatory statements.
  public func extremes(for actor: String) -> ExtremeStatements {
    extremes[actor] ?? ExtremeStatements(capacity: options.extremesPerActor)
  }

  /// Orders period labels chronologically, with "undated" last.
  public static func periodOrder(_ lhs: String, _ rhs: String) -> Bool {
    if lhs == "undated" { return false }
    if rhs == "undated" { return true }
    return lhs < rhs
  }
}
