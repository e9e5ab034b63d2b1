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

extension FirstStopLanes {
  /// The first index in `start..<end` whose byte `isStop` accepts, or `end`: eight bytes at a time with
  /// `stops`, which must mark the first such byte of a word as these tests do. The last bytes are read
  /// with one load that ends at `end` (when `base` has eight bytes before it), shifted so that bytes
  /// before `start` are not read as stops; only text shorter than eight bytes is read byte by byte.
  /// - Complexity: O(end - start).
  @inline(__always)
  static func firstStop(
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
    // The word ending at `end`, moved down so that `index` is its first lane; the zero lanes shifted in
    // lie past `end` and may be marked, so a stop found there is none.
    let word = UInt64(littleEndian: UnsafeRawPointer(base + end - 8).loadUnaligned(as: UInt64.self))
    let lanes = stops(word >> UInt64((8 - (end - index)) * 8))
    guard lanes != 0 else { return end }
    return min(index + lanes.trailingZeroBitCount >> 3, end)
  }
}
