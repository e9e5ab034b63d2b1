/// A metadata block at the top of a text file:
///
///     ---
///     date: 2021-12-02
///     title: …
///     ---
///
/// The reader takes its fields; the segmenter drops its bytes from the article.
public struct FrontMatter: Sendable, Equatable {
  /// Lower-cased keys and their values.
  public var fields: [String: String]
  /// The byte offset just after the closing `---` line.
  public var end: Int

  /// Parses the block if the text opens with one (after an optional byte-order mark).
  /// - Complexity: O(length of the block); looks at most 64 lines down.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> FrontMatter? {
    var index = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    func readLine() -> (range: Range<Int>, next: Int)? {
      guard index < bytes.count else { return nil }
      var end = index
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      var contentEnd = end
      if contentEnd > index, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      return (index..<contentEnd, min(end + 1, bytes.count))
    }
    func isFence(_ range: Range<Int>) -> Bool {
      var trimmedEnd = range.upperBound
      while trimmedEnd > range.lowerBound, bytes[trimmedEnd - 1] == 0x20 { trimmedEnd -= 1 }
      return trimmedEnd - range.lowerBound == 3 && bytes[range.lowerBound] == 0x2D
        && bytes[range.lowerBound + 1] == 0x2D
        && bytes[range.lowerBound + 2] == 0x2D
    }
    guard let first = readLine(), isFence(first.range) else { return nil }
    index = first.next
    var fields: [String: String] = [:]
    for _ in 0..<64 {
      guard let line = readLine() else { return nil }
      index = line.next
      if isFence(line.range) { return FrontMatter(fields: fields, end: line.next) }
      let text = String(decoding: bytes[line.range], as: UTF8.self)
      guard let colon = text.firstIndex(of: ":") else {
        if text.trimmingSpaces().isEmpty { continue }
        return nil
      }
      let key = text[..<colon].trimmingSpaces().lowercased()
      var value = text[text.index(after: colon)...].trimmingSpaces()
      if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
        value = String(value.dropFirst().dropLast())
      }
      guard !key.isEmpty else { return nil }
      fields[key] = value
    }
    return nil
  }
}
