import StanceCore

/// Every cue, actor name, role title and pronoun of a document, found in one pass over its tokens.
struct MentionIndex {
  struct Cue {
    var tokens: Range<Int>
    var entry: Int
    var role: ReportingCue.Role
    /// A verb of naming, found with the quotation after it (and then read as a verb).
    var isNaming = false
  }

  struct Name {
    var tokens: Range<Int>
    var actor: Int32
  }

  struct Title {
    var tokens: Range<Int>
    var group: Int32
  }

  var cues: [Cue] = []
  var names: [Name] = []
  var titles: [Title] = []
  /// Token index → index into `cues`, for tokens that start a cue.
  var cueAtToken = TokenSlots([], lane: 0, count: 0)
  var nameAtToken = TokenSlots([], lane: 0, count: 0)
  var titleAtToken = TokenSlots([], lane: 0, count: 0)
  /// Token index → sentence index.
  var sentenceOfToken = TokenLane([], lane: 0, count: 0)

  /// `filter` covers `registry.names`, `registry.titles` and `cueTable`, as bits 0, 1 and 2.
  init(
    document: SegmentedDocument, cueTable: PhraseTable, cueLookahead: PhraseLookahead, cueEntries: [ReportingCue],
    registry: ActorRegistry, filter: PhraseFilter
  ) {
    let count = document.tokens.count
    // The per-token arrays are lanes of one buffer: one allocation per document, not four.
    let slots = [Int32](unsafeUninitializedCapacity: 4 * count) { slots, initialized in
      UnsafeMutableBufferPointer(rebasing: slots[0..<(3 * count)]).initialize(repeating: -1)
      UnsafeMutableBufferPointer(rebasing: slots[(3 * count)...]).initialize(repeating: 0)
      initialized = 4 * count
      fill(slots, count: count, document, cueTable, cueLookahead, cueEntries, registry, filter)
    }
    cueAtToken = TokenSlots(slots, lane: 0, count: count)
    nameAtToken = TokenSlots(slots, lane: 1, count: count)
    titleAtToken = TokenSlots(slots, lane: 2, count: count)
    sentenceOfToken = TokenLane(slots, lane: 3, count: count)
  }

  /// Finds the mentions, and marks where each starts in lanes 0 (cues), 1 (names) and 2 (titles) of
  /// `slots`, and each token's sentence in lane 3.
  private mutating func fill(
    _ slots: UnsafeMutableBufferPointer<Int32>, count: Int, _ document: SegmentedDocument,
    _ cueTable: PhraseTable, _ cueLookahead: PhraseLookahead, _ cueEntries: [ReportingCue],
    _ registry: ActorRegistry, _ filter: PhraseFilter
  ) {
    document.text.withBytes { bytes in
      document.tokens.withUnsafeBufferPointer { tokens in
        document.wordKeys.withUnsafeBufferPointer { keys in
          for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let sentenceLane = 3 * count
            UnsafeMutableBufferPointer(
              rebasing: slots[(sentenceLane + sentence.tokens.lowerBound)..<(sentenceLane + sentence.tokens.upperBound)]
            ).update(repeating: Int32(sentenceIndex))
            var index = sentence.tokens.lowerBound
            let limit = sentence.tokens.upperBound
            while index < limit {
              let token = tokens[index]
              guard token.kind == .word else {
                index += 1
                continue
              }
              // One key of the word serves the three tables, and the filter rules most of them out.
              let key = keys[index]
              let tables = filter.tables(for: key)
              if tables == 0 {
                index += 1
                continue
              }
              if tables & 1 != 0, canStartName(bytes, token, registry),
                let match = match(
                  registry.names, registry.namesLookahead, in: bytes, tokens: tokens, at: index, limit: limit,
                  keys: keys)
              {
                slots[count + index] = Int32(names.count)
                names.append(Name(tokens: index..<(index + match.tokenCount), actor: match.value))
                index += match.tokenCount
                continue
              }
              if tables & 2 != 0,
                let match = match(
                  registry.titles, registry.titlesLookahead, in: bytes, tokens: tokens, at: index, limit: limit,
                  keys: keys)
              {
                slots[2 * count + index] = Int32(titles.count)
                titles.append(Title(tokens: index..<(index + match.tokenCount), group: match.value))
              }
              if tables & 4 != 0,
                let match = match(
                  cueTable, cueLookahead, in: bytes, tokens: tokens, at: index, limit: limit, keys: keys),
                MentionIndex.isInPlace(
                  cueEntries[Int(match.value)].role, index..<(index + match.tokenCount),
                  sentence: sentence.tokens.lowerBound..<limit, bytes, tokens, keys)
              {
                let entry = Int(match.value)
                // A verb of naming followed by its quotation, or of quoting beside one, reports like any verb.
                let role = cueEntries[entry].role.needsQuotation ? .verb : cueEntries[entry].role
                let start =
                  role == .verb
                  ? MentionIndex.leadingVerbStart(
                    before: index, sentenceStart: sentence.tokens.lowerBound, tokens: tokens, keys: keys) ?? index
                  : index
                slots[start] = Int32(cues.count)
                cues.append(
                  Cue(
                    tokens: start..<(index + match.tokenCount), entry: entry, role: role,
                    isNaming: cueEntries[entry].role == .naming))
                index += match.tokenCount
                continue
              }
              index += 1
            }
          }
        }
      }
    }
  }
}

