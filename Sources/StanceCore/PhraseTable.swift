/// A lookup table of words and multi-word phrases, matched longest first over tokens.
///
/// Keys are folded (see `TextFolding`) and hashed with FNV-1a; a candidate's words are confirmed
/// by a byte comparison, or by their 64-bit hashes when the caller passes the tokens' keys (two
/// different words share one with odds of about one in 10^19), so no String is built per token. A phrase whose last word ends in `*`
/// matches any word that starts with it ("threat*" matches "threatening"). Each phrase carries an
/// `Int32` value, usually the index of its lexicon entry. (Not generic: a generic table used
/// across modules pays for runtime metadata lookups on every match.)
public struct PhraseTable: Sendable {
  /// An entry, with its words stored flat in `wordBytes` (no array per entry, so reading one in
  /// the hot loop touches no reference count).
  struct Entry: Sendable {
    /// Index of its first word in `wordStarts`.
    var firstWord: Int32
    var wordCount: Int32
    var isLastWordPrefix: Bool
    /// Bit k set: word k is capitalised in the lexicon and must be capitalised in the text.
    var capitalMask: UInt64
    var value: Int32
    /// The hash of its second word, when it has a second word that is a whole word (not a `*` prefix):
    /// a candidate whose next token has another key is ruled out before it is scored.
    var secondWordHash: UInt64
    var hasWholeSecondWord: Bool
  }

  /// A match: the value, and how many tokens it covers (quotation marks between its words included).
  public struct Match {
    public var value: Int32
    public var tokenCount: Int
  }

  /// The words and lookup indices, built once and shared by copies of the table. A table is copied
  /// into every rule that uses it, and a struct of a dozen arrays is copied (with a reference count
  /// per array) wherever the compiler cannot borrow it; one reference costs one.
  final class Storage: @unchecked Sendable {
    let entries: [Entry]
    /// Word w's folded bytes are `wordBytes[wordStarts[w]..<wordStarts[w + 1]]`.
    let wordStarts: [Int32]
    let wordBytes: [UInt8]
    /// The hash of each word's folded bytes: a token whose key differs is not that word.
    let wordHashes: [UInt64]
    /// Entry ids by the hash of their first word, as built and as looked up.
    let exactLists: [UInt64: [Int32]]
    /// One-word `*` entries by the hash of their first `TextFolding.headLength` folded bytes.
    let prefixLists: [UInt64: [Int32]]
    /// One-word `*` entries shorter than the head, by the hash of the whole prefix.
    let shortPrefixLists: [UInt64: [Int32]]
    let exactIndex: FlatHashIndex
    /// The entries of `exactIndex` split by whether they have a whole second word: those without by
    /// their first word, those with by the pair of their first two words (`pairHash`), so that a
    /// common first word ("the", "not") is not followed by a scan of every phrase it opens.
    let singleIndex: FlatHashIndex
    let pairIndex: FlatHashIndex
    let prefixIndex: FlatHashIndex
    let shortPrefixIndex: FlatHashIndex
    /// Bit k set: some short `*` entry has k folded bytes.
    let shortPrefixLengthMask: UInt64

    /// Freezes what a builder gathered, building the lookup indices.
    init(_ builder: Builder) {
      entries = builder.entries
      wordStarts = builder.wordStarts
      wordBytes = builder.wordBytes
      wordHashes = builder.wordHashes
      exactLists = builder.exactLists
      prefixLists = builder.prefixLists
      shortPrefixLists = builder.shortPrefixLists
      shortPrefixLengthMask = builder.shortPrefixLengthMask
      exactIndex = FlatHashIndex(exactLists)
      var singleLists: [UInt64: [Int32]] = [:]
      var pairLists: [UInt64: [Int32]] = [:]
      // Each list stays in entry order, as in `exactLists`.
      for (hash, ids) in exactLists {
        for id in ids {
          let entry = builder.entries[Int(id)]
          if entry.hasWholeSecondWord {
            pairLists[PhraseTable.pairHash(hash, entry.secondWordHash), default: []].append(id)
          } else {
            singleLists[hash, default: []].append(id)
          }
        }
      }
      singleIndex = FlatHashIndex(singleLists)
      pairIndex = FlatHashIndex(pairLists)
      prefixIndex = FlatHashIndex(prefixLists)
      shortPrefixIndex = FlatHashIndex(shortPrefixLists)
    }
  }

