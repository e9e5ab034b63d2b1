import StanceCore

/// Recognises a statement already counted: the same speaker, the same or nearly the same words
/// (see `StatementFingerprint`), and dates in the same or a neighbouring seven-day span (a day-dated
/// statement), in the same or a neighbouring month (month-dated), the same year (year-dated), or both
/// undated. Syndicated copies and two reports of the same remarks count once; a formula a speaker
/// repeats every year does not collapse across years. A repeat within one document (an article
/// quoting the same words twice) is not collapsed.
///
/// Memory is bounded: a table of at most `capacity` slots (16 bytes each) that grows with the run.
/// A hash of speaker and words has a group of `groupSize` neighbouring slots, one per time bucket
/// it was seen in, so a check reads one or two cache lines whatever the date's neighbours. Below the
/// capacity a full group makes the table grow, so nothing is forgotten; at the capacity a new entry
/// takes the place of the oldest one in its group, so two copies more than about a million
/// statements apart in the input may both be counted. The table is filled in input
/// order, so the outcome is the same at any number of jobs and in a merge of shards.
public struct DuplicateFilter: Sendable {
  public static let capacity = 1 << 22
  static let groupSize = 8

  /// One remembered hash: where it was seen (its time bucket) and in which document.
  private struct Slot {
    /// The hash of speaker and words, with its low bit set (0: an empty slot).
    var hash: UInt64 = 0
    var bucket: UInt32 = 0
    /// The document's position in the input, plus one.
    var document: UInt32 = 0
  }

  private var slots: [Slot]
  private var used = 0

  public init() {
    slots = Array(repeating: Slot(), count: 1 << 12)
  }

  /// Whether the statement repeats one seen in another document; if not, it is remembered.
  /// `document` is the document's position in the input.
  public mutating func isDuplicate(
    speaker: String, fingerprint: borrowing StatementFingerprint, date: DocumentDate?, document: Int
  ) -> Bool {
    isDuplicate(
      speakerHash: TextFolding.hash(bytes: speaker.utf8), fingerprint: fingerprint, date: date, document: document)
  }

  /// The same with the hash of the speaker's key (`Speaker.keyHash`).
  public mutating func isDuplicate(
    speakerHash: UInt64, fingerprint: borrowing StatementFingerprint, date: DocumentDate?, document: Int
  ) -> Bool {
    guard !fingerprint.keys.isEmpty else { return false }
    let (bucket, spread) = DuplicateFilter.bucket(date)
    let documentTag = UInt32(truncatingIfNeeded: document) &+ 1
    let seed = speakerHash
    for key in fingerprint.keys where seenElsewhere(hash(key, seed), near: bucket, spread: spread, documentTag) {
      return true
    }
    for key in fingerprint.keys { insert(hash(key, seed), bucket: bucket, documentTag) }
    return false
  }

  private func hash(_ key: UInt64, _ speakerHash: UInt64) -> UInt64 {
    StatementFingerprint.mix(key ^ speakerHash, tag: 0) | 1
  }

  /// The first slot of a hash's group.
  private func group(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash >> 7) & (slots.count - 1) & ~(DuplicateFilter.groupSize - 1)
  }

  /// Whether another document holds the hash in a bucket at most `spread` from `bucket`.
  private func seenElsewhere(_ hash: UInt64, near bucket: UInt32, spread: Int, _ document: UInt32) -> Bool {
    slots.withUnsafeBufferPointer { slots in
      let first = group(hash)
      for slot in slots[first..<first + DuplicateFilter.groupSize]
      where slot.hash == hash && slot.document != document
        && abs(Int(slot.bucket) - Int(bucket)) <= spread
      {
        return true
      }
      return false
    }
  }

  private mutating func insert(_ hash: UInt64, bucket: UInt32, _ document: UInt32) {
    if used * 2 >= slots.count && slots.count < DuplicateFilter.capacity { grow() }
    while true {
      let first = group(hash)
      let isFull = slots.withUnsafeMutableBufferPointer { slots in
        var chosen = first
        for candidate in first..<first + DuplicateFilter.groupSize {
          if slots[candidate].hash == hash && slots[candidate].bucket == bucket { return false }
          if slots[candidate].document == 0 {
            chosen = candidate
            break
          }
          // All taken: the oldest gives way.
          if slots[candidate].document < slots[chosen].document { chosen = candidate }
        }
        if slots[chosen].document != 0 && slots.count < DuplicateFilter.capacity { return true }
        if slots[chosen].document == 0 { used += 1 }
        slots[chosen] = Slot(hash: hash, bucket: bucket, document: document)
        return false
      }
      // Below the capacity, a full group makes room rather than forget: nothing is lost until then.
      guard isFull else { return }
      grow()
    }
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: old.count * 2)
    used = 0
    // Where a group is full, the oldest gives way whatever the order of reinsertion.
    for slot in old where slot.document != 0 { insert(slot.hash, bucket: slot.bucket, slot.document) }
  }

  /// The time bucket of a date and how many neighbouring buckets also count as "near".
  /// Buckets of different precisions never meet: the top two bits say which precision.
  static func bucket(_ date: DocumentDate?) -> (bucket: UInt32, spread: Int) {
    guard let date else { return (0, 0) }
    func packed(_ precision: UInt32, _ value: Int) -> UInt32 {
      precision << 30 | UInt32(truncatingIfNeeded: value + 1 << 29) & (1 << 30 - 1)
    }
    if date.day > 0 {
      let days = Period.daysSinceEpoch(year: date.year, month: date.month, day: date.day)
      return (packed(1, Int((Double(days) / 7).rounded(.down))), 1)
    }
    if date.month > 0 { return (packed(2, date.year * 12 + date.month), 1) }
    return (packed(3, date.year), 0)
  }
}