extension MentionIndex {
  /// How many tokens after a verb of naming its quotation may open ("called the sanctions imposed on
  /// Moscow “…”").
  static let namingReach = 8
  /// A word right after a verb of naming that shows it passive ("referred to as").
  static let passiveMarks = WordSet(["as"])
  /// A word before a verb of naming that is its object ("what he calls").
  static let namedObjects = WordSet(["what"])

  /// Whether a verb of naming at `cue` has its quotation: a quotation mark that can open one (" “ ‘ «
  /// or '') within `namingReach` tokens after it, before `limit`, with the thing named between them
  /// ("called the sanctions “…”"). Right after the verb, or after "as", the naming is passive ("a
  /// group called “…”", "commonly referred to as “…”") and reports nobody, unless "what" leads in
  /// ("what he calls “the Washington cartel”"); so is a naming at the head of its sentence, alone or
  /// after an adverb ("Dubbed the “Iron Lady” by the press, she …", "Originally called the “…”, it …").
  static func quoteOpens(
    naming cue: Range<Int>, sentence: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
    _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    let (start, limit) = (cue.upperBound, sentence.upperBound)
    if cue.lowerBound == sentence.lowerBound { return false }
    if cue.lowerBound == sentence.lowerBound + 1, endsInLy(tokens[sentence.lowerBound], bytes) { return false }
    guard start < limit else { return false }
    if isQuoteOpening(tokens[start], bytes) || (tokens[start].kind == .word && passiveMarks.contains(keys[start].hash))
    {
      let before = max(0, cue.lowerBound - 3)..<cue.lowerBound
      guard before.contains(where: { tokens[$0].kind == .word && namedObjects.contains(keys[$0].hash) }) else {
        return false
      }
    }
    return (start..<min(limit, start + namingReach)).contains { isQuoteOpening(tokens[$0], bytes) }
  }

  /// Whether a cue of `role` at `cue` reports: a verb of naming when its quotation opens after it, a verb
  /// of quoting when it stands beside a quotation, any other cue always.
  static func isInPlace(
    _ role: ReportingCue.Role, _ cue: Range<Int>, sentence: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
    _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    switch role {
    case .verb, .source: return true
    case .naming: return quoteOpens(naming: cue, sentence: sentence, bytes, tokens, keys)
    case .quoting: return standsBesideQuote(cue, bytes, tokens)
    }
  }

  /// How many tokens a verb of quoting may stand after the quotation it reports ("…,” the minister
  /// continued", "…,” continued Mr. Smith"), or before it ("she continued: “…”").
  static let quotingReach = (before: 5, after: 2)

