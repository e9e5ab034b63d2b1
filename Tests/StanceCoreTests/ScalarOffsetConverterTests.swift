import Foundation
import StanceCore
import Testing

@Suite struct ScalarOffsetConverterTests {
  /// Every scalar boundary of `text` as (byte offset, scalar offset), counted from `text.unicodeScalars`.
  func boundaries(_ text: String) -> [(byte: Int, scalar: Int)] {
    var result = [(byte: 0, scalar: 0)]
    var byte = 0
    for (index, scalar) in text.unicodeScalars.enumerated() {
      byte += String(scalar).utf8.count
      result.append((byte, index + 1))
    }
    return result
  }

  /// Curly quotes (3 bytes), guillemets and accents (2), a flag emoji (two 4-byte scalars),
  /// a combining acute accent (e + U+0301) and Cyrillic, spread over several 64-byte blocks.
  static let texts = [
    "“The civil war in Ukraine, which has been going on for eight years, is far from over,” Lavrov said.",
    "Zelenskyy noted: « The decision of this year’s summit lacks specific time frames » 🇺🇦 — Лавров said the cafe\u{0301} talks were “useful”.",
    String(repeating: "Russia’s “red lines” 🇷🇺 e\u{0301}… ", count: 12),
    "Plain ASCII only: Blinken said the US had deep concerns about Russia's plans.",
  ]

  @Test(arguments: texts)
  func everyBoundaryConvertsToTheNumberOfScalarsBeforeIt(_ text: String) {
    let converter = ScalarOffsetConverter(TextBuffer(text))
    for boundary in boundaries(text) {
      #expect(converter.scalarOffset(boundary.byte) == boundary.scalar, "byte \(boundary.byte)")
    }
  }

  @Test func slicingScalarsWithConvertedOffsetsGivesTheSameTextAsSlicingBytes() throws {
    let text = ScalarOffsetConverterTests.texts[1]
    let bytes = Array(text.utf8)
    let target = "Лавров said the cafe\u{0301} talks"
    let range = try #require(text.range(of: target))
    let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    let end = text.utf8.distance(from: text.startIndex, to: range.upperBound)
    #expect(String(decoding: bytes[start..<end], as: UTF8.self) == target)
    let converter = ScalarOffsetConverter(TextBuffer(text))
    let scalars = Array(text.unicodeScalars)
    var sliced = String.UnicodeScalarView()
    sliced.append(contentsOf: scalars[converter.scalarOffset(start)..<converter.scalarOffset(end)])
    #expect(String(sliced) == target)
  }

  @Test func offsetsOutsideTheTextAreClamped() {
    let text = "Lavrov’s “useful” talks"
    let converter = ScalarOffsetConverter(TextBuffer(text))
    #expect(converter.scalarOffset(-5) == 0)
    #expect(converter.scalarOffset(text.utf8.count + 100) == text.unicodeScalars.count)
  }

  @Test func textWhoseLengthIsAMultipleOfTheBlockSizeConvertsItsEnd() {
    // 126 ASCII bytes and one 2-byte "é": 128 bytes, 127 scalars.
    let text = String(repeating: "a", count: 126) + "é"
    #expect(text.utf8.count == 128)
    let converter = ScalarOffsetConverter(TextBuffer(text))
    #expect(converter.scalarOffset(128) == 127)
    #expect(converter.scalarOffset(126) == 126)
    #expect(converter.scalarOffset(64) == 64)
  }

  @Test func emptyTextConvertsZeroToZero() {
    #expect(ScalarOffsetConverter(TextBuffer("")).scalarOffset(0) == 0)
  }
}
