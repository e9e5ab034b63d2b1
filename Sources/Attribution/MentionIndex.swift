import StanceCore

/// Every cue, actor name, role title and pronoun of a document, found in one pass over its tokens.
struct MentionIndex {
  struct Cue {
    var tokens: Range<Int>
    var entry: Int
    var role: ReportingCue.Role
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
  var cueAtToken = TokenSlots(count: 0)
  var nameAtToken = TokenSlots(count: 0)
  var titleAtToken = TokenSlots(count: 0)

  /// `filter` covers `registry.names`, `registry.titles` and `cueTable`, as bits 0, 1 and 2.
  init(
    document: SegmentedDocument, cueTable: PhraseTable, cueLookahead: PhraseLookahead, cueEntries: [ReportingCue],
    registry: ActorRegistry, filter: PhraseFilter
  ) {
    cueAtToken = TokenSlots(count: document.tokens.count)
    nameAtToken = TokenSlots(count: document.tokens.count)
    titleAtToken = TokenSlots(count: document.tokens.count)
    document.text.withBytes { bytes in
      document.tokens.withUnsafeBufferPointer { tokens in
        document.wordKeys.withUnsafeBufferPointer { keys in
          for sentence in document.sentences {
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
                nameAtToken[index] = names.count
                names.append(Name(tokens: index..<(index + match.tokenCount), actor: match.value))
                index += match.tokenCount
                continue
              }
              if tables & 2 != 0,
                let match = match(
                  registry.titles, registry.titlesLookahead, in: bytes, tokens: tokens, at: index, limit: limit,
                  keys: keys)
              {
                titleAtToken[index] = titles.count
                titles.append(Title(tokens: index..<(index + match.tokenCount), group: match.value))
              }
              if tables & 4 != 0,
                let match = match(
                  cueTable, cueLookahead, in: bytes, tokens: tokens, at: index, limit: limit, keys: keys)
              {
                let entry = Int(match.value)
                let role = cueEntries[entry].role
                let start =
                  role == .verb
                  ? MentionIndex.leadingVerbStart(
                    before: index, sentenceStart: sentence.tokens.lowerBound, tokens: tokens, keys: keys) ?? index
                  : index
                cueAtToken[start] = cues.count
                cues.append(Cue(tokens: start..<(index + match.tokenCount), entry: entry, role: role))
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

/// The longest entry of `table` at a word: decided by `lookahead` when it can, by the table otherwise.
@inline(__always)
private func match(
  _ table: PhraseTable, _ lookahead: PhraseLookahead, in bytes: UnsafeBufferPointer<UInt8>,
  tokens: UnsafeBufferPointer<Token>, at index: Int, limit: Int, keys: UnsafeBufferPointer<WordKey>
) -> (value: Int32, tokenCount: Int)? {
  switch lookahead.verdict(at: index, limit: limit, tokens: tokens, keys: keys) {
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

/// For each token, the index of the mention that starts there, if any: a flat array, not a
/// dictionary, because every token is looked up.
struct TokenSlots {
  private var slots: [Int32]

  init(count: Int) {
    slots = [Int32](repeating: -1, count: count)
  }

  subscript(index: Int) -> Int? {
    get {
      guard index >= 0, index < slots.count else { return nil }
      let value = slots[index]
      return value < 0 ? nil : Int(value)
    }
    set { slots[index] = Int32(newValue ?? -1) }
  }
}
