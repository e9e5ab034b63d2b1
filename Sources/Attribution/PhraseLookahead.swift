import StanceCore

/// What a `PhraseTable` can match at a word, told from the word and the one after it, so that most
/// words that open an entry need no call to the table: "the" opens only phrases ("the Kremlin"),
/// and "said" matches alone unless "in a statement" follows.
///
/// Built from the same phrases as the table, split and folded as the table does. A verdict is exact
/// or asks the table: a word whose entries it cannot decide alone (prefix words, short `*` entries,
/// a following word that some phrase continues with) is always asked.
struct PhraseLookahead: Sendable {
  /// What to do at a word.
  enum Verdict {
    /// No entry of the table starts here.
    case none
    /// The one-word entry with this value is the longest match.
    case single(Int32)
    /// Ask the table.
    case ask
  }

  /// First words of the entries (other than one-word `*` entries): the value of their first
  /// one-word entry, `noSingle` when they open only longer phrases, `undecided` when the table must
  /// always be asked.
  private var firstWords = IntegerMap()
  /// The (first, second) word pairs of the phrases of two words or more, combined by `pair`.
  private var pairs = WordSet()
  /// The pairs that a phrase of two words ends with, or whose third word is a `*` word: the table
  /// must be asked when one follows, without looking at a third word.
  private var finalPairs = WordSet()
  /// The (first, second, third) word triples of the phrases of three words or more.
  private var triples = WordSet()
  /// For a case-sensitive table: first words whose first one-word entry needs no capital, with its value.
  private var lowercaseSingles = IntegerMap()
  /// The heads of one-word `*` entries (see `TextFolding.headLength`).
  private var heads = WordSet()
  /// Whether every word must be asked (the table has `*` entries shorter than a head).
  private var asksEveryWord = false
  /// Whether a one-word match must also be asked (capitalised words must be capitalised in the text).
  private let isCaseSensitive: Bool

  private static let noSingle: Int32 = -1
  private static let undecided: Int32 = -2

  /// The lookahead of `PhraseTable(entries: entries, caseSensitiveForCapitals: caseSensitive)`.
  init(entries: [(String, Int32)], caseSensitive: Bool) {
    isCaseSensitive = caseSensitive
    for (phrase, value) in entries { add(phrase, value: value) }
  }

  private mutating func add(_ phrase: String, value: Int32) {
    var text = Substring(phrase)
    let isPrefix = text.hasSuffix("*")
    if isPrefix { text = text.dropLast() }
    let (bytes, tokens) = Tokenizer.tokenize(String(text))
    guard !tokens.isEmpty else { return }
    let words = bytes.withUnsafeBufferPointer { buffer in tokens.map { TextFolding.folded(buffer, $0.range) } }
    let first = TextFolding.hash(words[0])
    if isPrefix && words.count == 1 {
      if words[0].count >= TextFolding.headLength {
        heads.insert(hash: TextFolding.hash(Array(words[0].prefix(TextFolding.headLength))))
      } else if !words[0].isEmpty {
        asksEveryWord = true
      }
      return
    }
    let code = firstWords.value(first) ?? PhraseLookahead.noSingle
    if code == PhraseLookahead.undecided { return }
    if words.count == 1 {
      // The first one-word entry wins a tie, as in the table; in a case-sensitive table, the first
      // that needs no capital wins on a word in lower case.
      if code == PhraseLookahead.noSingle { firstWords.set(first, value) }
      let needsCapital = bytes.withUnsafeBufferPointer { buffer in
        CharacterClass.of(UTF8Decoding.scalar(in: buffer, at: Int(tokens[0].start)).value) == .upperLetter
      }
      if !needsCapital, lowercaseSingles.value(first) == nil { lowercaseSingles.set(first, value) }
      return
    }
    firstWords.set(first, code)
    if words.count == 2 && isPrefix {
      firstWords.set(first, PhraseLookahead.undecided)
      return
    }
    let pair = PhraseLookahead.pair(first, TextFolding.hash(words[1]))
    pairs.insert(hash: pair)
    if words.count == 2 || (words.count == 3 && isPrefix) {
      finalPairs.insert(hash: pair)
    } else {
      triples.insert(hash: PhraseLookahead.pair(pair, TextFolding.hash(words[2])))
    }
  }

  @inline(__always)
  private static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
    (first &* 0x9E37_79B9_7F4A_7C15) ^ second
  }

  /// The verdict for the word at `index` (a word token), whose phrase may run to `limit`.
  /// - Complexity: O(1), but for runs of quotation marks after the word.
  @inline(__always)
  func verdict(
    at index: Int, limit: Int, bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Verdict {
    if asksEveryWord { return .ask }
    let key = keys[index]
    if key.head != 0, !heads.isEmpty, heads.contains(key.head) { return .ask }
    guard let code = firstWords.value(key.hash) else { return .none }
    if code == PhraseLookahead.undecided || continuesPhrase(key.hash, after: index, limit: limit, tokens, keys) {
      return .ask
    }
    if code == PhraseLookahead.noSingle { return .none }
    if !isCaseSensitive { return .single(code) }
    let first = CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: Int(tokens[index].start)).value)
    if first == .upperLetter || first == .digit { return .single(code) }
    return lowercaseSingles.value(key.hash).map { .single($0) } ?? .none
  }

  /// Whether the words after `index` may continue a phrase that `first` opens: its second word,
  /// and its third when the phrase is longer, follow (the table steps over quotation marks between
  /// the words of a phrase, so the word after the marks counts too).
  @inline(__always)
  private func continuesPhrase(
    _ first: UInt64, after index: Int, limit: Int, _ tokens: UnsafeBufferPointer<Token>,
    _ keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    var found = false
    forEachNextWord(after: index, limit: limit, tokens) { second in
      let pair = PhraseLookahead.pair(first, keys[second].hash)
      guard pairs.contains(pair) else { return false }
      if finalPairs.contains(pair) {
        found = true
        return true
      }
      forEachNextWord(after: second, limit: limit, tokens) { third in
        found = triples.contains(PhraseLookahead.pair(pair, keys[third].hash))
        return found
      }
      return found
    }
    return found
  }

  /// Calls `body` with the token after `index` and, when quotation marks follow `index`, with the
  /// first token after them, until `body` returns true.
  @inline(__always)
  private func forEachNextWord(
    after index: Int, limit: Int, _ tokens: UnsafeBufferPointer<Token>, _ body: (Int) -> Bool
  ) {
    let next = index + 1
    guard next < limit, !body(next) else { return }
    var position = next
    while position < limit, tokens[position].kind == .quote { position += 1 }
    if position != next, position < limit { _ = body(position) }
  }
}
