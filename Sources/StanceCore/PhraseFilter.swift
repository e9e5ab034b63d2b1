/// A quick test of which of up to four phrase tables a word may start an entry of, in one or two
/// byte loads from a small array that stays in cache, so that most words skip every table.
///
/// Slot `i` of the array holds, in bit k, whether table k has a first word whose hash falls in slot
/// i, and in bit 4 + k, whether it has a `*` entry whose head does. A set bit may be a false
/// positive (the table then finds nothing); a clear bit is certain. Tables with `*` entries shorter
/// than the head are always asked.
public struct PhraseFilter: Sendable {
  @usableFromInline static let slotBits = 14
  @usableFromInline let slots: [UInt8]
  /// Bits of tables that must always be asked.
  @usableFromInline let always: UInt8

  /// A filter over `tables` (at most four), bit k standing for `tables[k]`.
  public init(_ tables: [PhraseTable]) {
    precondition(tables.count <= 4, "a phrase filter covers at most four tables")
    var slots = [UInt8](repeating: 0, count: 1 << PhraseFilter.slotBits)
    var always: UInt8 = 0
    for (bit, table) in tables.enumerated() {
      for hash in table.firstWordHashes { slots[PhraseFilter.slot(hash)] |= 1 << UInt8(bit) }
      for hash in table.headHashes { slots[PhraseFilter.slot(hash)] |= 1 << UInt8(4 + bit) }
      if table.hasShortPrefixes { always |= 1 << UInt8(bit) }
    }
    self.slots = slots
    self.always = always
  }

  @inlinable @inline(__always)
  static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits)) }

  /// Bit k set: table k may have an entry that starts with the word of `key`.
  @inlinable @inline(__always)
  public func tables(for key: WordKey) -> UInt8 {
    var mask = slots[PhraseFilter.slot(key.hash)] & 0x0F
    if key.head != 0 { mask |= slots[PhraseFilter.slot(key.head)] >> 4 }
    return mask | always
  }
}