  /// The entries of a table being built (see `Storage`).
  struct Builder {
    var entries: [Entry] = []
    var wordStarts: [Int32] = [0]
    var wordBytes: [UInt8] = []
    var wordHashes: [UInt64] = []
    var exactLists: [UInt64: [Int32]] = [:]
    var prefixLists: [UInt64: [Int32]] = [:]
    var shortPrefixLists: [UInt64: [Int32]] = [:]
    var shortPrefixLengthMask: UInt64 = 0

    init() {}

    /// The entries of a built table, to add more to.
    init(_ storage: Storage) {
      entries = storage.entries
      wordStarts = storage.wordStarts
      wordBytes = storage.wordBytes
      wordHashes = storage.wordHashes
      exactLists = storage.exactLists
      prefixLists = storage.prefixLists
      shortPrefixLists = storage.shortPrefixLists
      shortPrefixLengthMask = storage.shortPrefixLengthMask
    }
  }

  private var storage = Storage(Builder())
  /// When true, capitalised lexicon words match only capitalised text (names: "US" is not "us").
  public let isCaseSensitiveForCapitals: Bool

  public init(caseSensitiveForCapitals: Bool = false) {
    isCaseSensitiveForCapitals = caseSensitiveForCapitals
  }

  public var count: Int { storage.entries.count }
  var entries: [Entry] { storage.entries }

  /// The hashes of the first words of its entries (other than one-word `*` entries).
  public var firstWordHashes: Dictionary<UInt64, [Int32]>.Keys { storage.exactLists.keys }
  /// The hashes of the heads of its one-word `*` entries (see `TextFolding.headLength`).
  public var headHashes: Dictionary<UInt64, [Int32]>.Keys { storage.prefixLists.keys }
  /// Whether it has `*` entries shorter than a head, which every word must be checked against.
  public var hasShortPrefixes: Bool { !storage.shortPrefixLists.isEmpty }

  /// A table of `phrases`, each carrying its position in the sequence as its value (the index of
  /// its lexicon entry). The lookup indices are built once, at the end.
  public init(phrases: some Sequence<String>, caseSensitiveForCapitals: Bool = false) {
    self.init(
      entries: phrases.enumerated().map { ($0.element, Int32($0.offset)) },
      caseSensitiveForCapitals: caseSensitiveForCapitals)
  }

  /// A table of (phrase, value) entries; the lookup indices are built once, at the end.
  public init(entries: some Sequence<(String, Int32)>, caseSensitiveForCapitals: Bool = false) {
    self.init(caseSensitiveForCapitals: caseSensitiveForCapitals)
    var builder = Builder()
    for (phrase, value) in entries { builder.append(phrase, value: value) }
    storage = Storage(builder)
  }

  /// Adds a phrase. Returns false when the phrase has no words.
  /// - Complexity: O(entries): the lookup indices are rebuilt; build whole tables with `init(phrases:)`.
  @discardableResult
  public mutating func insert(_ phrase: String, value: Int32) -> Bool {
    var builder = Builder(storage)
    guard builder.append(phrase, value: value) else { return false }
    storage = Storage(builder)
    return true
  }

  /// The longest entry that starts at token `index`.
  /// - Complexity: O(candidates × phrase length), plus the length of the token when `keys` is not given.
  /// `keys`, when given, are the tokens' `WordKey`s (see `SegmentedDocument.wordKeys`): a caller
  /// that looks tokens up in several tables hashes each once, and the whole words of candidate
  /// phrases are compared by hash instead of by bytes.
  @inline(__always)
  public func longestMatch(
    in bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at index: Int, limit: Int? = nil,
    keys: UnsafeBufferPointer<WordKey>? = nil
  ) -> Match? {
    let key = keys?[index] ?? TextFolding.wordKey(bytes, tokens[index].range)
    // Most words start no entry: one or two probes say so.
    if storage.exactIndex.slot(key.hash) == nil, key.head == 0 || storage.prefixIndex.slot(key.head) == nil,
      storage.shortPrefixIndex.isEmpty
    {
      return nil
    }
    return storage.entries.withUnsafeBufferPointer { entries in
      storage.wordStarts.withUnsafeBufferPointer { wordStarts in
        storage.wordBytes.withUnsafeBufferPointer { wordBytes in
          storage.wordHashes.withUnsafeBufferPointer { wordHashes in
            longestMatch(
              in: bytes, tokens: tokens, at: index, limit: limit ?? tokens.count, key: key,
              words: Words(starts: wordStarts, bytes: wordBytes, hashes: wordHashes, keys: keys), entries: entries)
          }
        }
      }
    }
  }

