import Foundation
import Reporting
import Testing

@Suite struct FormattingTests {
  @Test(arguments: [
    ("Sergei Lavrov", "Sergei Lavrov"),
    ("", ""),
    (
      "US, Russia seek to avoid nightmare confrontation over Ukraine",
      "\"US, Russia seek to avoid nightmare confrontation over Ukraine\""
    ),
    ("Blinken said it was \"likely\"", "\"Blinken said it was \"\"likely\"\"\""),
    ("the “nightmare” scenario", "the “nightmare” scenario"),  // curly quotes need no quoting
    ("first line\nsecond line", "\"first line\nsecond line\""),
    ("carriage\rreturn", "\"carriage\rreturn\""),
    ("a tab\tstays", "a tab\tstays"),
  ])
  func csvFieldIsQuotedOnlyWhenItMustBe(_ value: String, _ expected: String) {
    #expect(Formatting.csvField(value) == expected)
  }

  @Test(arguments: [
    ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
    ("+7 495 244 16 06", "'+7 495 244 16 06"),
    ("-- Lavrov", "'-- Lavrov"),
    ("@lavrov", "'@lavrov"),
    ("=1+2,3", "\"'=1+2,3\""),
    ("Lavrov = Moscow", "Lavrov = Moscow"),  // only a leading sign is neutralised
    ("-1+2", "'-1+2"),
    ("+A1", "'+A1"),
  ])
  func leadingFormulaCharactersAreNeutralisedWithAnApostrophe(_ value: String, _ expected: String) {
    #expect(Formatting.csvField(value) == expected)
  }

  @Test(arguments: ["-0.6000", "-1", "+0.25", "-12.5"])
  func signedNumbersAreWrittenAsTheyAre(_ number: String) {
    #expect(Formatting.csvField(number) == number)
  }

