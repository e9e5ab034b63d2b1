import StanceCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  /// How many folded bytes decide every line, prefix and heading pattern.
  let prefixLength: Int
  /// Pattern indices, in file order, worth trying on a paragraph whose folded text starts with a byte.
  let candidatesByFirstByte: [[Int]]
  /// Hashes of the folded first words of the line, prefix and heading patterns (the values are
  /// unused: the index is a set without per-lookup hashing).
  let firstWords: FlatHashIndex
  /// Patterns that can match anywhere in a paragraph (contains, caption).
  let candidatesAnywhere: [Int]
  let hasContainsPatterns: Bool
  let hasCaptionPatterns: Bool
  /// Captions are one sentence of at most this many bytes.
  static let captionLength = 320
  /// `contains` patterns are looked for in paragraphs of at most this many bytes: boilerplate is short.
  static let comparedLength = 160
  /// A heading has at most this many words.
  static let headingWords = 8

  init(patterns: [BoilerplatePattern]) {
    self.patterns = patterns.map { pattern in
      let bytes = Array(pattern.pattern.utf8)
      var folded = [UInt8](repeating: 0, count: bytes.count * 2 + 4)
      let count = bytes.withUnsafeBufferPointer { source in
        folded.withUnsafeMutableBufferPointer {
          BoilerplateFilter.fold(source, TextRange(0, source.count), into: $0).count
        }
      }
      return Compiled(folded: Array(folded[0..<count]), pattern: pattern)
    }
    prefixLength = max(64, (self.patterns.map(\.folded.count).max() ?? 0) + 4)
    var byFirstByte = [[Int]](repeating: [], count: 256)
    var anywhere: [Int] = []
    for (index, compiled) in self.patterns.enumerated() {
      switch compiled.pattern.match {
      case .line, .prefix, .heading:
        if let first = compiled.folded.first { byFirstByte[Int(first)].append(index) }
      case .contains, .caption:
        anywhere.append(index)
      }
    }
    candidatesByFirstByte = byFirstByte.map { ($0 + anywhere).sorted() }
    var firstWordHashes: [UInt64: [Int32]] = [:]
    for compiled in self.patterns where [.line, .prefix, .heading].contains(compiled.pattern.match) {
      firstWordHashes[TextFolding.hash(Array(compiled.folded.prefix(while: { $0 != 0x20 })))] = [0]
    }
    firstWords = FlatHashIndex(firstWordHashes)
    candidatesAnywhere = anywhere
    hasContainsPatterns = patterns.contains { $0.match == .contains }
    hasCaptionPatterns = patterns.contains { $0.match == .caption }
  }

  /// The first pattern that matches the paragraph, if any. `buffer` is scratch space reused
  /// between calls.
  /// - Complexity: O(min(paragraph, 240 bytes) + patterns × pattern length).
  func match(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, buffer: inout [UInt8]) -> Verdict? {
    guard !patterns.isEmpty else { return nil }
    let checksContains = hasContainsPatterns && range.length <= BoilerplateFilter.comparedLength
    let checksCaption = hasCaptionPatterns && BoilerplateFilter.isCaptionShaped(bytes, range)
    // Most paragraphs start with a word no line, prefix or heading pattern starts with: stop there.
    if !checksContains, !checksCaption, let first = BoilerplateFilter.firstWordHash(bytes, range),
      !firstWords.contains(first)
    {
      return nil
    }
    let limit = checksContains || checksCaption ? BoilerplateFilter.captionLength : prefixLength
    if buffer.count < limit + 4 {
      buffer = [UInt8](repeating: 0, count: max(limit, BoilerplateFilter.comparedLength) + 4)
    }
    return buffer.withUnsafeMutableBufferPointer { scratch -> Verdict? in
      let (count, isComplete) = BoilerplateFilter.fold(
        bytes, range, into: UnsafeMutableBufferPointer(rebasing: scratch[0..<limit]))
      let folded = UnsafeBufferPointer(rebasing: scratch[0..<count])
      var end = count
      while end > 0, BoilerplateFilter.isTrailingPunctuation(folded[end - 1]) { end -= 1 }
      let lastByte = bytes[range.end - 1]
      let endsLikeSentence = lastByte == 0x2E || lastByte == 0x21 || lastByte == 0x3F
      let candidates = count > 0 ? candidatesByFirstByte[Int(folded[0])] : candidatesAnywhere
      for candidate in candidates {
        let compiled = patterns[candidate]
        let pattern = compiled.folded
        let matches: Bool
        switch compiled.pattern.match {
        case .line:
          matches = isComplete && end == pattern.count && BoilerplateFilter.equals(folded, at: 0, pattern)
        case .prefix:
          matches = BoilerplateFilter.hasPrefix(folded, pattern)
        case .heading:
          matches =
            isComplete && !endsLikeSentence && BoilerplateFilter.hasPrefix(folded, pattern)
            && folded.reduce(1, { $0 + ($1 == 0x20 ? 1 : 0) }) <= BoilerplateFilter.headingWords
        case .contains:
          matches = checksContains && BoilerplateFilter.contains(folded, pattern)
        case .caption:
          matches = checksCaption && BoilerplateFilter.containsWord(folded, pattern)
        }
        if matches { return Verdict(scope: compiled.pattern.scope, reason: compiled.pattern.reason) }
      }
      return nil
    }
  }

  /// Folds a range for comparison into `output`, as far as it holds: `TextFolding` plus every run
  /// of spaces collapsed to one. Returns the folded length and whether the whole range was folded.
  static func fold(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, into output: UnsafeMutableBufferPointer<UInt8>
  ) -> (count: Int, isComplete: Bool) {
    var count = 0
    let limit = output.count
    var pendingSpace = false
    var index = range.start
    while index < range.end, count < limit {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
          pendingSpace = count > 0
        } else if byte != 0x2E {
          if pendingSpace {
            output[count] = 0x20
            count += 1
            pendingSpace = false
            if count == limit { break }
          }
          output[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          count += 1
        }
        index += 1
        continue
      }
      let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
      if CharacterClass.of(scalar).isSpace {
        pendingSpace = count > 0
      } else {
        if pendingSpace, count < limit {
          output[count] = 0x20
          count += 1
        }
        pendingSpace = false
        TextFolding.forEachFoldedByte(bytes, TextRange(index, index + length)) { folded in
          if count < limit {
            output[count] = folded
            count += 1
          }
        }
      }
      index += length
    }
    return (count, index >= range.end)
  }

  /// A caption's shape: one sentence without quotation marks, short, ending with a year and a dot.
  static func isCaptionShaped(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
    guard range.length <= captionLength, range.length >= 20 else { return false }
    let end = range.end
    guard bytes[end - 1] == 0x2E else { return false }
    for offset in 2...5 where !(bytes[end - offset] >= 0x30 && bytes[end - offset] <= 0x39) { return false }
    var index = range.start
    while index < end - 1 {
      let byte = bytes[index]
      // Quotation marks: " “ ” « »
      if byte == 0x22
        || (byte == 0xE2 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D))
        || (byte == 0xC2 && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB))
      {
        return false
      }
      if (byte == 0x2E || byte == 0x3F || byte == 0x21) && bytes[index + 1] == 0x20, index + 2 < end,
        CharacterClass.ascii(bytes[index + 2]) == .upperLetter
      {
        return false  // a second sentence
      }
      index += 1
    }
    return true
  }

  /// Whether `pattern` occurs in `buffer` as whole words.
  static func containsWord(_ buffer: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
    guard !pattern.isEmpty, buffer.count >= pattern.count, let base = buffer.baseAddress else { return false }
    let first = Int32(pattern[0])
    let last = buffer.count - pattern.count
    var index = 0
    // Jump from one occurrence of the pattern's first byte to the next.
    while index <= last, let found = memchr(base + index, first, last - index + 1) {
      index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if (index == 0 || buffer[index - 1] == 0x20) && equals(buffer, at: index, pattern)
        && (index + pattern.count == buffer.count || buffer[index + pattern.count] == 0x20
          || buffer[index + pattern.count] == 0x2C)
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// The hash of the folded first word of a range (up to the first space; see `TextFolding`), when
  /// that word is plain ASCII; nil otherwise (the caller then folds the paragraph).
  static func firstWordHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> UInt64? {
    var index = range.start
    while index < range.end {
      let byte = bytes[index]
      if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { break }
      guard byte < 0x80 else { return nil }
      index += 1
    }
    return TextFolding.foldedHash(bytes, TextRange(range.start, index))
  }

  static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x3A || byte == 0x21 || byte == 0x3F || byte == 0x2C || byte == 0x3B
  }

  /// Whether `buffer` starts with `pattern` at a word boundary.
  static func hasPrefix(_ buffer: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
    guard buffer.count >= pattern.count, equals(buffer, at: 0, pattern) else { return false }
    guard buffer.count > pattern.count, let last = pattern.last else { return true }
    let isWordByte: (UInt8) -> Bool = { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }
    return !(isWordByte(last) && isWordByte(buffer[pattern.count]))
  }

  static func contains(_ buffer: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
    guard !pattern.isEmpty, buffer.count >= pattern.count else { return false }
    let first = pattern[0]
    var index = 0
    while index + pattern.count <= buffer.count {
      if buffer[index] == first && equals(buffer, at: index, pattern) { return true }
      index += 1
    }
    return false
  }

  /// Whether `buffer` holds `pattern` at `offset` (the caller checks the length).
  @inline(__always)
  static func equals(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, _ pattern: [UInt8]) -> Bool {
    pattern.withUnsafeBufferPointer { pattern in
      for index in 0..<pattern.count where buffer[offset + index] != pattern[index] { return false }
      return true
    }
  }
}
