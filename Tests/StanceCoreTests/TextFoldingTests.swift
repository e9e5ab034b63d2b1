import StanceCore
import Testing

@Suite struct TextFoldingTests {
  func folded(_ text: String) -> String { String(decoding: TextFolding.folded(text), as: UTF8.self) }

  @Test(arguments: [
    ("NATO", "nato"),
    ("U.S.", "us"),
    ("E.U.", "eu"),
    ("Russia’s", "russia's"),
    ("Russiaʼs", "russia's"),
    ("Kiev's", "kiev's"),
    ("Large-Scale", "large-scale"),
  ])
  func asciiCaseDotsAndApostrophesFold(_ text: String, _ expected: String) {
    #expect(folded(text) == expected)
  }

  @Test func nonASCIILettersAreComparedAsWritten() {
    // Only ASCII letters are lower-cased: accented and Cyrillic capitals stay as written.
    #expect(folded("Orbán") == "orbán")
    #expect(folded("ÉLYSÉE") == "ÉlysÉe")
    #expect(folded("Лавров") == "Лавров")
  }

  @Test func foldedHashOfARangeEqualsHashOfItsFoldedBytes() {
    let text = "Secretary of State Antony Blinken met the U.S. delegation"
    let bytes = Array(text.utf8)
    let start = bytes.count - "U.S. delegation".utf8.count
    let range = TextRange(start, start + 4)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(TextFolding.foldedHash(buffer, range) == TextFolding.hash(TextFolding.folded("us")))
      #expect(TextFolding.foldedHash(buffer, range) != TextFolding.hash(TextFolding.folded("uk")))
    }
  }

  @Test func foldedEqualsComparesWholeRangesOrPrefixes() {
    let bytes = Array("Threatening".utf8)
    bytes.withUnsafeBufferPointer { buffer in
      let whole = TextRange(0, buffer.count)
      #expect(TextFolding.foldedEquals(buffer, whole, TextFolding.folded("threatening")))
      #expect(!TextFolding.foldedEquals(buffer, whole, TextFolding.folded("threat")))
      #expect(TextFolding.foldedEquals(buffer, whole, TextFolding.folded("threat"), isPrefix: true))
      #expect(!TextFolding.foldedEquals(buffer, whole, TextFolding.folded("threatenings"), isPrefix: true))
      #expect(!TextFolding.foldedEquals(buffer, whole, TextFolding.folded("treat"), isPrefix: true))
    }
  }
}