  @Test func csvLineJoinsEncodedFieldsWithCommas() {
    #expect(
      Formatting.csvLine(["004.txt", "2021-12-02", "AFP, Stockholm", "=x"])
        == "004.txt,2021-12-02,\"AFP, Stockholm\",'=x")
    #expect(Formatting.csvLine([]) == "")
  }

  @Test(arguments: [
    ("Lavrov", "\"Lavrov\""),
    ("He said \"no\" \\ yes", "\"He said \\\"no\\\" \\\\ yes\""),
    ("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\""),
    ("bell\u{07}unit\u{1F}", "\"bell\\u0007unit\\u001f\""),
    ("separator\u{2028}paragraph\u{2029}", "\"separator\\u2028paragraph\\u2029\""),
    ("Zelenskyy’s « café » 🇺🇦", "\"Zelenskyy’s « café » 🇺🇦\""),
  ])
  func jsonStringEscapesQuotesBackslashesAndControlCharacters(_ value: String, _ expected: String) {
    #expect(Formatting.jsonString(value) == expected)
  }

  @Test(arguments: [
    "“The civil war in Ukraine … is far from over,” Lavrov said.\n\tHe added: \"no\" \\ «non»",
    "\u{00}\u{01}\u{08}\u{0B}\u{0C}\u{1B}\u{7F}e\u{0301}🇷🇺\u{2028}",
  ])
  func jsonStringDecodesBackToTheSameText(_ value: String) throws {
    let data = Data("[\(Formatting.jsonString(value))]".utf8)
    let decoded = try #require(try JSONSerialization.jsonObject(with: data) as? [String])
    #expect(decoded == [value])
  }

  @Test(arguments: [
    (0.25, 4, "0.2500"),
    (-0.25, 4, "-0.2500"),
    (1, 4, "1.0000"),
    (-1, 3, "-1.000"),
    (0.125, 2, "0.13"),  // exactly half: away from zero
    (-0.125, 2, "-0.13"),
    (2.5, 0, "3"),
    (-2.5, 0, "-3"),
    (12.3456789, 3, "12.346"),
    (0.04, 1, "0.0"),
    (3.7, 0, "4"),
    (0.0001, 4, "0.0001"),
    (0.99999, 4, "1.0000"),
  ])
  func fixedRoundsHalfAwayFromZeroToExactlyTheDigitsAsked(_ value: Double, _ digits: Int, _ expected: String) {
    #expect(Formatting.fixed(value, digits) == expected)
  }

  /// Integers written two digits at a time read back as themselves, at every digit count and sign.
  @Test func integersReadBackAsThemselves() {
    var values = [0, 7, -7, Int.max, Int.min, Int.max - 1]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1, -power, -(power - 1)]
    }
    for value in values {
      var output = OutputBytes()
      output.append(integer: value)
      #expect(output.string == String(value))
    }
  }

  @Test(arguments: [(123.4567, 4, "123.4567"), (-98765.0432, 3, "-98765.043"), (5.05, 1, "5.1"), (0.5, 5, "0.50000")])
  func fixedWritesEveryDigitOfTheIntegerAndFraction(_ value: Double, _ digits: Int, _ expected: String) {
    #expect(Formatting.fixed(value, digits) == expected)
  }

  @Test(arguments: [(-0.0, 4, "0.0000"), (-0.00001, 4, "0.0000"), (-0.004, 2, "0.00"), (-0.4, 0, "0")])
  func fixedNeverWritesNegativeZero(_ value: Double, _ digits: Int, _ expected: String) {
    #expect(Formatting.fixed(value, digits) == expected)
  }

  @Test func fixedWritesZeroForValuesThatAreNotFinite() {
    #expect(Formatting.fixed(.nan) == "0")
    #expect(Formatting.fixed(.infinity) == "0")
    #expect(Formatting.fixed(-.infinity, 2) == "0")
  }

  @Test func fixedDefaultsToFourDecimals() {
    #expect(Formatting.fixed(-0.3125) == "-0.3125")
  }

  @Test(arguments: [
    (-2.5, "-2.5"), (1, "1"), (0.7, "0.7"), (-1.05, "-1.05"), (10, "10"), (-0.0001, "0"), (1.4, "1.4"), (-0.0, "0"),
  ])
  func weightDropsTrailingZeros(_ value: Double, _ expected: String) {
    #expect(Formatting.weight(value) == expected)
  }

  @Test func oneLineCollapsesEveryRunOfWhiteSpace() {
    let text = "  “No one should strengthen\n  their own security\u{00A0}\u{00A0}at the expense\r\n\tof others,” \n"
    #expect(Formatting.oneLine(text) == "“No one should strengthen their own security at the expense of others,”")
    #expect(Formatting.oneLine(" \n\t ") == "")
  }

  /// Escaping eight bytes at a time gives what a byte-by-byte escaper gives, wherever the bytes to
  /// escape fall, in text slices of every length and offset.
  @Test func jsonStringMatchesAByteByByteEscaper() {
    func reference(_ bytes: [UInt8]) -> [UInt8] {
      var out: [UInt8] = [0x22]
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case 0x22: out += Array("\\\"".utf8)
        case 0x5C: out += Array("\\\\".utf8)
        case 0x0A: out += Array("\\n".utf8)
        case 0x0D: out += Array("\\r".utf8)
        case 0x09: out += Array("\\t".utf8)
        case 0x00..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          out += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
          index += 2
        default: out.append(byte)
        }
        index += 1
      }
      return out + [0x22]
    }
    let text = Array(
      "Lavrov said: \"We are \\ ready\"\n\tto talk\u{2028}now \u{2029} \u{201C}quoted\u{201D} \u{7F}\u{1} ok, caf\u{E9}."
        .utf8)
    forEachSlice(of: text, upTo: 40) { slice, name in
      var output = OutputBytes()
      output.append(jsonString: slice)
      #expect(output.bytes == reference(Array(slice)), "slice \(name)")
    }
  }

  /// One-line text from the eight-bytes-at-a-time copy equals a word-by-word rebuild of the text: its
  /// white-space-separated words joined by single spaces, in slices of every length and offset.
  @Test func oneLineMatchesWordsJoinedBySingleSpaces() {
    let text = Array(
      "  Lavrov said  the talks\nwere \u{201C}useful\u{201D},\u{00A0}adding: we  are ready.\r\n\tNext week in Geneva.  "
        .utf8)
    forEachSlice(of: text, upTo: 48) { slice, name in
      var output = OutputBytes()
      output.append(oneLine: UnsafeBufferPointer(rebasing: slice))
      let words = String(decoding: slice, as: UTF8.self).split(whereSeparator: { $0.isWhitespace })
        .joined(separator: " ")
      #expect(String(decoding: output.bytes, as: UTF8.self) == words, "slice \(name)")
    }
  }

  /// A one-line CSV field written in one pass equals one-line text made first and then encoded as a
  /// CSV field, in slices of every length and offset of a text with commas, quotes and formula signs.
  @Test func oneLineCSVFieldMatchesOneLineThenCSVField() {
    let text = Array(
      " = Lavrov said,\n \"we\" are\u{00A0}ready -- +talks, @Geneva\r\n\t\u{201C}no\u{201D}  -0.5, ok.  ".utf8)
    forEachSlice(of: text, upTo: 40) { slice, name in
      var expected = OutputBytes()
      var line = OutputBytes()
      line.append(oneLine: UnsafeBufferPointer(rebasing: slice))
      expected.append(csvField: line)
      var output = OutputBytes()
      var scratch = OutputBytes()
      output.append(oneLineCSVField: UnsafeBufferPointer(rebasing: slice), scratch: &scratch)
      #expect(output.bytes == expected.bytes, "slice \(name)")
    }
  }

  /// Calls `body` with every slice of `text` at most `maxLength` bytes long, at every offset, and its name.
  func forEachSlice(
    of text: [UInt8], upTo maxLength: Int, _ body: (Slice<UnsafeBufferPointer<UInt8>>, String) -> Void
  ) {
    text.withUnsafeBufferPointer { buffer in
      for start in 0..<text.count {
        for end in start...min(text.count, start + maxLength) { body(buffer[start..<end], "\(start)..<\(end)") }
      }
    }
  }
}
