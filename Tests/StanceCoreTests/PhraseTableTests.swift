import StanceCore
import Testing

@Suite struct PhraseTableTests {
  /// The longest match at the first token whose text is `word` (the n-th such token), as (value, token count).
  func match(
    _ table: Lookup, in text: String, at word: String, occurrence: Int = 1, limit: Int? = nil
  ) -> (value: String, tokens: Int)? {
    let (bytes, tokens) = Tokenizer.tokenize(text)
    let texts = tokens.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
    let positions = texts.indices.filter { texts[$0] == word }
    guard positions.count >= occurrence else {
      Issue.record("no token '\(word)' in '\(text)'")
      return nil
    }
    let index = positions[occurrence - 1]
    return bytes.withUnsafeBufferPointer { byteBuffer in
      tokens.withUnsafeBufferPointer { tokenBuffer in
        let found = table.table.longestMatch(in: byteBuffer, tokens: tokenBuffer, at: index, limit: limit)
        // The tokens' keys, as a segmented document passes them, give the same match.
        let keys = tokenBuffer.map { TextFolding.wordKey(byteBuffer, $0.range) }
        let keyed = keys.withUnsafeBufferPointer {
          table.table.longestMatch(in: byteBuffer, tokens: tokenBuffer, at: index, limit: limit, keys: $0)
        }
        #expect(keyed?.value == found?.value && keyed?.tokenCount == found?.tokenCount, "keyed lookup of '\(word)'")
        return found.map { (table.phrases[Int($0.value)], $0.tokenCount) }
      }
    }
  }

  /// A table whose values index `phrases`, so a match can be shown as the phrase it found.
  struct Lookup {
    var table: PhraseTable
    var phrases: [String]
  }

  func table(_ phrases: [String], caseSensitive: Bool = false) -> Lookup {
    var table = PhraseTable(caseSensitiveForCapitals: caseSensitive)
    for (index, phrase) in phrases.enumerated() { table.insert(phrase, value: Int32(index)) }
    return Lookup(table: table, phrases: phrases)
  }

  let sentence = "Amid talks over a serious Russian military threat to Ukraine, Lavrov’s remarks were threatening."

  @Test func multiWordPhraseWinsOverItsFirstWord() throws {
    let table = table(["military", "military threat", "threat"])
    let found = try #require(match(table, in: sentence, at: "military"))
    #expect(found.value == "military threat")
    #expect(found.tokens == 2)
  }

  @Test func singleWordMatchesWhenThePhraseDoesNotContinue() throws {
    let table = table(["military threat", "threat"])
    let found = try #require(match(table, in: "a threat of military action", at: "threat"))
    #expect(found.value == "threat")
    #expect(found.tokens == 1)
    #expect(match(table, in: "a threat of military action", at: "military") == nil)
  }

  @Test func starMatchesAnyEndingOfTheWord() throws {
    let table = table(["threat*"])
    #expect(try #require(match(table, in: sentence, at: "threatening")).value == "threat*")
    #expect(try #require(match(table, in: sentence, at: "threat")).value == "threat*")
    #expect(match(table, in: "the treaty", at: "treaty") == nil)
  }

  @Test func exactWordWinsOverAPrefixAndLongerPrefixWinsOverShorter() throws {
    let table = table(["threat*", "threaten*", "threat"])
    #expect(try #require(match(table, in: sentence, at: "threat")).value == "threat")
    #expect(try #require(match(table, in: sentence, at: "threatening")).value == "threaten*")
  }

  @Test func phraseEndingInAPrefixMatchesAcrossTokens() throws {
    let table = table(["large-scale conflict*"])
    let found = try #require(match(table, in: "risking a large-scale conflicts in Europe", at: "large-scale"))
    #expect(found.tokens == 2)
  }

  @Test func matchingIgnoresCaseDotsAndCurlyApostrophes() throws {
    let table = table(["don't", "us"])
    #expect(try #require(match(table, in: "“We don’t want war,” he said.", at: "don’t")).value == "don't")
    #expect(try #require(match(table, in: "talks with the U.S. team", at: "U.S.")).value == "us")
  }

  @Test func capitalisedEntriesNeedCapitalsInACaseSensitiveTable() throws {
    let table = table(["US", "Nato"], caseSensitive: true)
    #expect(try #require(match(table, in: "the US and Russia", at: "US")).value == "US")
    #expect(try #require(match(table, in: "the U.S. and Russia", at: "U.S.")).value == "US")
    #expect(match(table, in: "let us talk", at: "us") == nil)
    #expect(try #require(match(table, in: "blames NATO for fuelling tensions", at: "NATO")).value == "Nato")
    #expect(match(table, in: "blames nato for fuelling tensions", at: "nato") == nil)
  }

  @Test func capitalisedEntriesMatchLowerCaseTextInADefaultTable() throws {
    let table = table(["US"])
    #expect(try #require(match(table, in: "let us talk", at: "us")).value == "US")
  }

  @Test func limitStopsAPhraseFromRunningPastIt() throws {
    let table = table(["military", "military threat"])
    let text = "a military threat"
    // Tokens: a(0) military(1) threat(2); a limit of 2 leaves only "military".
    let found = try #require(match(table, in: text, at: "military", limit: 2))
    #expect(found.value == "military")
    #expect(match(table, in: text, at: "military", limit: 3)?.value == "military threat")
  }

  @Test func phraseDoesNotMatchPastTheEndOfTheText() throws {
    let table = table(["military threat"])
    #expect(match(table, in: "the military", at: "military") == nil)
  }

