import StanceCore

/// Splits a paragraph's tokens into sentences.
///
/// A boundary follows . ! ? or an ellipsis, with any closing quotes and brackets attached to it,
/// when a space and something that can start a sentence follow: never a lower-case word. A dot
/// after a title (Mr.) is never a boundary; after another abbreviation (U.S., D.C., e.g.) or an
/// initial (V., J.R.R.) only before a word that typically opens a sentence ("The", "He").
struct SentenceSplitter: Sendable {
  /// Abbreviations by the FNV-1a hash of their lower-cased bytes, dots included (values: positions
  /// in `abbreviationKinds`).
  let abbreviationIndex: FlatHashIndex
  static let abbreviationKinds: [Abbreviation.Kind] = [.title, .general, .number]
  /// `sentenceOpeners` as a flat index.
  let openerIndex: FlatHashIndex

  /// Reporting verbs: a quoted question followed by "Zakharova asked" is one sentence.
  let cues: PhraseTable

  init(abbreviations: [Abbreviation], cues: [ReportingCue]) {
    var table: [UInt64: Abbreviation.Kind] = [:]
    for abbreviation in abbreviations {
      table[SentenceSplitter.hash(Array(abbreviation.text.utf8))] = abbreviation.kind
    }
    abbreviationIndex = FlatHashIndex(
      table.mapValues { [Int32(SentenceSplitter.abbreviationKinds.firstIndex(of: $0)!)] })
    openerIndex = FlatHashIndex(Dictionary(uniqueKeysWithValues: SentenceSplitter.sentenceOpeners.map { ($0, [0]) }))
    self.cues = PhraseTable(phrases: cues.filter { $0.role == .verb }.map(\.cue))
  }

