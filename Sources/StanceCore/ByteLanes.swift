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
  /// with `stops`, which must mark (with its lane's high bit) exactly the bytes `isStop` accepts,
  /// then byte by byte for the last few. The one loop every eight-bytes-at-a-time scanner shares.
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
    while index < end, !isStop(base[index]) { index += 1 }
    return index
  }
}
