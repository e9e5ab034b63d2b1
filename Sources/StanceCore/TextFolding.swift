/// Case and punctuation folding used for every lexicon lookup.
///
/// ASCII letters fold to lower case, ’ and ʼ fold to ', and dots are dropped
/// ("U.S." and "US" fold alike); other bytes are compared as they are.
public enum TextFolding {
  /// Calls `body` with each folded byte of `range`.
  @inlinable
  public static func forEachFoldedByte(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ body: (UInt8) -> Void
  ) {
    var index = range.start
    while index < range.end {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte == 0x2E {
        } else if byte >= 0x41 && byte <= 0x5A {
          body(byte | 0x20)
        } else {
          body(byte)
        }
        index += 1
      } else if byte == 0xE2, index + 2 < range.end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
        body(0x27)
        index += 3
      } else if byte == 0xCA, index + 1 < range.end, bytes[index + 1] == 0xBC {
        body(0x27)
        index += 2
      } else {
        body(byte)
        index += 1
      }
    }
  }

  /// The folded bytes of a range, as an array (for building tables, not for hot loops).
  public static func folded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(range.length)
    forEachFoldedByte(bytes, range) { result.append($0) }
    return result
  }

  /// The folded form of a string.
  public static func folded(_ text: String) -> [UInt8] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { folded($0, TextRange(0, $0.count)) }
  }

  public static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
  public static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

  /// FNV-1a hash of a folded byte sequence.
  @inlinable
  public static func hash(_ folded: [UInt8]) -> UInt64 {
    var value = fnvOffset
    for byte in folded { value = (value ^ UInt64(byte)) &* fnvPrime }
    return value
  }

  /// FNV-1a hash of the folded form of a range.
  @inlinable
  public static func foldedHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> UInt64 {
    var value = fnvOffset
    forEachFoldedByte(bytes, range) { value = (value ^ UInt64($0)) &* fnvPrime }
    return value
  }

  /// Whether the folded form of `range` equals `folded` (or starts with it, when `isPrefix`).
  @inlinable
  public static func foldedEquals(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ folded: [UInt8], isPrefix: Bool = false
  ) -> Bool {
    var position = 0
    var matches = true
    forEachFoldedByte(bytes, range) { byte in
      guard matches else { return }
      if position < folded.count {
        if folded[position] != byte { matches = false }
      } else if !isPrefix {
        matches = false
      }
      position += 1
    }
    return matches && position >= folded.count
  }

  /// Whether the folded bytes of `range` equal `folded` (or start with it, for a prefix), stopping at
  /// the first difference.
  @inlinable
  public static func foldedEquals(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ folded: UnsafeBufferPointer<UInt8>, isPrefix: Bool
  ) -> Bool {
    var index = range.start
    var position = 0
    while index < range.end {
      let byte = bytes[index]
      let foldedByte: UInt8
      if byte < 0x80 {
        index += 1
        if byte == 0x2E { continue }
        foldedByte = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      } else if byte == 0xE2, index + 2 < range.end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
        foldedByte = 0x27
        index += 3
      } else if byte == 0xCA, index + 1 < range.end, bytes[index + 1] == 0xBC {
        foldedByte = 0x27
        index += 2
      } else {
        foldedByte = byte
        index += 1
      }
      if position < folded.count {
        if folded[position] != foldedByte { return false }
      } else if !isPrefix {
        return false
      } else {
        return true
      }
      position += 1
    }
    return position >= folded.count
  }
}
