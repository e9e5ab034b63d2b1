import StanceCore
import Testing

/// Space tokens on request, and words whose letters straddle the eight-byte steps of the word scanner.
@Suite struct TokenizerSpanTests {
  func pieces(_ text: String, includingSpaces: Bool = false) -> [String] {
    let (bytes, tokens) = Tokenizer.tokenize(text, includingSpaces: includingSpaces)
    return tokens.map { "\(String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self))/\($0.kind)" }
  }

  @Test func spacesAreTokensOnlyOnRequest() {
    let text = "Lavrov said:\u{00A0} “No.”\n\n\tThe talks"
    #expect(!Tokenizer.tokenize(text).tokens.contains { $0.kind == .space })
    #expect(
      pieces(text, includingSpaces: true) == [
        "Lavrov/word", " /space", "said/word", ":/punctuation", "\u{00A0} /space", "“/quote", "No/word",
        "./punctuation", "”/quote", "\n\n\t/space", "The/word", " /space", "talks/word",
      ])
  }

  @Test func withSpacesTheTokensCoverEveryByteAndWithoutThemTheyAreTheUsualOnes() {
    let text = "  The U.S. envoy — “we won’t” — met Sen. Ryan’s aides at 3.5 p.m.\r\n• 1,200 troops…  "
    let (bytes, spaced) = Tokenizer.tokenize(text, includingSpaces: true)
    var position = 0
    for token in spaced {
      #expect(Int(token.start) == position)
      position = Int(token.end)
    }
    #expect(position == bytes.count)
    #expect(spaced.filter { $0.kind != .space } == Tokenizer.tokenize(text).tokens)
  }

  @Test func controlCharactersAreNeverTokensAndSplitASpaceRun() {
    #expect(pieces("a \u{0001} b", includingSpaces: true) == ["a/word", " /space", " /space", "b/word"])
    #expect(pieces("a \u{0001} b") == ["a/word", "b/word"])
  }

  @Test func longWordsStayWholeAcrossTheScannerSteps() {
    #expect(
      pieces("internationalisation counterrevolutionaries") == [
        "internationalisation/word", "counterrevolutionaries/word",
      ])
    #expect(pieces("Abcdefgh,ijk") == ["Abcdefgh/word", ",/punctuation", "ijk/word"])
    #expect(pieces("abcdefgh-ijklmnop-qr") == ["abcdefgh-ijklmnop-qr/word"])
    #expect(pieces("Zelenskiyé Düsseldorfer") == ["Zelenskiyé/word", "Düsseldorfer/word"])
    #expect(pieces("12345678,901,234.5") == ["12345678,901,234.5/number"])
  }

  @Test func bytesThatLookLikeLettersOnlyOnceFoldedEndAWord() {
    // @ [ ` { and the control bytes that OR 0x20 would turn into digits are not word bytes.
    #expect(pieces("abcdefg@hij") == ["abcdefg/word", "@/punctuation", "hij/word"])
    #expect(
      pieces("abcdefg[hij`klm{n") == [
        "abcdefg/word", "[/punctuation", "hij/word", "`/punctuation", "klm/word", "{/punctuation", "n/word",
      ])
    #expect(pieces("abcdefgh\u{0010}ijklmnop\u{0019}q") == ["abcdefgh/word", "ijklmnop/word", "q/word"])
  }
}
