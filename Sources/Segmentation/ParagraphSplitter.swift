import StanceCore

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
    var lineStart = start
    var index = start
    let count = bytes.count
    while index <= count {
      let isEnd = index == count
      let byte: UInt8 = isEnd ? 0x0A : bytes[index]
      if byte == 0x0A || byte == 0x0D {
        lines.append(line(bytes, TextRange(lineStart, index)))
        if !isEnd, byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
        lineStart = index + 1
      }
      index += 1
    }

    var blocks: [Block] = []
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
    }
    flush()
    return blocks
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
    return Line(range: range, isIndented: isIndented, bulletMarker: bulletMarker(bytes, range))
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
      let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: start)
      guard CharacterClass.of(scalar).isSpace else { break }
      start += length
    }
    while end > start {
      let scalarStart = UTF8Decoding.scalarStart(in: bytes, before: end)
      guard CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: scalarStart).value).isSpace else { break }
      end = scalarStart
    }
    return TextRange(start, end)
  }
}
