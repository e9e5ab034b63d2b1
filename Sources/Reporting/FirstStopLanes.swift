/// Cheaper lane tests for scanners that want only the first matching byte of a little-endian word.
///
/// Like `ByteLanes`, each test sets the high bit of the lanes it matches, but in one subtraction: a
/// borrow out of a matching lane may also mark lanes above it. The lowest marked lane is therefore
/// always a true match, which is all `ByteLanes.firstStop` reads (its `trailingZeroBitCount`); an OR
/// of such tests keeps that property, an AND does not.
enum FirstStopLanes {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let high: UInt64 = 0x8080_8080_8080_8080

  /// Marks the lanes that equal `byte` (and perhaps lanes above the first of them).
  @inline(__always)
  static func equal(_ word: UInt64, to byte: UInt8) -> UInt64 {
    let difference = word ^ (UInt64(byte) &* ones)
    return (difference &- ones) & ~difference & high
  }

  /// Marks the lanes below `limit` (at most 0x80; and perhaps lanes above the first of them).
  @inline(__always)
  static func less(_ word: UInt64, than limit: UInt8) -> UInt64 {
    (word &- UInt64(limit) &* ones) & ~word & high
  }
}
