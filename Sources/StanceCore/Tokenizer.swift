/// Splits UTF-8 text into word, number, punctuation, quote and dash tokens in one pass.
///
/// Words keep internal apostrophes, hyphens and dots ("don't", "large-scale", "U.S.");
/// a final possessive ’s is its own token. Runs of spaces and line breaks become space tokens
/// only on request; control characters are never tokens.
public enum Tokenizer {
  /// Tokens (and their keys) are gathered in small stack buffers (each under the 1 KiB that is always
  /// stack-allocated) and appended to the caller's arrays in batches, so the scan stores plain values
  /// instead of calling `Array.append` per token.
  static let batchSize = 60

  /// Appends the tokens of `range` to `tokens`; with `includingSpaces`, each run of spaces and line
  /// breaks as a `.space` token too.
  /// - Complexity: O(n) in the length of the range.
  public static func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, range: TextRange, into tokens: inout [Token], includingSpaces: Bool = false
  ) {
    var noKeys: [WordKey] = []
    tokenize(bytes, range: range, into: &tokens, keys: &noKeys, computingKeys: false, includingSpaces: includingSpaces)
  }

  /// Appends the tokens of `range` to `tokens` and the lookup key of each (`TextFolding.wordKey`) to
  /// `keys`: the words the scan has just read are hashed there, without a second pass over the text.
  public static func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, range: TextRange, into tokens: inout [Token], keys: inout [WordKey]
  ) {
    tokenize(bytes, range: range, into: &tokens, keys: &keys, computingKeys: true, includingSpaces: false)
  }

  private static func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, range: TextRange, into tokens: inout [Token], keys: inout [WordKey],
    computingKeys: Bool, includingSpaces: Bool
  ) {
    let end = min(range.end, bytes.count)
    guard range.start < end, bytes.baseAddress != nil else { return }
    withUnsafeTemporaryAllocation(of: Token.self, capacity: batchSize) { batch in
      withUnsafeTemporaryAllocation(of: WordKey.self, capacity: computingKeys ? batchSize : 0) { keyBatch in
        scan(
          bytes, from: range.start, to: end, into: &tokens, batch: batch.baseAddress!, keys: &keys,
          keyBatch: computingKeys ? keyBatch.baseAddress : nil, includingSpaces: includingSpaces)
      }
    }
  }

  /// The scan itself, outside the closures above so that the word scanner is inlined into it. With a
  /// `keyBatch`, the key of every token is gathered there and appended to `keys` with the tokens.
  static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into tokens: inout [Token],
    batch output: UnsafeMutablePointer<Token>, keys: inout [WordKey], keyBatch: UnsafeMutablePointer<WordKey>?,
    includingSpaces: Bool
  ) {
    let base = bytes.baseAddress!
    var count = 0
    var index = start
    /// Emits a token, and its key when keys are gathered.
    func emit(_ token: Token) {
      (output + count).initialize(to: token)
      if let keyBatch { (keyBatch + count).initialize(to: TextFolding.wordKey(bytes, token.range)) }
      count += 1
    }
    /// Moves the batch to the caller's arrays.
    func flush() {
      tokens.append(contentsOf: UnsafeBufferPointer(start: output, count: count))
      if let keyBatch { keys.append(contentsOf: UnsafeBufferPointer(start: keyBatch, count: count)) }
      count = 0
    }
    while index < end {
      // A word may add two tokens (the word and its possessive): flush while there is room for both.
      if count > batchSize - 2 { flush() }
      let byte = base[index]
      var kind: TokenKind
      var length = 1
      var isWord = false
      if byte < 0x80 {
        if isASCIIWordByte(byte) {
          (kind, isWord) = (byte < 0x40 ? .number : .word, true)
        } else {
          switch byte {
          case 0x00...0x20, 0x7F:  // spaces, line breaks, control characters
            guard includingSpaces, CharacterClass.isASCIISpace(byte) else {
              index += 1
              continue
            }
            (kind, length) = (.space, spaceRunEnd(bytes, from: index, end: end) - index)
          case 0x22, 0x27: kind = .quote  // " '
          case 0x2D: kind = .dash  // -
          default: kind = .punctuation
          }
        }
      } else {
        let characterClass: CharacterClass
        (characterClass, length) = UTF8Decoding.characterClass(in: bytes, at: index)
        switch characterClass {
        case .space, .newline:
          guard includingSpaces else {
            index += length
            continue
          }
          (kind, length) = (.space, spaceRunEnd(bytes, from: index, end: end) - index)
        case .other:
          index += length
          continue
        case .letter, .upperLetter, .digit:
          (kind, isWord) = (characterClass == .digit ? .number : .word, true)
        case .openingQuote, .closingQuote, .straightDoubleQuote, .apostrophe, .openingSingleQuote:
          kind = .quote
        case .dash, .hyphen:
          kind = .dash
        default:
          kind = .punctuation
        }
      }
      if isWord {
        // Most words are a run of ASCII letters and digits ended by a byte that cannot join two parts
        // of a word (a space, a comma after a letter ...): only the others take the full scanner.
        var wordEnd = asciiWordRunEnd(base, from: index, end: end)
        if wordEnd < end, mayContinueWord(base[wordEnd]) || wordEnd == index,
          !endsBeforeJoiner(base, wordStart: index, joiner: wordEnd, end: end)
        {
          wordEnd = scanWord(bytes, from: index, end: end)
        } else if let keyBatch, let key = TextFolding.alphanumericWordKey(bytes, start: index, length: wordEnd - index)
        {
          // Only ASCII letters and digits, so no possessive: the token and its key go out at once.
          (output + count).initialize(to: Token(start: index, end: wordEnd, kind: kind))
          (keyBatch + count).initialize(to: key)
          count += 1
          index = wordEnd
          if !includingSpaces, index < end, base[index] == 0x20 { index += 1 }
          continue
        }
        if let clitic = possessiveStart(bytes, wordStart: index, wordEnd: wordEnd) {
          emit(Token(start: index, end: clitic, kind: .word))
          (index, kind) = (clitic, .possessive)
        }
        length = wordEnd - index
      }
      emit(Token(start: index, end: index + length, kind: kind))
      index += length
      // The space after a word is skipped here rather than by another turn of the loop.
      if !includingSpaces, isWord, index < end, base[index] == 0x20 { index += 1 }
    }
    if count > 0 { flush() }
  }

  /// Tokenizes a whole string (used for lexicon phrases and tests).
  public static func tokenize(_ text: String, includingSpaces: Bool = false) -> (bytes: [UInt8], tokens: [Token]) {
    let bytes = Array(text.utf8)
    var tokens: [Token] = []
    bytes.withUnsafeBufferPointer {
      tokenize($0, range: TextRange(0, $0.count), into: &tokens, includingSpaces: includingSpaces)
    }
    return (bytes, tokens)
  }

  /// The end of the run of spaces and line breaks (ASCII or not) that starts at `start`.
  static func spaceRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte < 0x80 {
        guard CharacterClass.isASCIISpace(byte) else { break }
        index += 1
      } else {
        let (characterClass, length) = UTF8Decoding.characterClass(in: bytes, at: index)
        guard characterClass.isSpace else { break }
        index += length
      }
    }
    return index
  }

  /// Whether an ASCII byte is a letter or a digit (no byte >= 0x80 passes).
  @inlinable @inline(__always)
  static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
  }

  /// Whether a byte after a run of ASCII letters and digits may continue the word: ' - . & , or a byte
  /// of a non-ASCII character.
  @inline(__always)
  static func mayContinueWord(_ byte: UInt8) -> Bool {
    // Bits 0x26 & 0x27 ' 0x2C , 0x2D - 0x2E .
    let joiners: UInt64 = (1 << 0x26) | (1 << 0x27) | (1 << 0x2C) | (1 << 0x2D) | (1 << 0x2E)
    return byte >= 0x80 || (byte < 0x40 && joiners >> UInt64(byte) & 1 != 0)
  }

  /// Whether a word of ASCII letters and digits from `wordStart` ends at the ASCII joiner at `joiner`
  /// (' - . & ,) because an ASCII byte that is not a letter or digit follows it ("Moscow, ", "said.\n"),
  /// as `scanWord` would decide, without its full scan.
  @inline(__always)
  static func endsBeforeJoiner(_ base: UnsafePointer<UInt8>, wordStart: Int, joiner: Int, end: Int) -> Bool {
    guard joiner > wordStart, base[joiner] < 0x80 else { return false }
    guard joiner + 1 < end else { return true }
    let next = base[joiner + 1]
    return next < 0x80 && !isASCIIWordByte(next)
  }

  /// The end of the run of ASCII letters and digits that starts at `start`, eight bytes at a time.
  @inline(__always)
  static func asciiWordRunEnd(_ base: UnsafePointer<UInt8>, from start: Int, end: Int) -> Int {
    ByteLanes.firstStop(base, from: start, to: end, stops: nonWordBytes, isStop: { !isASCIIWordByte($0) })
  }

  /// The end of the run of ASCII letters, digits and spaces that starts at `start`, eight bytes at a
  /// time (for scanners that only stop at punctuation and non-ASCII text).
  @inlinable
  public static func asciiWordOrSpaceRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    return ByteLanes.firstStop(
      base, from: start, to: end, stops: { nonWordBytes($0) & ~ByteLanes.equal($0, to: 0x20) },
      isStop: { !isASCIIWordByte($0) && $0 != 0x20 })
  }

  /// The high bit of each byte of `chunk` that is not an ASCII letter or digit.
  @inlinable @inline(__always)
  static func nonWordBytes(_ chunk: UInt64) -> UInt64 {
    let high: UInt64 = 0x8080_8080_8080_8080
    let low = chunk & ~high
    // Byte-wise range checks on 7-bit values: adding (0x80 - a) sets the high bit when a byte is >= a,
    // adding (0x7F - b) when it is > b; no byte overflows into its neighbour.
    let digit = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
    let folded = low | 0x2020_2020_2020_2020
    let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
    return ~((digit | letter) & ~chunk) & high
  }

  /// The end of the word that starts at `start`: letters and digits, joined by an apostrophe,
  /// hyphen, dot, comma (inside numbers) or ampersand that is followed by a letter or digit.
  @inline(__always)
  static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    let base = bytes.baseAddress!
    var index = start
    var lastWasDotAfterSingleLetter = false
    while true {
      index = asciiWordRunEnd(base, from: index, end: end)
      guard index < end else { break }
      let byte = base[index]
      let length: Int
      if byte < 0x80 {
        // Only ' - . & and a comma after a digit can join two parts of a word.
        guard
          byte == 0x27 || byte == 0x2D || byte == 0x2E || byte == 0x26
            || (byte == 0x2C && index > start && base[index - 1] &- 0x30 < 10)
        else { break }
        length = 1
      } else {
        let characterClass: CharacterClass
        (characterClass, length) = UTF8Decoding.characterClass(in: bytes, at: index)
        if characterClass.isWordCharacter {
          index += length
          continue
        }
        guard characterClass == .apostrophe || characterClass == .hyphen else { break }
      }
      guard index + length < end else { break }
      let next = UTF8Decoding.characterClass(in: bytes, at: index + length).characterClass
      guard next.isWordCharacter else { break }
      if byte == 0x2C, next != .digit { break }
      lastWasDotAfterSingleLetter = byte == 0x2E
      index += length
    }
    // Keep the final dot of an initialism such as "U.S." inside the word.
    if lastWasDotAfterSingleLetter, index < end, bytes[index] == 0x2E, index >= 2, bytes[index - 2] == 0x2E,
      CharacterClass.ascii(bytes[index - 1]).isLetter
    {
      index += 1
    }
    return index
  }

  /// Where a trailing possessive ’s / 's begins, if the word ends with one.
  @inline(__always)
  static func possessiveStart(_ bytes: UnsafeBufferPointer<UInt8>, wordStart: Int, wordEnd: Int) -> Int? {
    guard wordEnd - wordStart >= 3 else { return nil }
    let last = bytes[wordEnd - 1]
    guard last == UInt8(ascii: "s") || last == UInt8(ascii: "S") else { return nil }
    if bytes[wordEnd - 2] == UInt8(ascii: "'") { return wordEnd - 2 }
    // ’ is E2 80 99
    if wordEnd - wordStart >= 5, bytes[wordEnd - 4] == 0xE2, bytes[wordEnd - 3] == 0x80, bytes[wordEnd - 2] == 0x99 {
      return wordEnd - 4
    }
    // ʼ is CA BC
    if wordEnd - wordStart >= 4, bytes[wordEnd - 3] == 0xCA, bytes[wordEnd - 2] == 0xBC {
      return wordEnd - 3
    }
    return nil
  }
}
