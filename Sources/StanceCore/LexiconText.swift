/// Lexicon text read on its UTF-8 bytes: lines, tabs and spaces are ASCII bytes, so a scan of bytes
/// finds them without building a `Character` or a `String` per line.
///
/// Byte rules agree with the `Character` rules of the text wherever a byte's neighbours are ASCII (a
/// tab or a line feed is a character of its own whatever its neighbours); where a non-ASCII neighbour
/// may join a `#`, `!` or space into one character, callers decide by characters (see `LexiconFile`).
enum LexiconText {
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let tab: UInt8 = 0x09
  static let space: UInt8 = 0x20

  /// Calls `body` with the contiguous UTF-8 bytes of `text`.
  static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = text
    copy.makeContiguousUTF8()
    return copy.utf8.withContiguousStorageIfAvailable(body)!
  }

  /// `body` applied to the bytes of `text` when they are all ASCII; nil otherwise, for the caller to
  /// read the text by characters instead.
  static func withASCIIBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
    withBytes(of: text) { bytes in isASCII(bytes, 0..<bytes.count) ? body(bytes) : nil }
  }

  /// Calls `body` with the byte range and 1-based number of each line of `bytes` (the UTF-8 of `text`).
  ///
  /// A leading byte-order mark is dropped; lines end at "\n" or "\r\n", and one more "\r" before the
  /// line end is dropped, as `LexiconFile.lines(of:file:)` has always read them.
  /// - Complexity: O(n) in the number of bytes.
  static func forEachLine(
    in bytes: UnsafeBufferPointer<UInt8>, of text: String, _ body: (Range<Int>, Int) -> Void
  ) {
    let count = bytes.count
    var start = 0
    if hasByteOrderMark(bytes), count == 3 || bytes[3] < 0x80 || text.hasPrefix("\u{FEFF}") { start = 3 }
    var number = 1
    while true {
      var end = start
      while end < count, bytes[end] != lineFeed { end += 1 }
      let hasLineFeed = end < count
      var lineEnd = end
      // "\r\n" ends the line; a "\r" left before it, or before the end of the text, is dropped too.
      if lineEnd > start, bytes[lineEnd - 1] == carriageReturn {
        lineEnd -= 1
        if hasLineFeed, lineEnd > start, bytes[lineEnd - 1] == carriageReturn { lineEnd -= 1 }
      }
      body(start..<lineEnd, number)
      guard hasLineFeed else { return }
      start = end + 1
      number += 1
    }
  }

  /// Whether `bytes` start with the UTF-8 byte-order mark.
  static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
  }

  /// The text of a byte range of `text`, whose ends lie next to ASCII bytes or at the ends of the text.
  static func substring(of text: String, _ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return Substring(utf8[start..<end])
  }

  /// A string of the bytes in `range`.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// Whether every byte in `range` is ASCII.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var union: UInt8 = 0
    for index in range { union |= bytes[index] }
    return union < 0x80
  }

  /// Whether `byte` is one of the characters `trimmingSpaces()` drops: space, tab, carriage return.
  @inline(__always)
  static func isTrimmed(_ byte: UInt8) -> Bool {
    byte == space || byte == tab || byte == carriageReturn
  }

  /// The range without leading and trailing spaces, tabs and carriage returns (ASCII text only).
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, isTrimmed(bytes[start]) { start += 1 }
    while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
    return start..<end
  }

  /// Whether the bytes in `range` are exactly those of the ASCII `literal`.
  static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literal: StaticString) -> Bool {
    guard range.count == literal.utf8CodeUnitCount else { return false }
    let expected = literal.utf8Start
    for offset in 0..<range.count where bytes[range.lowerBound + offset] != expected[offset] { return false }
    return true
  }
}
