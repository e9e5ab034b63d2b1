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
}