  @Test func phrasesWithoutWordsAreRefused() {
    var table = PhraseTable()
    let accepted = ["", "*", "   ", "de-escalation"].enumerated().map { table.insert($1, value: Int32($0)) }
    #expect(accepted == [false, false, false, true])
    #expect(table.count == 1)
  }

  /// `*` entries shorter than a word's head, as long as it and longer are found by their own routes;
  /// words shorter than the head still match exactly and by short prefixes.
  @Test func starEntriesOfEveryLengthMatchWordsOfEveryLength() {
    let table = table(["un*", "warn*", "provocat*", "war"])
    let text = "War and warnings, provocations and an unprovoked war: the UN warned."
    #expect(match(table, in: text, at: "War")?.value == "war")
    #expect(match(table, in: text, at: "warnings")?.value == "warn*")
    #expect(match(table, in: text, at: "warned")?.value == "warn*")
    #expect(match(table, in: text, at: "provocations")?.value == "provocat*")
    #expect(match(table, in: text, at: "unprovoked")?.value == "un*")
    #expect(match(table, in: text, at: "UN")?.value == "un*")
    #expect(match(table, in: text, at: "and") == nil)
    #expect(match(table, in: text, at: "the") == nil)
  }

  /// Keys hashed once for the document give the same answers as keys hashed by the lookup, for
  /// phrases whose later words match and for those whose later words do not.
  @Test func lookupWithPrecomputedKeysAgreesWithHashingInPlace() {
    let table = table(["warn*", "serious consequences", "serious doubts", "un*", "threat", "a threat to peace"])
    let (bytes, tokens) = Tokenizer.tokenize("The UN warns of serious consequences and a threat.")
    bytes.withUnsafeBufferPointer { byteBuffer in
      tokens.withUnsafeBufferPointer { tokenBuffer in
        let keys = tokenBuffer.map { TextFolding.wordKey(byteBuffer, $0.range) }
        for index in tokenBuffer.indices {
          let withKey = keys.withUnsafeBufferPointer {
            table.table.longestMatch(in: byteBuffer, tokens: tokenBuffer, at: index, keys: $0)
          }
          let without = table.table.longestMatch(in: byteBuffer, tokens: tokenBuffer, at: index)
          #expect(withKey?.value == without?.value)
          #expect(withKey?.tokenCount == without?.tokenCount)
        }
        #expect(
          (0..<tokenBuffer.count).compactMap { table.table.longestMatch(in: byteBuffer, tokens: tokenBuffer, at: $0) }
            .count == 4)
      }
    }
  }

  /// Phrases that share a first word are told apart by their second (looked up by the pair when the
  /// tokens' keys are given, which `match` checks against the lookup without them), also when a
  /// quotation mark stands between the two, or the second word is a `*` prefix.
  @Test func phrasesSharingAFirstWordAreFoundByTheirSecond() {
    let table = table(["the", "the red lines", "the use of force", "the west*", "the west", "red lines", "use*"])
    #expect(match(table, in: "Crossing the red lines", at: "the")?.value == "the red lines")
    #expect(match(table, in: "They condemned the use of force.", at: "the")?.value == "the use of force")
    #expect(match(table, in: "They condemned the use of sanctions.", at: "the")?.value == "the")
    #expect(match(table, in: "She warned the “red lines” stand.", at: "the")?.value == "the red lines")
    #expect(match(table, in: "talks with the Western allies", at: "the")?.value == "the west*")
    #expect(match(table, in: "talks with the West today", at: "the")?.value == "the west")
    #expect(match(table, in: "It is the end", at: "the")?.value == "the")
    #expect(match(table, in: "the", at: "the")?.value == "the")
  }

  /// A partial quote that opens or closes between the words of a phrase does not break it, and the
  /// match covers the quotation marks; a phrase never starts on a mark.
  @Test func quotationMarksInsideAPhraseAreSkipped() throws {
    let table = table(["prepared to talk", "military technical means"])
    let closing = try #require(match(table, in: "Putin “was always prepared” to talk to Biden.", at: "prepared"))
    #expect(closing.value == "prepared to talk")
    #expect(closing.tokens == 4)
    let opening = try #require(match(table, in: "He warned of \"military technical\" means.", at: "military"))
    #expect(opening.value == "military technical means")
    #expect(opening.tokens == 4)
    #expect(match(table, in: "They were prepared, to talk later.", at: "prepared") == nil)
  }

  /// A phrase is not found when the word after its first differs (quotation marks between them aside),
  /// or when its first word ends the text or the limit.
  @Test func phrasesEndingEarlyOrWithAnotherSecondWordDoNotMatch() throws {
    let table = table(["not acceptable", "not accept*", "not", "peace talks", "peace deal"])
    #expect(match(table, in: "This is not acceptable to Kyiv.", at: "not")?.value == "not acceptable")
    #expect(match(table, in: "They will not accepting it.", at: "not")?.value == "not accept*")
    #expect(match(table, in: "That is simply not true.", at: "not")?.value == "not")
    #expect(match(table, in: "Moscow said it would not", at: "not")?.value == "not")
    #expect(match(table, in: "This is not acceptable.", at: "not", limit: 3)?.value == "not")
    #expect(match(table, in: "The peace talks resumed.", at: "peace")?.value == "peace talks")
    // A quotation mark after the first word is stepped over (see above), with or without keys.
    #expect(match(table, in: "A “peace” deal was signed.", at: "peace")?.tokens == 3)
    #expect(match(table, in: "A “peace” plan was signed.", at: "peace") == nil)
    #expect(match(table, in: "A peace “deal” was signed.", at: "peace")?.value == "peace deal")
    #expect(match(table, in: "Prospects for peace", at: "peace") == nil)
  }
}
