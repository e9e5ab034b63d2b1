import StanceCore

/// Recognises site furniture ("Source link", "Leave a Reply", newsletter prompts, bios)
/// from the boilerplate lexicon. Nothing is matched by strings in code.
struct BoilerplateFilter: Sendable {
  struct Compiled: Sendable {
    var folded: [UInt8]
    var pattern: BoilerplatePattern
  }

  struct Verdict {
    var scope: BoilerplatePattern.Scope
    var reason: String
  }

  let patterns: [Compiled]
  /// Paragraphs are compared on at most this many folded bytes: boilerplate is short.
  static let comparedLength = 400
  /// A heading has at most this many words.
  static let headingWords = 8

  init(patterns: [BoilerplatePattern]) {
    self.patterns = patterns.map { pattern in
      var buffer: [UInt8] = []
      let bytes = Array(pattern.pattern.utf8)
      bytes.withUnsafeBufferPointer { BoilerplateFilter.fold($0, TextRange(0, $0.count), into: &buffer) }
      return Compiled(folded: buffer, pattern: pattern)
    }
  }

  /// The first pattern that matches the paragraph, if any.
  func match(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, buffer: inout [UInt8]) -> Verdict? {
    guard !patterns.isEmpty else { return nil }
    BoilerplateFilter.fold(bytes, range, into: &buffer)
    let isTruncated = buffer.count >= BoilerplateFilter.comparedLength
    var end = buffer.count
    while end > 0, BoilerplateFilter.isTrailingPunctuation(buffer[end - 1]) { end -= 1 }
    let words = buffer.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
    let lastByte = bytes[range.end - 1]
    let endsLikeSentence = lastByte == 0x2E || lastByte == 0x21 || lastByte == 0x3F
    for compiled in patterns {
      let pattern = compiled.folded
      let matches: Bool
      switch compiled.pattern.match {
      case .line:
        matches = !isTruncated && end == pattern.count && buffer[0..<end].elementsEqual(pattern)
      case .prefix:
        matches = BoilerplateFilter.hasPrefix(buffer, pattern)
      case .heading:
        matches =
          !isTruncated && words <= BoilerplateFilter.headingWords && !endsLikeSentence
          && BoilerplateFilter.hasPrefix(buffer, pattern)
      case .contains:
        matches = BoilerplateFilter.contains(buffer, pattern)
      }
      if matches { return Verdict(scope: compiled.pattern.scope, reason: compiled.pattern.reason) }
    }
    return nil
  }

  /// Folds a range for comparison: `TextFolding` plus every run of spaces collapsed to one.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, into buffer: inout [UInt8]) {
    buffer.removeAll(keepingCapacity: true)
    var pendingSpace = false
    var index = range.start
    while index < range.end, buffer.count < comparedLength {
      let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
      if CharacterClass.of(scalar).isSpace {
        pendingSpace = !buffer.isEmpty
      } else {
        if pendingSpace { buffer.append(0x20) }
        pendingSpace = false
        TextFolding.forEachFoldedByte(bytes, TextRange(index, index + length)) { buffer.append($0) }
      }
      index += length
    }
  }

  static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x3A || byte == 0x21 || byte == 0x3F || byte == 0x2C || byte == 0x3B
  }

  /// Whether `buffer` starts with `pattern` at a word boundary.
  static func hasPrefix(_ buffer: [UInt8], _ pattern: [UInt8]) -> Bool {
    guard buffer.count >= pattern.count, buffer[0..<pattern.count].elementsEqual(pattern) else { return false }
    guard buffer.count > pattern.count, let last = pattern.last else { return true }
    let isWordByte: (UInt8) -> Bool = { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }
    return !(isWordByte(last) && isWordByte(buffer[pattern.count]))
  }

  static func contains(_ buffer: [UInt8], _ pattern: [UInt8]) -> Bool {
    guard !pattern.isEmpty, buffer.count >= pattern.count else { return false }
    let first = pattern[0]
    var index = 0
    while index + pattern.count <= buffer.count {
      if buffer[index] == first && buffer[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
      index += 1
    }
    return false
  }
}
