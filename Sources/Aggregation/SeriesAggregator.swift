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
  /// Actors and periods are numbered as they are met, so that a statement costs one lookup of its
  /// speaker (often none: a document's statements come together) and no hashing of strings after it.
  private var rows: [ActorRow] = []
  private var extremeLists: [ExtremeStatements] = []
  private var actorSlots: [String: Int] = [:]
  private var periodLabels: [String] = []
  private var periodSlots: [String: Int] = [:]
  /// Each actor × period cell's summary, and where it is by `cellKey(actor:period:)`.
  private var cellSummaries: [ScoreSummary] = []
  private var cellKeys: [CellKey] = []
  private var cellIndex = IntegerMap()
  private var duplicates = DuplicateFilter()
  /// Caches: the speakers met (by the hash of their key and kind, each confirmed against its key; a
  /// speaker whose hash another one took is kept in `collidingGroups`), the last speaker, and the
  /// period slot of the last date.
  private var groupIndex = IntegerMap()
  private var groups: [(key: GroupKey, slot: Int)] = []
  private var collidingGroups: [GroupKey: Int] = [:]
  private var lastGroup: (key: GroupKey, slot: Int)? = nil
  private var lastPeriod: (date: DocumentDate?, slot: Int)? = nil

  struct GroupKey: Hashable, Sendable {
    var speaker: String
    var kind: Speaker.Kind
  }

  /// An actor slot and a period slot.
  struct CellKey: Sendable {
    var actor: Int32
    var period: Int32
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
  /// The record is borrowed, not copied: in a parallel run it was made on another thread, and a
  /// copy would touch the reference counts of its strings from this one.
  public mutating func add(_ record: borrowing StatementRecord) {
    withUnsafePointer(to: record) { add(recordAt: $0) }
  }

  /// The same for a record read in place, where it lies (a batch run's records, lent from the
  /// worker that made them).
  public mutating func add(recordAt pointer: UnsafePointer<StatementRecord>) {
    guard pointer.pointee.speaker.kind != .unresolved else {
      counts.unresolved += 1
      return
    }
    guard options.range.contains(pointer.pointee.date) else {
      counts.outsideRange += 1
      return
    }
    if options.collapsesDuplicates,
      duplicates.isDuplicate(
        speakerHash: pointer.pointee.speaker.keyHash, fingerprint: pointer.pointee.fingerprint,
        date: pointer.pointee.date,
        document: pointer.pointee.order >> StatementRecord.positionBits)
    {
      counts.duplicates += 1
      return
    }
    counts.counted += 1
    if pointer.pointee.date == nil { counts.undated += 1 }
    let actor = actorSlot(pointer.pointee.speaker)
    let period = periodSlot(pointer.pointee.date)
    let cell = cellSlot(CellKey(actor: Int32(actor), period: Int32(period)))
    cellSummaries[cell].add(score: pointer.pointee.score, label: pointer.pointee.label)
    // Updated in place: a copy of the row would copy its histogram at every statement.
    Self.update(&rows[actor], score: pointer.pointee.score, label: pointer.pointee.label, date: pointer.pointee.date)
    // Quoted statements are ranked by their printed score, so a merged run ranks them alike.
    let printedScore = Double(ScoreSummary.units(pointer.pointee.score)) / Double(ScoreSummary.unitsPerScore)
    if extremeLists[actor].keeps(score: printedScore, order: pointer.pointee.order) {
      extremeLists[actor].add(
        StatementDigest(
          score: printedScore, actor: rows[actor].actor, speaker: pointer.pointee.speaker.name,
          document: pointer.pointee.document, date: pointer.pointee.date, text: pointer.pointee.text,
          order: pointer.pointee.order))
    }
  }

  /// The slot of the actor a speaker is charted as, numbering new ones.
  private mutating func actorSlot(_ speaker: borrowing Speaker) -> Int {
    // A document's statements mostly share a speaker: the last one is compared in place.
    if let lastGroup, lastGroup.key.kind == speaker.kind, speaker.hasKey(lastGroup.key.speaker) {
      return lastGroup.slot
    }
    let hash = speaker.keyHash ^ (UInt64(speaker.kind.number) &* 0x9E37_79B9_7F4A_7C15)
    let indexed = groupIndex.value(hash).map { groups[Int($0)] }
    if let indexed, indexed.key.kind == speaker.kind, speaker.hasKey(indexed.key.speaker) {
      lastGroup = indexed
      return indexed.slot
    }
    let groupKey = GroupKey(speaker: speaker.key, kind: speaker.kind)
    if indexed != nil, let known = collidingGroups[groupKey] {
      lastGroup = (groupKey, known)
      return known
    }
    let group = grouping.group(speakerKey: speaker.key, name: speaker.name, kind: speaker.kind)
    let slot: Int
    if let existing = actorSlots[group.key] {
      slot = existing
    } else {
      slot = rows.count
      actorSlots[group.key] = slot
      rows.append(ActorRow(group: group, summary: ScoreSummary()))
      extremeLists.append(ExtremeStatements(capacity: options.extremesPerActor))
    }
    if indexed == nil {
      groupIndex.set(hash, Int32(groups.count))
      groups.append((groupKey, slot))
    } else {
      collidingGroups[groupKey] = slot
    }
    lastGroup = (groupKey, slot)
    return slot
  }

  /// The index of an actor × period cell's summary, numbering new ones.
  private mutating func cellSlot(_ key: CellKey) -> Int {
    let packed = UInt64(UInt32(bitPattern: key.actor)) << 32 | UInt64(UInt32(bitPattern: key.period))
    if let known = cellIndex.value(packed) { return Int(known) }
    let index = cellSummaries.count
    cellIndex.set(packed, Int32(index))
    cellSummaries.append(ScoreSummary())
    cellKeys.append(key)
    return index
  }

  /// The slot of the period a date falls in, numbering new ones.
  private mutating func periodSlot(_ date: DocumentDate?) -> Int {
    if let lastPeriod, lastPeriod.date == date { return lastPeriod.slot }
    let label = options.period.label(for: date)
    let slot: Int
    if let known = periodSlots[label] {
      slot = known
    } else {
      slot = periodLabels.count
      periodSlots[label] = slot
      periodLabels.append(label)
    }
    lastPeriod = (date, slot)
    return slot
  }

  private static func update(_ row: inout ActorRow, score: Double, label: ToneLabel, date: DocumentDate?) {
    row.summary.add(score: score, label: label)
    if let date {
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
    let order = cellKeys.indices.sorted { lhsIndex, rhsIndex in
      let (lhs, rhs) = (cellKeys[lhsIndex], cellKeys[rhsIndex])
      let (left, right) = (rows[Int(lhs.actor)].actor, rows[Int(rhs.actor)].actor)
      if left != right { return left < right }
      return SeriesAggregator.periodOrder(periodLabels[Int(lhs.period)], periodLabels[Int(rhs.period)])
    }
    return order.map {
      let key = cellKeys[$0]
      let row = rows[Int(key.actor)]
      return SeriesRow(
        actor: row.actor, name: row.name, period: periodLabels[Int(key.period)], summary: cellSummaries[$0])
    }
  }

  /// Every actor, most statements first, then by key.
  public func actorRows() -> [ActorRow] {
    let slots = rows.indices.sorted { lhs, rhs in
      let (left, right) = (rows[lhs], rows[rhs])
      return left.summary.count != right.summary.count
        ? left.summary.count > right.summary.count : left.actor < right.actor
    }
    return slots.map { rows[$0] }
  }

  /// An actor's most confrontational and most conciliatory statements.
  public func extremes(for actor: String) -> ExtremeStatements {
    actorSlots[actor].map { extremeLists[$0] } ?? ExtremeStatements(capacity: options.extremesPerActor)
  }

  /// Orders period labels chronologically, with "undated" last.
  public static func periodOrder(_ lhs: String, _ rhs: String) -> Bool {
    if lhs == "undated" { return false }
    if rhs == "undated" { return true }
    return lhs < rhs
  }
}

extension Speaker.Kind {
  /// A small number for each kind, mixed into a speaker's hash.
  fileprivate var number: Int {
    switch self {
    case .registered: 1
    case .unregistered: 2
    case .anonymous: 3
    case .unresolved: 4
    }
  }
}
