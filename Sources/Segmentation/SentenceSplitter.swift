import StanceCore

/// Splits a paragraph into sentences.
///
/// A boundary follows . ! ? or an ellipsis (and any closing quotes or brackets), then a space,
/// then something that can start a sentence: never a lower-case letter. A dot after a title
/// (Mr.), an initial (V.) or a known abbreviation is not a boundary.
struct SentenceSplitter: Sendable {
  let titles: Set<[UInt8]>
  let general: Set<[UInt8]>
  let beforeNumbers: Set<[UInt8]>

  init(abbreviations: [Abbreviation]) {
    var titles: Set<[UInt8]> = []
    var general: Set<[UInt8]> = []
    var beforeNumbers: Set<[UInt8]> = []
    for abbreviation in abbreviations {
      let folded = TextFolding.folded(abbreviation.text)
      switch abbreviation.kind {
      case .title: titles.insert(folded)
      case .general: general.insert(folded)
      case .number: beforeNumbers.insert(folded)
      }
    }
    self.titles = titles
    self.general = general
    self.beforeNumbers = beforeNumbers
  }

  /// Calls `emit` with the trimmed range of each sentence of `range`, in order.
  /// - Complexity: O(n) in the length of the range.
  func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, emit: (TextRange) -> Void) {
    var sentenceStart = range.start
    var index = range.start
    while index < range.end {
      let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
      let characterClass = CharacterClass.of(scalar)
      guard characterClass == .sentenceEnd || characterClass == .ellipsis else {
        index += length
        continue
      }
      // The run of terminators, then closing quotes and brackets.
      var end = index + length
      while end < range.end {
        let (next, nextLength) = UTF8Decoding.scalar(in: bytes, at: end)
        let nextClass = CharacterClass.of(next)
        if nextClass == .sentenceEnd || nextClass == .ellipsis || nextClass == .closingQuote
          || nextClass == .straightDoubleQuote || nextClass == .apostrophe || next == 0x29 || next == 0x5D
        {
          end += nextLength
        } else {
          break
        }
      }
      // ". . ." is one ellipsis: skip spaced dots, whatever the space.
      if scalar == 0x2E {
        let next = skipSpaces(bytes, from: end, limit: range.end)
        if next > end, next < range.end, bytes[next] == 0x2E {
          index = next
          continue
        }
      }
      guard end < range.end else { break }
      let afterSpace = skipSpaces(bytes, from: end, limit: range.end)
      guard afterSpace > end, afterSpace < range.end else {
        index = end
        continue
      }
      let nextClass = CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: afterSpace).value)
      if isBoundary(bytes, terminator: index, scalar: scalar, sentenceStart: sentenceStart, next: nextClass) {
        let sentence = ParagraphSplitter.trimmed(bytes, TextRange(sentenceStart, end))
        if !sentence.isEmpty { emit(sentence) }
        sentenceStart = afterSpace
      }
      index = afterSpace
    }
    let last = ParagraphSplitter.trimmed(bytes, TextRange(sentenceStart, range.end))
    if !last.isEmpty { emit(last) }
  }

  func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
    var index = start
    while index < limit {
      let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
      guard CharacterClass.of(scalar).isSpace else { break }
      index += length
    }
    return index
  }

  func isBoundary(
    _ bytes: UnsafeBufferPointer<UInt8>, terminator: Int, scalar: UInt32, sentenceStart: Int, next: CharacterClass
  ) -> Bool {
    if next == .letter { return false }
    guard scalar == 0x2E else { return true }
    // The word before the dot, back to the previous space.
    var wordStart = terminator
    while wordStart > sentenceStart {
      let previous = UTF8Decoding.scalarStart(in: bytes, before: wordStart)
      let previousClass = CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: previous).value)
      if previousClass.isSpace || previousClass == .openingQuote || previous < sentenceStart || bytes[previous] == 0x28
      {
        break
      }
      wordStart = previous
    }
    let word = TextRange(wordStart, terminator + 1)
    guard !word.isEmpty else { return true }
    let folded = TextFolding.folded(bytes, word)
    if titles.contains(folded) { return false }
    if beforeNumbers.contains(folded) { return next != .digit }
    if general.contains(folded) { return false }
    // An initial (V.) or a run of initials (J.R.R.): part of a name.
    if isInitials(bytes, word) { return false }
    return true
  }

  /// "V." or "J.R.R.": single upper-case letters each followed by a dot.
  func isInitials(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Bool {
    var index = word.start
    var sawLetter = false
    while index < word.end {
      let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
      guard CharacterClass.of(scalar) == .upperLetter, index + length < word.end, bytes[index + length] == 0x2E else {
        return false
      }
      sawLetter = true
      index += length + 1
    }
    return sawLetter
  }
}
