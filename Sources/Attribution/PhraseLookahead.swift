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
  private var firstWords = WordCodes()
  /// The (first, second) word pairs of the phrases of two words or more, combined by `pair`.
  private var pairs = WordSet()
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
    let code = firstWords[first] ?? PhraseLookahead.noSingle
    if code == PhraseLookahead.undecided { return }
    if words.count == 1 {
      // The first one-word entry wins a tie, as in the table.
      if code == PhraseLookahead.noSingle { firstWords.set(value, for: first) }
      return
    }
    firstWords.set(code, for: first)
    if words.count == 2 && isPrefix {
      firstWords.set(PhraseLookahead.undecided, for: first)
    } else {
      pairs.insert(hash: PhraseLookahead.pair(first, TextFolding.hash(words[1])))
    }
  }

  @inline(__always)
  private static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
    (first &* 0x9E37_79B9_7F4A_7C15) ^ second
  }

  /// The verdict for the word at `index` (a word token), whose phrase may run to `limit`.
  /// - Complexity: O(1), but for a run of quotation marks after the word.
  @inline(__always)
  func verdict(
    at index: Int, limit: Int, tokens: UnsafeBufferPointer<Token>, keys: UnsafeBufferPointer<WordKey>
  ) -> Verdict {
    if asksEveryWord { return .ask }
    let key = keys[index]
    if key.head != 0, !heads.isEmpty, heads.contains(key.head) { return .ask }
    guard let code = firstWords[key.hash] else { return .none }
    if code == PhraseLookahead.undecided || continuesPhrase(key.hash, at: index + 1, limit: limit, tokens, keys) {
      return .ask
    }
    if code == PhraseLookahead.noSingle { return .none }
    return isCaseSensitive ? .ask : .single(code)
  }

  /// Whether the token at `next`, or the first after the quotation marks from there (the table
  /// steps over marks between the words of a phrase), is the second word of a phrase opened by `first`.
  @inline(__always)
  private func continuesPhrase(
    _ first: UInt64, at next: Int, limit: Int, _ tokens: UnsafeBufferPointer<Token>,
    _ keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    guard next < limit else { return false }
    if pairs.contains(PhraseLookahead.pair(first, keys[next].hash)) { return true }
    var position = next
    while position < limit, tokens[position].kind == .quote { position += 1 }
    return position != next && position < limit && pairs.contains(PhraseLookahead.pair(first, keys[position].hash))
  }
}