  /// The words of the entries, and the keys of the tokens when the caller has them.
  private struct Words {
    var starts: UnsafeBufferPointer<Int32>
    var bytes: UnsafeBufferPointer<UInt8>
    var hashes: UnsafeBufferPointer<UInt64>
    var keys: UnsafeBufferPointer<WordKey>?
  }

  private func longestMatch(
    in bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at index: Int, limit end: Int,
    key: WordKey, words: Words, entries: UnsafeBufferPointer<Entry>
  ) -> Match? {
    var best = Best()
    // `*` entries shorter than the head: by the hash of each short prefix of the token.
    if !storage.shortPrefixIndex.isEmpty {
      var hash = FoldedWordHash()
      var folded = TextFolding.FoldedBytes(bytes, tokens[index].range)
      while hash.count < TextFolding.headLength - 1, let byte = folded.next() {
        hash.add(byte)
        let length = hash.count
        if storage.shortPrefixLengthMask & (1 << UInt64(length)) != 0 {
          consider(
            storage.shortPrefixIndex, hash.value, in: bytes, tokens: tokens, at: index, limit: end, entries: entries,
            words: words, best: &best)
        }
      }
    }
    // The other `*` entries by the token's head (each confirmed against the whole prefix), then
    // exact first words.
    if key.head != 0 {
      consider(
        storage.prefixIndex, key.head, in: bytes, tokens: tokens, at: index, limit: end, entries: entries, words: words,
        best: &best)
    }
    // With the tokens' keys, the entries that need a second word are found by the first two words'
    // pair, unless a quotation mark follows (which `score` steps over): then all are tried.
    if let keys = words.keys, index &+ 1 >= end || tokens[index &+ 1].kind != .quote {
      consider(
        storage.singleIndex, key.hash, in: bytes, tokens: tokens, at: index, limit: end, entries: entries,
        words: words, best: &best)
      if index &+ 1 < end {
        consider(
          storage.pairIndex, PhraseTable.pairHash(key.hash, keys[index &+ 1].hash), in: bytes, tokens: tokens,
          at: index, limit: end, entries: entries, words: words, best: &best)
      }
    } else {
      consider(
        storage.exactIndex, key.hash, in: bytes, tokens: tokens, at: index, limit: end, entries: entries,
        words: words, best: &best)
    }
    guard best.id >= 0 else { return nil }
    return Match(value: entries[Int(best.id)].value, tokenCount: best.count)
  }

  /// Confirms the entries `lookup` holds under `hash`, keeping the best.
  @inline(__always)
  private func consider(
    _ lookup: FlatHashIndex, _ hash: UInt64, in bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
    at index: Int, limit end: Int, entries: UnsafeBufferPointer<Entry>, words: Words, best: inout Best
  ) {
    guard let (start, count) = lookup.slot(hash) else { return }
    for offset in 0..<count {
      let id = lookup.valueAt(start + offset)
      if let keys = words.keys,
        !PhraseTable.mayMatchSecondWord(entries[Int(id)], tokens: tokens, keys: keys, at: index, limit: end)
      {
        continue
      }
      guard
        let (score, spanned) = PhraseTable.score(
          entries[Int(id)], in: bytes, tokens: tokens, at: index, limit: end, words: words,
          caseSensitive: isCaseSensitiveForCapitals), score > best.score
      else { continue }
      best = Best(id: id, count: spanned, score: score)
    }
  }

