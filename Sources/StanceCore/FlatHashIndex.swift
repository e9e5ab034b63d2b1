/// A read-only map from 64-bit hash keys to lists of `Int32` values, in open-addressed flat arrays.
///
/// The keys are already hashes, so they index the table directly: no second hashing, no
/// per-lookup allocation. Built once from a dictionary; lookups are what the hot paths do.
public struct FlatHashIndex: Sendable {
  /// A key with where its values are: `values[start..<start + count]`. Key and place share one slot
  /// (16 bytes), so a probe reads one cache line, not one from each of three arrays.
  @usableFromInline struct Slot: Sendable {
    @usableFromInline var key: UInt64 = 0
    @usableFromInline var start: Int32 = 0
    @usableFromInline var count: Int32 = 0

    @usableFromInline init() {}
  }

  @usableFromInline var slots: [Slot] = []
  @usableFromInline var values: [Int32] = []
  @usableFromInline var mask = 0
  /// 0 marks an empty slot, so the values of the key 0 itself are kept here (start -1: none).
  @usableFromInline var zeroStart: Int32 = -1
  @usableFromInline var zeroCount: Int32 = 0

  public init() {}

  /// Builds the index from (key → values).
  public init(_ dictionary: [UInt64: [Int32]]) {
    guard !dictionary.isEmpty else { return }
    var capacity = 8
    while capacity < dictionary.count * 2 { capacity <<= 1 }
    mask = capacity - 1
    slots = [Slot](repeating: Slot(), count: capacity)
    for key in dictionary.keys.sorted() {
      let list = dictionary[key]!
      if key == 0 {
        (zeroStart, zeroCount) = (Int32(values.count), Int32(list.count))
      } else {
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot].key != 0 { slot = (slot + 1) & mask }
        slots[slot].key = key
        (slots[slot].start, slots[slot].count) = (Int32(values.count), Int32(list.count))
      }
      values.append(contentsOf: list)
    }
  }

  @inlinable
  public var isEmpty: Bool { slots.isEmpty }

  /// Whether `key` has values.
  @inlinable
  public func contains(_ key: UInt64) -> Bool { slot(key) != nil }

  /// Calls `body` with each value stored under `key`.
  /// - Complexity: O(1) expected.
  @inlinable
  public func forEachValue(_ key: UInt64, _ body: (Int32) -> Void) {
    guard let (start, count) = slot(key) else { return }
    for offset in 0..<count { body(valueAt(start + offset)) }
  }

  /// Where the values of `key` are (read them with `valueAt`), or nil.
  @inlinable @inline(__always)
  public func slot(_ key: UInt64) -> (start: Int, count: Int)? {
    if key == 0 { return zeroStart < 0 ? nil : (Int(zeroStart), Int(zeroCount)) }
    guard !slots.isEmpty else { return nil }
    var index = Int(truncatingIfNeeded: key) & mask
    while true {
      let slot = slots[index]
      if slot.key == key { return (Int(slot.start), Int(slot.count)) }
      if slot.key == 0 { return nil }
      index = (index + 1) & mask
    }
  }

  @inlinable
  public func valueAt(_ index: Int) -> Int32 { values[index] }
}
