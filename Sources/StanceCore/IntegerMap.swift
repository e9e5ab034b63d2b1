/// A growable map from 64-bit integer keys to `Int32` values, in open-addressed flat arrays.
///
/// For lookups on hot paths (a word's hash in attribution, an actor or a score in the aggregate
/// stage, which runs on the one thread that consumes a parallel run): a key is mixed with one
/// multiplication (no per-lookup `Hasher`), and nothing is allocated once the table has grown to its
/// size. Keys are never removed.
public struct IntegerMap: Sendable {
  /// A slot of the table (every key, 0 included, is a valid key, so an empty slot says so).
  @usableFromInline struct Slot: Sendable {
    @usableFromInline var key: UInt64 = 0
    @usableFromInline var value: Int32 = 0
    @usableFromInline var isUsed = false

    @usableFromInline init(key: UInt64 = 0, value: Int32 = 0, isUsed: Bool = false) {
      self.key = key
      self.value = value
      self.isUsed = isUsed
    }
  }

  @usableFromInline var slots: [Slot] = []
  /// How many keys it holds (`count`).
  @usableFromInline var storedCount = 0

  public init() {}

  /// How many keys it holds.
  public var count: Int { storedCount }

  /// The value stored under `key`, or nil.
  @inlinable @inline(__always)
  public func value(_ key: UInt64) -> Int32? {
    guard storedCount > 0 else { return nil }
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = IntegerMap.start(key, mask)
      while slots[slot].isUsed {
        if slots[slot].key == key { return slots[slot].value }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// Stores `value` under `key`, replacing any value it had.
  public mutating func set(_ key: UInt64, _ value: Int32) {
    update(key, default: value) { $0 = value }
  }

  /// Changes the value under `key` in place, starting from `initial` when the key is new.
  @inlinable @inline(__always)
  public mutating func update(_ key: UInt64, default initial: Int32, _ change: (inout Int32) -> Void) {
    if (storedCount + 1) * 4 > slots.count * 3 { grow() }
    let isNew = slots.withUnsafeMutableBufferPointer { slots in
      let mask = slots.count - 1
      var slot = IntegerMap.start(key, mask)
      while slots[slot].isUsed {
        if slots[slot].key == key {
          change(&slots[slot].value)
          return false
        }
        slot = (slot + 1) & mask
      }
      slots[slot] = Slot(key: key, value: initial, isUsed: true)
      change(&slots[slot].value)
      return true
    }
    if isNew { storedCount += 1 }
  }

  /// Every (key, value) pair, in no particular order.
  public var pairs: [(key: UInt64, value: Int32)] {
    var result: [(key: UInt64, value: Int32)] = []
    result.reserveCapacity(count)
    for slot in slots where slot.isUsed { result.append((slot.key, slot.value)) }
    return result
  }

  @inlinable @inline(__always)
  static func start(_ key: UInt64, _ mask: Int) -> Int {
    // Fibonacci hashing: the high bits of the product mix every bit of the key.
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  @usableFromInline mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: max(4, slots.count * 2))
    storedCount = 0
    for slot in old where slot.isUsed { set(slot.key, slot.value) }
  }
}
