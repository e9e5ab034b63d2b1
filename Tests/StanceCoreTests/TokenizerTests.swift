import Foundation
import StanceCore
import Testing

@Suite struct TokenizerTests {
  /// The tokens of `text` as (text, kind) pairs.
  func tokens(_ text: String) -> [Piece] {
    let (bytes, tokens) = Tokenizer.tokenize(text)
    return tokens.map { Piece(String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self), $0.kind) }
  }

  struct Piece: Equatable, CustomStringConvertible {
    var text: String
    var kind: TokenKind
    init(_ text: String, _ kind: TokenKind) {
      self.text = text
      self.kind = kind
    }
    var description: String { "\(text)/\(kind)" }
  }

  func words(_ text: String) -> [String] { tokens(text).map(\.text) }

  @Test func curlyPossessiveIsSplitOffItsWord() {
    #expect(
      tokens("Russia’s renewed aggression") == [
        Piece("Russia", .word), Piece("’s", .possessive), Piece("renewed", .word), Piece("aggression", .word),
      ])
  }

  @Test func straightPossessiveIsSplitOffItsWord() {
    #expect(tokens("Kiev's militarist intentions").prefix(2) == [Piece("Kiev", .word), Piece("'s", .possessive)])
  }

  @Test func modifierLetterApostropheSplitsOffAPossessiveLikeTheCurlyOne() throws {
    // ʼ (U+02BC) is classed and folded as an apostrophe everywhere else, so "Ukraineʼs" should
    // split like "Ukraine’s" and match the name "Ukraine".
    do {
      #expect(
        tokens("Ukraineʼs borders") == [Piece("Ukraine", .word), Piece("ʼs", .possessive), Piece("borders", .word)])
    }
  }

  @Test func contractionsAndHyphenatedWordsStayWhole() {
    #expect(words("we don’t want large-scale conflict") == ["we", "don’t", "want", "large-scale", "conflict"])
  }

  @Test func initialismKeepsItsFinalDot() {
    #expect(
      tokens("the U.S. and NATO") == [
        Piece("the", .word), Piece("U.S.", .word), Piece("and", .word), Piece("NATO", .word),
      ])
    #expect(words("Brussels, Washington, D.C.") == ["Brussels", ",", "Washington", ",", "D.C."])
  }

  @Test func sentenceFinalDotAfterAnOrdinaryWordIsPunctuation() {
    #expect(tokens("the alliance.") == [Piece("the", .word), Piece("alliance", .word), Piece(".", .punctuation)])
  }

  @Test func aJoinerBeforeAnotherMarkOrTheEndClosesTheWord() {
    // The quick path for a word followed by ' - . & , and then no letter agrees with the full scanner.
    #expect(
      words("talks, sanctions. Kyiv - Moscow' end-") == [
        "talks", ",", "sanctions", ".", "Kyiv", "-", "Moscow", "'", "end", "-",
      ])
    #expect(words("1,000, 2.5.\nU.S.,") == ["1,000", ",", "2.5", ".", "U.S.", ","])
    #expect(words("Moscow,“we”") == ["Moscow", ",", "“", "we", "”"])
  }

  @Test(arguments: [
    "Lavrov said Moscow WANTS talks, not a LARGE-SCALE conflict.",
    "The U.S. Secretary of State, Antony Blinken, met counterparts in 2021.",
    "Internationalisation of the conflict and counterproductiveness: 1,000,000 troops",
    "Russia’s Foreign Ministry «rejected» Kyiv’s claims; the ’90s are over — Zelenskyy",
    "short words at the end: ab",
    "x",
    "Nord Stream2 ABCDEFGHIJKLMNOP abcdefghijklmnopq Ab1Cd2Ef3",
  ])
  func keysGatheredWithTheTokensAreTheirWordKeys(_ text: String) {
    let bytes = Array(text.utf8)
    var plain: [Token] = []
    var tokens: [Token] = []
    var keys: [WordKey] = []
    bytes.withUnsafeBufferPointer { buffer in
      let whole = TextRange(0, buffer.count)
      Tokenizer.tokenize(buffer, range: whole, into: &plain)
      Tokenizer.tokenize(buffer, range: whole, into: &tokens, keys: &keys)
      #expect(tokens == plain)
      #expect(keys == tokens.map { TextFolding.wordKey(buffer, $0.range) })
    }
  }

  @Test func decimalNumberFollowedBySentenceEndLeavesTheDotOut() throws {
    // The dot that ends the sentence is not part of the number: "2.5" then ".".
    do {
      #expect(tokens("Gas prices rose 2.5.").suffix(2) == [Piece("2.5", .number), Piece(".", .punctuation)])
    }
  }

  @Test func thousandsSeparatorsStayInsideNumbers() {
    #expect(
      tokens("some 100,000 Russian troops") == [
        Piece("some", .word), Piece("100,000", .number), Piece("Russian", .word), Piece("troops", .word),
      ])
    // A comma after a number that is followed by a space is punctuation.
    #expect(
      tokens("in 2014, Russian troops").prefix(3) == [
        Piece("in", .word), Piece("2014", .number), Piece(",", .punctuation),
      ])
  }

  @Test func quotationMarksOfEveryFormAreQuoteTokens() {
    let pieces = tokens("“nightmare” ‘clearer path’ « pulling » \"useful\"")
    let quotes = pieces.filter { $0.kind == .quote }.map(\.text)
    #expect(quotes == ["“", "”", "‘", "’", "«", "»", "\"", "\""])
    #expect(pieces.filter { $0.kind == .word }.map(\.text) == ["nightmare", "clearer", "path", "pulling", "useful"])
  }

  @Test func dashesAndLoneHyphensAreDashTokens() {
    let pieces = tokens("after 1997 — a move – deemed - unacceptable")
    #expect(pieces.filter { $0.kind == .dash }.map(\.text) == ["—", "–", "-"])
  }

  @Test func otherPunctuationIsOneTokenPerScalar() {
    #expect(
      tokens("vice versa . . . and…") == [
        Piece("vice", .word), Piece("versa", .word), Piece(".", .punctuation), Piece(".", .punctuation),
        Piece(".", .punctuation), Piece("and", .word), Piece("…", .punctuation),
      ])
  }

  @Test func unicodeSpacesAndControlCharactersAreNotEmitted() {
    // No-break space, thin space, tab, line break and a control character.
    #expect(words("Sergei\u{00A0}Lavrov\u{2009}said\t\n\u{0007}it") == ["Sergei", "Lavrov", "said", "it"])
  }

  @Test func accentedAndCyrillicLettersBelongToWords() {
    #expect(
      tokens("Orbán and Лавров met Zelenskyy") == [
        Piece("Orbán", .word), Piece("and", .word), Piece("Лавров", .word), Piece("met", .word),
        Piece("Zelenskyy", .word),
      ])
  }

  @Test func ampersandJoinsWordsButNotSpacedOut() {
    #expect(words("AT&T and M & A") == ["AT&T", "and", "M", "&", "A"])
  }

  @Test func wordStartingWithADigitIsANumber() {
    #expect(tokens("G7 and 7G") == [Piece("G7", .word), Piece("and", .word), Piece("7G", .number)])
  }

  @Test func rangeTokenizationAppendsOnlyTokensInsideTheRangeWithOriginalOffsets() {
    let text = "Lavrov said “the talks were useful” on Friday."
    let bytes = Array(text.utf8)
    let start = text.utf8.distance(from: text.startIndex, to: text.range(of: "the talks")!.lowerBound)
    let end = text.utf8.distance(from: text.startIndex, to: text.range(of: "useful")!.upperBound)
    var tokens = [Token(start: 0, end: 6, kind: .word)]
    bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, range: TextRange(start, end), into: &tokens) }
    #expect(tokens.count == 5)
    #expect(tokens[0] == Token(start: 0, end: 6, kind: .word))
    let texts = tokens.dropFirst().map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
    #expect(texts == ["the", "talks", "were", "useful"])
    #expect(Int(tokens[1].start) == start)
    #expect(Int(tokens[4].end) == end)
  }

  @Test func emptyTextHasNoTokens() {
    #expect(Tokenizer.tokenize("").tokens.isEmpty)
    #expect(Tokenizer.tokenize(" \n\t ").tokens.isEmpty)
  }

  /// The eight-bytes-at-a-time run scanner stops exactly where a byte-by-byte scan does, including at
  /// "!" or "@" right after a space and at bytes of non-ASCII text.
  @Test(arguments: [
    "Lavrov said the talks went well ! and then",
    "alpha beta gamma delta epsilon zeta eta theta, iota",
    "one two  three   four     five      six!",
    "Moscow 2022 and Kyiv 2023 \u{201C}quoted\u{201D} text",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z @",
    "     leading spaces then a dash - here",
    "short",
    "x!",
    "caf\u{E9} and na\u{EF}ve words",
  ])
  func wordOrSpaceRunEndsWhereAByteScanDoes(_ text: String) {
    let bytes = Array(text.utf8)
    func slow(_ start: Int) -> Int {
      var index = start
      while index < bytes.count, bytes[index] < 0x80,
        bytes[index] == 0x20 || CharacterClass.ascii(bytes[index]).isWordCharacter
      {
        index += 1
      }
      return index
    }
    bytes.withUnsafeBufferPointer { buffer in
      for start in 0...bytes.count {
        #expect(Tokenizer.asciiWordOrSpaceRunEnd(buffer, from: start, end: bytes.count) == slow(start))
      }
    }
  }
}
