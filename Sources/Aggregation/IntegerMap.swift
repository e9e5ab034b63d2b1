/// A growable map from 64-bit integer keys to `Int32` values, in open-addressed flat arrays.
///
/// The aggregate stage runs on the one thread that consumes a parallel run, once per statement, so
/// its lookups must be cheap: a key is mixed with one multiplication (no per-lookup `Hasher`), and
/// nothing is allocated once the table has grown to its size. Keys are never removed.
struct IntegerMap: Sendable {
  /// A slot of the table (every key, 0 included, is a valid key, so an empty slot says so).
  private struct Slot {
    var key: UInt64 = 0
    var value: Int32 = 0
    var isUsed = false
  }

  private var slots: [Slot] = []
  private(set) var count = 0

  init() {}

  /// The value stored under `key`, or nil.
  @inline(__always)
  func value(_ key: UInt64) -> Int32? {
    guard count > 0 else { return nil }
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
  mutating func set(_ key: UInt64, _ value: Int32) {
    update(key, default: value) { $0 = value }
  }

  /// Changes the value under `key` in place, starting from `initial` when the key is new.
  @inline(__always)
  mutating func update(_ key: UInt64, default initial: Int32, _ change: (inout Int32) -> Void) {
    if (count + 1) * 4 > slots.count * 3 { grow() }
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
    if isNew { count += 1 }
  }

  /// Every (key, value) pair, in no particular order.
  var pairs: [(key: UInt64, value: Int32)] {
    var result: [(key: UInt64, value: Int32)] = []
    result.reserveCapacity(count)
    for slot in slots where slot.isUsed { result.append((slot.key, slot.value)) }
    return result
  }

  @inline(__always)
  private static func start(_ key: UInt64, _ mask: Int) -> Int {
    // Fibonacci hashing: the high bits of the product mix every bit of the key.
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: max(4, slots.count * 2))
    count = 0
    for slot in old where slot.isUsed { set(slot.key, slot.value) }
  }
}
