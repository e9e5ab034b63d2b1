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

/// The key of a word hashed from the text equals the hash of its folded bytes, whichever path the
/// word takes (one load, or byte by byte for dots, curly apostrophes and non-ASCII letters).
@Suite struct WordKeyTests {
  @Test(arguments: [
    "a", "Lavrov", "NATO", "nato", "U.S.", "US", "Kremlin’s", "Kremlin's", "de-escalation", "large-scale",
    "Zelensky", "Zelenskyy", "ZZZZZZZZ", "@[`{", "2022", "1,000", "Ryabkov", "Schröder", "Łukaszenka",
    "counter-measures", "ultimatum", "A.", "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNOPQ", "war", "warn",
    // Nine to sixteen bytes: two loads, or byte by byte when the second half has a dot or non-ASCII.
    "Counter-Measures", "ABCDEFGHIJKLMNOP", "Internationally", "abcdefghijklmno.", "Peacekeeping’s",
    "US-Russia@[`{Zz", "Secretary-General", "disinformation",
  ])
  func keyMatchesTheHashOfTheFoldedWord(_ word: String) {
    // The word at the very end of the text, then followed by more text (a load past the word).
    for text in [word, word + " and more", word + "!"] {
      let bytes = Array(text.utf8)
      let range = TextRange(0, word.utf8.count)
      bytes.withUnsafeBufferPointer { buffer in
        let key = TextFolding.wordKey(buffer, range)
        let folded = TextFolding.folded(buffer, range)
        #expect(key.hash == TextFolding.hash(folded))
        #expect(key.head == (folded.count >= 4 ? TextFolding.hash(Array(folded.prefix(4))) : 0))
      }
    }
  }

  @Test func differentWordsGetDifferentKeysAndFoldingMakesThemEqual() {
    func key(_ text: String) -> WordKey {
      let bytes = Array(text.utf8)
      return bytes.withUnsafeBufferPointer { TextFolding.wordKey($0, TextRange(0, $0.count)) }
    }
    #expect(key("Lavrov") == key("LAVROV"))
    #expect(key("U.S.") == key("us"))
    #expect(key("Kremlin’s") == key("kremlin's"))
    #expect(key("Lavrov") != key("Lavrova"))
    #expect(key("abcdefgh").hash != key("abcdefgh\u{0}").hash)
    #expect(key("warning").head == key("warn").head)
  }
}
