/// Tests on the eight bytes of a little-endian word at once, for scanners that skip text eight
/// bytes at a time.
public enum ByteLanes {
  @usableFromInline static let high: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of each byte of `word` that equals `byte`, exactly (no false positives from
  /// borrows between bytes).
  @inlinable @inline(__always)
  public static func equal(_ word: UInt64, to byte: UInt8) -> UInt64 {
    let difference = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
    // The high bit of (low seven bits + 0x7F) is set when those bits are not all zero.
    let nonZero = (difference & ~high) &+ 0x7F7F_7F7F_7F7F_7F7F
    return ~(nonZero | difference) & high
  }

  /// The high bit of each byte of `word` below `limit` (at most 0x80): bytes of 0x80 and above never.
  @inlinable @inline(__always)
  public static func less(_ word: UInt64, than limit: UInt8) -> UInt64 {
    let atLeast = ((word & ~high) &+ UInt64(0x80 &- limit) &* 0x0101_0101_0101_0101) & high
    return ~atLeast & ~word & high
  }

  /// The first index in `start..<end` whose byte `isStop` accepts, or `end`: eight bytes at a time
  /// with `stops`, which must mark (with its lane's high bit) the first byte of a word that `isStop`
  /// accepts and no byte before it (exact tests such as `equal` and `less` do; so do cheaper ones
  /// whose borrows only mark lanes above a true one). The last bytes are read with one load that
  /// ends at `end`, shifted so that bytes before `index` are not read; only text of fewer than eight
  /// bytes from `base` is read byte by byte. The bytes from `base` to `end` must be readable. The one
  /// loop every eight-bytes-at-a-time scanner shares.
  /// - Complexity: O(end - start).
  @inlinable @inline(__always)
  public static func firstStop(
    _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, stops: (UInt64) -> UInt64,
    isStop: (UInt8) -> Bool
  ) -> Int {
    var index = start
    while index + 8 <= end {
      let lanes = stops(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
      if lanes != 0 { return index + lanes.trailingZeroBitCount >> 3 }
      index += 8
    }
    guard index < end else { return end }
    guard end >= 8 else {
      while index < end, !isStop(base[index]) { index += 1 }
      return index
    }
    // The word ending at `end`, moved down so that `index` is its first lane; the zero lanes shifted
    // in lie past `end` and may be marked, so a stop found there is none.
    let word = UInt64(littleEndian: UnsafeRawPointer(base + end - 8).loadUnaligned(as: UInt64.self))
    let lanes = stops(word >> UInt64((8 - (end - index)) * 8))
    guard lanes != 0 else { return end }
    return min(index + lanes.trailingZeroBitCount >> 3, end)
  }
}
