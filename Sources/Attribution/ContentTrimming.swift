import StanceCore

/// Trims the edges of a statement's content: spaces of every kind at both ends, and trailing
/// commas (the "…,” he said" comma), and trailing dashes when asked ("– … – said Lavrov").
enum ContentTrimming {
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, dropsTrailingDashes: Bool) -> TextRange {
    var start = range.start
    var end = range.end
    while start < end {
      let (characterClass, length) = UTF8Decoding.characterClass(in: bytes, at: start)
      guard characterClass.isSpace else { break }
      start += length
    }
    while end > start {
      let previous = UTF8Decoding.scalarStart(in: bytes, before: end)
      let characterClass = UTF8Decoding.characterClass(in: bytes, at: previous).characterClass
      let isDash = characterClass == .dash || bytes[previous] == 0x2D
      guard characterClass.isSpace || bytes[previous] == 0x2C || (dropsTrailingDashes && isDash) else { break }
      end = previous
    }
    return TextRange(start, end)
  }
}