  /// The key of a pair of words in `pairIndex`, from their hashes. (Two pairs that share one are
  /// told apart when the candidates are scored.)
  @inline(__always)
  static func pairHash(_ first: UInt64, _ second: UInt64) -> UInt64 {
    let mixed = (first ^ (second &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    return mixed ^ (mixed >> 31)
  }

  /// False when the entry cannot match at `index` because of its second word: there is no next token, or
  /// the next token is not a quotation mark (which `score` would step over) and its key is not the
  /// second word's. True otherwise, and for entries without a whole second word: `score` decides.
  @inline(__always)
  private static func mayMatchSecondWord(
    _ entry: Entry, tokens: UnsafeBufferPointer<Token>, keys: UnsafeBufferPointer<WordKey>, at index: Int,
    limit end: Int
  ) -> Bool {
    guard entry.hasWholeSecondWord else { return true }
    let next = index &+ 1
    guard next < end else { return false }
    return tokens[next].kind == .quote || keys[next].hash == entry.secondWordHash
  }

  /// The best candidate so far.
  private struct Best {
    var id: Int32 = -1
    var count = 0
    var score = Int.min
  }

  /// The score of an entry that matches the tokens at `index` (nil if it does not): longer phrases
  /// win; then exact words over prefixes; then longer prefixes.
  @inline(__always)
  private static func score(
    _ entry: Entry, in bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at index: Int,
    limit end: Int, words: Words, caseSensitive: Bool
  ) -> (score: Int, tokens: Int)? {
    let count = Int(entry.wordCount)
    guard index + count <= end else { return nil }
    var lastWordLength = 0
    var position = index
    for offset in 0..<count {
      let word = Int(entry.firstWord) + offset
      let start = Int(words.starts[word])
      let folded = UnsafeBufferPointer(rebasing: words.bytes[start..<Int(words.starts[word + 1])])
      // A quotation mark inside a phrase does not break it: a partial quote may open or close
      // between its words ("was always prepared” to talk").
      if offset > 0, let first = folded.first, Tokenizer.isASCIIWordByte(first) {
        while position < end, tokens[position].kind == .quote { position += 1 }
      }
      guard position < end else { return nil }
      let token = tokens[position]
      lastWordLength = folded.count
      let isPrefix = offset == count - 1 && entry.isLastWordPrefix
      if !isPrefix, let keys = words.keys {
        // A whole word is compared by its 64-bit hash when the caller has the tokens' keys.
        guard keys[position].hash == words.hashes[word] else { return nil }
      } else {
        guard TextFolding.foldedEquals(bytes, token.range, folded, isPrefix: isPrefix) else { return nil }
      }
      if caseSensitive, offset < 64, entry.capitalMask & (1 << UInt64(offset)) != 0 {
        let firstClass = CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: Int(token.start)).value)
        guard firstClass == .upperLetter || firstClass == .digit else { return nil }
      }
      position += 1
    }
    return (count * 1024 + (entry.isLastWordPrefix ? lastWordLength : 1000), position - index)
  }
}

extension PhraseTable.Builder {
  /// Adds an entry; the lookup indices are built when the table is frozen. Returns false when the
  /// phrase has no words.
  @discardableResult
  mutating func append(_ phrase: String, value: Int32) -> Bool {
    var text = Substring(phrase)
    var isPrefix = false
    if text.hasSuffix("*") {
      isPrefix = true
      text = text.dropLast()
    }
    let (bytes, tokens) = Tokenizer.tokenize(String(text))
    guard !tokens.isEmpty else { return false }
    var words: [[UInt8]] = []
    var capitalMask: UInt64 = 0
    bytes.withUnsafeBufferPointer { buffer in
      for (position, token) in tokens.enumerated() {
        words.append(TextFolding.folded(buffer, token.range))
        let first = CharacterClass.of(UTF8Decoding.scalar(in: buffer, at: Int(token.start)).value)
        if first == .upperLetter, position < 64 { capitalMask |= 1 << UInt64(position) }
      }
    }
    guard !words[words.count - 1].isEmpty || !isPrefix else { return false }
    let id = Int32(entries.count)
    entries.append(
      PhraseTable.Entry(
        firstWord: Int32(wordStarts.count - 1), wordCount: Int32(words.count), isLastWordPrefix: isPrefix,
        capitalMask: capitalMask, value: value, secondWordHash: words.count > 1 ? TextFolding.hash(words[1]) : 0,
        hasWholeSecondWord: words.count > 2 || (words.count == 2 && !isPrefix)))
    for word in words {
      wordBytes.append(contentsOf: word)
      wordStarts.append(Int32(wordBytes.count))
      wordHashes.append(TextFolding.hash(word))
    }
    if isPrefix && words.count == 1 {
      let length = words[0].count
      if length >= TextFolding.headLength {
        prefixLists[TextFolding.hash(Array(words[0].prefix(TextFolding.headLength))), default: []].append(id)
      } else {
        shortPrefixLists[TextFolding.hash(words[0]), default: []].append(id)
        shortPrefixLengthMask |= 1 << UInt64(length)
      }
    } else {
      exactLists[TextFolding.hash(words[0]), default: []].append(id)
    }
    return true
  }
}
