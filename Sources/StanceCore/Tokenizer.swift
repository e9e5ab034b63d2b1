/// Splits UTF-8 text into word, number, punctuation, quote and dash tokens in one pass.
///
/// Words keep internal apostrophes, hyphens and dots ("don't", "large-scale", "U.S.");
/// a final possessive ’s is its own token. Spaces are not emitted.
public enum Tokenizer {
  /// Appends the tokens of `range` to `tokens`.
  /// - Complexity: O(n) in the length of the range.
  public static func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, range: TextRange, into tokens: inout [Token]
  ) {
    var index = range.start
    let end = min(range.end, bytes.count)
    while index < end {
      let byte = bytes[index]
      // Fast paths for the common bytes: a space, an ASCII word.
      if byte == 0x20 {
        index += 1
        continue
      }
      let characterClass: CharacterClass
      let length: Int
      if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
        (characterClass, length) = (byte &- 0x30 < 10 ? .digit : .letter, 1)
      } else {
        (characterClass, length) = UTF8Decoding.characterClass(in: bytes, at: index)
      }
      switch characterClass {
      case .space, .newline, .other:
        index += length
      case .letter, .upperLetter, .digit:
        let wordEnd = scanWord(bytes, from: index, end: end)
        if let clitic = possessiveStart(bytes, wordStart: index, wordEnd: wordEnd) {
          tokens.append(Token(start: index, end: clitic, kind: .word))
          tokens.append(Token(start: clitic, end: wordEnd, kind: .possessive))
        } else {
          tokens.append(Token(start: index, end: wordEnd, kind: characterClass == .digit ? .number : .word))
        }
        index = wordEnd
      case .openingQuote, .closingQuote, .straightDoubleQuote, .apostrophe, .openingSingleQuote:
        tokens.append(Token(start: index, end: index + length, kind: .quote))
        index += length
      case .dash, .hyphen:
        tokens.append(Token(start: index, end: index + length, kind: .dash))
        index += length
      default:
        tokens.append(Token(start: index, end: index + length, kind: .punctuation))
        index += length
      }
    }
  }

  /// Tokenizes a whole string (used for lexicon phrases and tests).
  public static func tokenize(_ text: String) -> (bytes: [UInt8], tokens: [Token]) {
    let bytes = Array(text.utf8)
    var tokens: [Token] = []
    bytes.withUnsafeBufferPointer { tokenize($0, range: TextRange(0, $0.count), into: &tokens) }
    return (bytes, tokens)
  }

  /// The end of the word that starts at `start`: letters and digits, joined by an apostrophe,
  /// hyphen, dot, comma (inside numbers) or ampersand that is followed by a letter or digit.
  @inline(__always)
  static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    var index = start
    var lastWasDotAfterSingleLetter = false
    while index < end {
      // Fast path: a run of ASCII letters and digits.
      let byte = bytes[index]
      // Unsigned range checks: an ASCII letter in either case, or a digit (no byte >= 0x80 passes).
      if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
        index += 1
        continue
      }
      let (characterClass, length) = UTF8Decoding.characterClass(in: bytes, at: index)
      if characterClass.isWordCharacter {
        index += length
        continue
      }
      let isJoiner =
        characterClass == .apostrophe || characterClass == .hyphen || byte == 0x2E || byte == 0x26
        || (byte == 0x2C && index > start && bytes[index - 1] >= 0x30 && bytes[index - 1] <= 0x39)
      guard isJoiner, index + length < end else { break }
      let next = UTF8Decoding.characterClass(in: bytes, at: index + length).characterClass
      if next.isWordCharacter {
        if byte == 0x2C, next != .digit { break }
        lastWasDotAfterSingleLetter = byte == 0x2E
        index += length
        continue
      }
      break
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