  /// Calls `emit` with the token range of each sentence of `tokens[range]`, in order.
  /// - Complexity: O(tokens).
  func split(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>,
    emit: (Range<Int>) -> Void
  ) {
    var start = range.lowerBound
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let token = tokens[index]
      let terminator = terminatorKind(bytes, token)
      guard terminator != .none else {
        index += 1
        continue
      }
      // Attach the run of terminators, closing quotes and brackets written right after it
      // (a closing guillemet or curly quote even after a space, as French typography writes it).
      var next = index + 1
      var isEllipsis = terminator == .ellipsis
      var closesQuote = false
      while next < end {
        let attached = tokens[next].start == tokens[next - 1].end
        if attached, terminatorKind(bytes, tokens[next]) != .none {
          isEllipsis = isEllipsis || isDot(bytes, tokens[next])
        } else if attached ? isCloser(bytes, tokens[next]) : isSpacedCloser(bytes, tokens[next]) {
          closesQuote = closesQuote || tokens[next].kind == .quote
        } else {
          break
        }
        next += 1
      }
      guard next < end else { break }
      // ". . ." is one ellipsis: wait for its last dot.
      if terminator == .dot, token.kind == .punctuation, isDot(bytes, tokens[next]) {
        index = next
        continue
      }
      if terminator == .dot, index > start, isDot(bytes, tokens[index - 1]) { isEllipsis = true }
      // An ellipsis that closes a quotation ends the sentence like a full stop; a bare one may not.
      let effective: Terminator = isEllipsis ? (closesQuote ? .strong : .ellipsis) : terminator
      guard tokens[next].start > tokens[next - 1].end,
        isBoundary(bytes, tokens, terminatorAt: index, terminator: effective, next: next, sentenceStart: start),
        !(closesQuote && terminator == .strong && isAttribution(bytes, tokens, at: next, end: end))
      else {
        index = next
        continue
      }
      emit(start..<next)
      start = next
      index = next
    }
    if start < end { emit(start..<end) }
  }

  enum Terminator { case none, dot, strong, ellipsis, wordWithDot }

  func terminatorKind(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Terminator {
    let first = bytes[Int(token.start)]
    switch token.kind {
    case .punctuation:
      if token.end - token.start == 1 {
        if first == 0x2E { return .dot }
        if first == 0x21 || first == 0x3F { return .strong }
        return .none
      }
      // … (E2 80 A6)
      return first == 0xE2 && bytes[Int(token.start) + 1] == 0x80 && bytes[Int(token.start) + 2] == 0xA6
        ? .ellipsis : .none
    case .word:
      return bytes[Int(token.end) - 1] == 0x2E ? .wordWithDot : .none
    default:
      return .none
    }
  }

  func isDot(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    token.kind == .punctuation && token.end - token.start == 1 && bytes[Int(token.start)] == 0x2E
  }

  /// Closing quotation marks and brackets that stay with the sentence they close.
  func isCloser(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    if token.kind == .quote {
      let characterClass = CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: Int(token.start)).value)
      return characterClass != .openingQuote && characterClass != .openingSingleQuote
    }
    guard token.kind == .punctuation, token.end - token.start == 1 else { return false }
    let byte = bytes[Int(token.start)]
    return byte == 0x29 || byte == 0x5D
  }

  /// A closing guillemet or curly quote separated from the sentence end by a space.
  func isSpacedCloser(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    guard token.kind == .quote else { return false }
    let scalar = UTF8Decoding.scalar(in: bytes, at: Int(token.start)).value
    return scalar == 0x00BB || scalar == 0x203A || scalar == 0x201D
  }

  /// "Zakharova asked …" after a quoted question: a capitalised name and a reporting verb.
  func isAttribution(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at start: Int, end: Int)
    -> Bool
  {
    var index = start
    while index < end, index < start + 4, tokens[index].kind == .word || tokens[index].kind == .possessive,
      CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: Int(tokens[index].start)).value) == .upperLetter
    {
      index += 1
    }
    guard index > start, index < end else { return false }
    return cues.longestMatch(in: bytes, tokens: tokens, at: index, limit: end) != nil
  }

  func isBoundary(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, terminatorAt index: Int,
    terminator: Terminator, next: Int, sentenceStart: Int
  ) -> Bool {
    let following = tokens[next]
    let nextClass = CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: Int(following.start)).value)
    if nextClass == .letter { return false }
    if terminator == .strong { return true }
    let opensSentence = nextClass == .upperLetter && isSentenceOpener(bytes, following)
    // An ellipsis before a capitalised word ends a sentence only if the word opens one ("hours… Then").
    if terminator == .ellipsis { return nextClass != .upperLetter || opensSentence }
    // The word the dot belongs to: the token itself ("U.S.") or the word written right before it ("Mr").
    let word: TextRange
    if terminator == .wordWithDot {
      word = tokens[index].range
    } else if index > sentenceStart, tokens[index - 1].end == tokens[index].start,
      tokens[index - 1].kind == .word
    {
      word = TextRange(Int(tokens[index - 1].start), Int(tokens[index].end))
    } else {
      return true
    }
    switch abbreviation(SentenceSplitter.hash(bytes, word)) {
    case .title?: return false
    case .number?: return nextClass != .digit
    case .general?: return opensSentence || nextClass == .openingQuote
    case nil: break
    }
    if isInitials(bytes, word) { return opensSentence }
    return true
  }

  /// "V." or "J.R.R.": single upper-case letters each followed by a dot.
  func isInitials(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Bool {
    var index = word.start
    while index < word.end {
      let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
      guard CharacterClass.of(scalar) == .upperLetter, index + length < word.end, bytes[index + length] == 0x2E else {
        return false
      }
      index += length + 1
    }
    return word.end > word.start
  }

  /// Words that typically open a sentence, so a dot after an abbreviation before them ends one.
  static let sentenceOpeners: Set<UInt64> = Set(
    [
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at", "but", "and", "this", "that",
      "these", "those", "there", "his", "her", "its", "their", "our", "after", "before", "when", "while", "as",
      "if", "for", "officials", "meanwhile", "however", "earlier", "later", "last", "next", "one", "some",
      "many", "most", "several", "both", "all", "each", "no", "not", "what", "who", "why", "how", "since",
      "until", "despite", "although", "though", "under", "with", "without", "by", "from", "to", "so", "yet",
      "still", "also", "then", "now", "today", "such", "other", "another", "you", "my", "your", "nobody",
      "few", "asked", "during", "instead", "there's", "it's", "that's", "we're", "they're",
    ].map { hash(Array($0.utf8)) })

  func isSentenceOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    guard token.kind == .word else { return false }
    return openerIndex.contains(SentenceSplitter.hash(bytes, token.range))
  }

  /// The kind of the abbreviation with this hash, if any.
  func abbreviation(_ hash: UInt64) -> Abbreviation.Kind? {
    guard let (start, _) = abbreviationIndex.slot(hash) else { return nil }
    return SentenceSplitter.abbreviationKinds[Int(abbreviationIndex.valueAt(start))]
  }

  /// FNV-1a of lower-cased ASCII bytes (other bytes as they are).
  static func hash(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBufferPointer { hash($0, TextRange(0, $0.count)) }
  }

  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> UInt64 {
    var value = TextFolding.fnvOffset
    for index in range.start..<range.end {
      var byte = bytes[index]
      if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
      value = (value ^ UInt64(byte)) &* TextFolding.fnvPrime
    }
    return value
  }
}