  /// Whether a verb of quoting stands beside its quotation: after the mark closing it, within
  /// `quotingReach.before` tokens, where a comma stands just inside or after the mark ("…,” he continued",
  /// "…”, continued Mr. Smith"; not "…peace.” Fighting continued"); or before the mark opening it,
  /// within `quotingReach.after` tokens of punctuation ("she continued: “…”").
  static func standsBesideQuote(
    _ cue: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>
  ) -> Bool {
    func isComma(_ index: Int) -> Bool {
      index >= 0 && index < tokens.count && tokens[index].kind == .punctuation
        && bytes[Int(tokens[index].start)] == 0x2C
    }
    var index = cue.lowerBound - 1
    while index >= max(0, cue.lowerBound - quotingReach.before) {
      if tokens[index].kind == .quote {
        // A doubled apostrophe ('') may be two marks.
        var first = index
        while first > 0, tokens[first - 1].kind == .quote { first -= 1 }
        return isComma(first - 1) || isComma(index + 1)
      }
      if tokens[index].kind == .punctuation, !isComma(index) { break }
      index -= 1
    }
    var after = cue.upperBound
    while after < min(tokens.count, cue.upperBound + quotingReach.after + 1) {
      if isQuoteOpening(tokens[after], bytes) { return true }
      if tokens[after].kind != .punctuation { break }
      after += 1
    }
    return false
  }

  /// Whether a token is a quotation mark that can open a quotation.
  private static func isQuoteOpening(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard token.kind == .quote else { return false }
    let start = Int(token.start)
    switch UTF8Decoding.characterClass(in: bytes, at: start).characterClass {
    case .straightDoubleQuote, .openingQuote, .openingSingleQuote: return true
    // Two apostrophes: the old newswire style of quotation marks ('' … '').
    case .apostrophe: return start + 1 < bytes.count && bytes[start] == 0x27 && bytes[start + 1] == 0x27
    default: return false
    }
  }

  /// Whether a word token ends in "ly" (an adverb, most often).
  private static func endsInLy(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    token.endsInLetters(0x6C, 0x79, longerThan: 3, in: bytes)
  }
}

/// The longest entry of `table` at a word: decided by `lookahead` when it can, by the table otherwise.
@inline(__always)
private func match(
  _ table: PhraseTable, _ lookahead: PhraseLookahead, in bytes: UnsafeBufferPointer<UInt8>,
  tokens: UnsafeBufferPointer<Token>, at index: Int, limit: Int, keys: UnsafeBufferPointer<WordKey>
) -> (value: Int32, tokenCount: Int)? {
  switch lookahead.verdict(at: index, limit: limit, bytes: bytes, tokens: tokens, keys: keys) {
  case .none: return nil
  case .single(let value): return (value, 1)
  case .ask:
    guard let match = table.longestMatch(in: bytes, tokens: tokens, at: index, limit: limit, keys: keys) else {
      return nil
    }
    return (match.value, match.tokenCount)
  }
}

/// Whether a word token may open a registered name: a lower-case ASCII word only when some name
/// opens with its initial (most words are skipped without a lookup); any other word may.
@inline(__always)
private func canStartName(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ registry: ActorRegistry) -> Bool {
  let first = bytes[Int(token.start)]
  guard first >= 0x61, first <= 0x7A else { return true }
  return registry.lowercaseNameInitials & (1 << UInt32(first - 0x61)) != 0
}

/// One per-token lane of a document's flat `Int32` array, which holds lanes of `count` slots each:
/// the mention slots and the sentence of each token share one allocation.
struct TokenLane {
  private let slots: [Int32]
  private let offset: Int
  private let count: Int

  init(_ slots: [Int32], lane: Int, count: Int) {
    self.slots = slots
    offset = lane * count
    self.count = count
  }

  /// Whether `index` is a token of the lane.
  @inline(__always)
  func contains(_ index: Int) -> Bool { index >= 0 && index < count }

  /// The slot of token `index`.
  @inline(__always)
  subscript(index: Int) -> Int32 {
    precondition(contains(index), "token index out of range")
    return slots[offset + index]
  }
}

/// For each token, the index of the mention that starts there, if any (-1 in its lane: none), not a
/// dictionary, because every token is looked up.
struct TokenSlots {
  private let lane: TokenLane

  init(_ slots: [Int32], lane: Int, count: Int) {
    self.lane = TokenLane(slots, lane: lane, count: count)
  }

  subscript(index: Int) -> Int? {
    guard lane.contains(index) else { return nil }
    let value = lane[index]
    return value < 0 ? nil : Int(value)
  }
}
