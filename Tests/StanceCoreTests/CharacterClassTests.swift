import StanceCore
import Testing

@Suite struct CharacterClassTests {
  @Test(
    arguments: [
      ("a", CharacterClass.letter), ("Z", .upperLetter), ("7", .digit), (" ", .space), ("\t", .space),
      ("\n", .newline), ("\r", .newline), ("\"", .straightDoubleQuote), ("'", .apostrophe), ("-", .hyphen),
      (".", .sentenceEnd), ("!", .sentenceEnd), ("?", .sentenceEnd), (",", .punctuation), ("\u{07}", .other),
      ("“", .openingQuote), ("„", .openingQuote), ("«", .openingQuote), ("‹", .openingQuote),
      ("”", .closingQuote), ("»", .closingQuote), ("›", .closingQuote),
      ("‘", .openingSingleQuote), ("‚", .openingSingleQuote), ("’", .apostrophe), ("ʼ", .apostrophe),
      ("–", .dash), ("—", .dash), ("−", .dash), ("‐", .hyphen), ("‑", .hyphen), ("…", .ellipsis), ("•", .bullet),
      ("\u{00A0}", .space), ("\u{2009}", .space), ("\u{202F}", .space), ("\u{3000}", .space), ("\u{FEFF}", .space),
      ("\u{2028}", .newline), ("\u{2029}", .newline),
      ("É", .upperLetter), ("é", .letter), ("Л", .upperLetter), ("л", .letter), ("Ω", .upperLetter), ("ß", .letter),
      ("×", .punctuation), ("§", .punctuation), ("‰", .punctuation),
    ] as [(String, CharacterClass)])
  func scalarFallsInItsCanonicalClass(_ character: String, _ expected: CharacterClass) throws {
    let scalar = try #require(character.unicodeScalars.first)
    #expect(CharacterClass.of(scalar.value) == expected)
  }

  @Test func decodingReadsEveryUTF8LengthAndAdvancesOverInvalidBytes() {
    // "a" (1 byte), "é" (2), "“" (3), "🇺" (4), then a stray continuation byte.
    let bytes: [UInt8] = Array("aé“🇺".utf8) + [0x80]
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      var decoded: [(UInt32, Int)] = []
      while index < buffer.count {
        let (value, length) = UTF8Decoding.scalar(in: buffer, at: index)
        decoded.append((value, length))
        index += length
      }
      #expect(decoded.map(\.0) == [0x61, 0xE9, 0x201C, 0x1F1FA, 0xFFFD])
      #expect(decoded.map(\.1) == [1, 2, 3, 4, 1])
    }
  }

  @Test func truncatedSequenceDecodesAsReplacementOfLengthOne() {
    let bytes: [UInt8] = [0xE2, 0x80]  // the first two bytes of “
    bytes.withUnsafeBufferPointer { buffer in
      let (value, length) = UTF8Decoding.scalar(in: buffer, at: 0)
      #expect(value == 0xFFFD)
      #expect(length == 1)
    }
  }

  @Test func scalarStartFindsTheLeadByteOfThePreviousScalar() {
    let bytes = Array("x“y".utf8)  // x at 0, “ at 1..<4, y at 4
    bytes.withUnsafeBufferPointer { buffer in
      #expect(UTF8Decoding.scalarStart(in: buffer, before: 4) == 1)
      #expect(UTF8Decoding.scalarStart(in: buffer, before: 5) == 4)
      #expect(UTF8Decoding.scalarStart(in: buffer, before: 1) == 0)
    }
  }
}
