import StanceCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Splits text into blocks: the title line, paragraphs (separated by blank lines or by an
/// indented first line, as on the newswires) and bullet items.
enum ParagraphSplitter {
  struct Block {
    var range: TextRange
    var kind: ParagraphKind
  }

  struct Line {
    var range: TextRange  // trimmed
    var isIndented: Bool
    var bulletMarker: BulletMarker
  }

  enum BulletMarker: Equatable {
    case none
    /// A symbol that is always a bullet (•), with the content start.
    case symbol(contentStart: Int)
    /// "-", "*" or "1." / "1)": a bullet only beside another line with the same shape.
    case ambiguous(shape: UInt8, contentStart: Int)
  }

  static func blocks(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, hasTitleLine: Bool) -> [Block] {
    var lines: [Line?] = []  // nil marks a blank line
    let count = bytes.count
    // Hard-wrapped newswire lines run to about 60-80 bytes: reserve for that, the array grows past it.
    lines.reserveCapacity((count - min(start, count)) / 48 + 4)
    // Lines end at LF (with a CR before it dropped), or at a lone CR in old Mac files.
    let hasLineFeeds = start < count && memchr(bytes.baseAddress! + start, 0x0A, count - start) != nil
    let separator: Int32 = hasLineFeeds || start >= count ? 0x0A : 0x0D
    var lineStart = start
    while lineStart <= count {
      var lineEnd = count
      if lineStart < count, let found = memchr(bytes.baseAddress! + lineStart, separator, count - lineStart) {
        lineEnd = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
      }
      var contentEnd = lineEnd
      if separator == 0x0A, contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      lines.append(line(bytes, TextRange(lineStart, contentEnd)))
      lineStart = lineEnd + 1
    }

    var blocks: [Block] = []
    blocks.reserveCapacity(lines.count / 4 + 4)
    var current: TextRange? = nil
    func flush() {
      if let range = current { blocks.append(Block(range: range, kind: .body)) }
      current = nil
    }
    var needsTitle = hasTitleLine
    for (position, entry) in lines.enumerated() {
      guard let line = entry else {
        flush()
        continue
      }
      if needsTitle {
        blocks.append(Block(range: line.range, kind: .title))
        needsTitle = false
        continue
      }
      if let contentStart = bulletContentStart(line, position: position, lines: lines) {
        flush()
        let range = TextRange(contentStart, line.range.end)
        if !range.isEmpty { blocks.append(Block(range: range, kind: .bullet)) }
        continue
      }
      if line.isIndented, current != nil { flush() }
      if let range = current {
        current = TextRange(range.start, line.range.end)
      } else {
        current = line.range
      }
      // A short line without final punctuation before more text is a headline, byline or dateline.
      if position + 1 < lines.count, let next = lines[position + 1], isStandaloneLine(bytes, line, before: next) {
        flush()
      }
    }
    flush()
    return blocks
  }

  /// Lines at most this long, without final punctuation, stand alone ("By Anna Kowalska", "MOSCOW").
  static let standaloneLineLength = 40

  /// Whether `line` is a headline, byline or dateline on its own line: short, capitalised, without
  /// final punctuation, and followed by a line that starts like a sentence. Hard-wrapped newswire
  /// lines are longer, so they are joined.
  static func isStandaloneLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line, before next: Line) -> Bool {
    guard line.range.length <= standaloneLineLength else { return false }
    let first = UTF8Decoding.characterClass(in: bytes, at: line.range.start).characterClass
    guard first == .upperLetter else { return false }
    let lastStart = UTF8Decoding.scalarStart(in: bytes, before: line.range.end)
    let last = UTF8Decoding.characterClass(in: bytes, at: lastStart).characterClass
    guard last.isWordCharacter else { return false }
    let nextFirst = UTF8Decoding.characterClass(in: bytes, at: next.range.start).characterClass
    return nextFirst == .upperLetter || nextFirst == .openingQuote || nextFirst == .straightDoubleQuote
  }

  static func bulletContentStart(_ line: Line, position: Int, lines: [Line?]) -> Int? {
    switch line.bulletMarker {
    case .none: return nil
    case .symbol(let contentStart): return contentStart
    case .ambiguous(let shape, let contentStart):
      for neighbour in [position - 1, position + 1] where neighbour >= 0 && neighbour < lines.count {
        if let other = lines[neighbour], case .ambiguous(let otherShape, _) = other.bulletMarker, otherShape == shape {
          return contentStart
        }
      }
      return nil
    }
  }

  static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ raw: TextRange) -> Line? {
    let range = trimmed(bytes, raw)
    guard !range.isEmpty else { return nil }
    let indentation = range.start - raw.start
    let isIndented = indentation >= 2 || (indentation >= 1 && bytes[raw.start] == 0x09)
    // Most lines start with an ASCII byte that no marker starts with ("-", "*" or a digit): no call then.
    let first = bytes[range.start]
    let mayBeBullet = first >= 0x80 || first == 0x2D || first == 0x2A || first &- 0x30 < 10
    return Line(range: range, isIndented: isIndented, bulletMarker: mayBeBullet ? bulletMarker(bytes, range) : .none)
  }

  static func bulletMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> BulletMarker {
    let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: range.start)
    let afterMarker = range.start + length
    func contentStart(after position: Int) -> Int? {
      guard position < range.end else { return nil }
      let next = CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: position).value)
      guard next.isSpace else { return nil }
      let start = trimmed(bytes, TextRange(position, range.end)).start
      return start < range.end ? start : nil
    }
    if CharacterClass.of(scalar) == .bullet, let start = contentStart(after: afterMarker) {
      return .symbol(contentStart: start)
    }
    if scalar == 0x2D || scalar == 0x2A, let start = contentStart(after: afterMarker) {
      return .ambiguous(shape: UInt8(scalar), contentStart: start)
    }
    // Numbered items: 1. / 1) / 12.
    var position = range.start
    while position < range.end, position - range.start < 3, bytes[position] >= 0x30, bytes[position] <= 0x39 {
      position += 1
    }
    if position > range.start, position < range.end, bytes[position] == 0x2E || bytes[position] == 0x29,
      let start = contentStart(after: position + 1)
    {
      return .ambiguous(shape: UInt8(ascii: "1"), contentStart: start)
    }
    return .none
  }

  /// The range without leading and trailing spaces of any kind.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> TextRange {
    var start = range.start
    var end = range.end
    while start < end {
      let byte = bytes[start]
      if byte < 0x80 {
        guard CharacterClass.isASCIISpace(byte) else { break }
        start += 1
        continue
      }
      let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: start)
      guard CharacterClass.of(scalar).isSpace else { break }
      start += length
    }
    while end > start {
      let byte = bytes[end - 1]
      if byte < 0x80 {
        guard CharacterClass.isASCIISpace(byte) else { break }
        end -= 1
        continue
      }
      let scalarStart = UTF8Decoding.scalarStart(in: bytes, before: end)
      guard CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: scalarStart).value).isSpace else { break }
      end = scalarStart
    }
    return TextRange(start, end)
  }
}
