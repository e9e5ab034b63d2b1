import StanceCore

/// The actor lexicon compiled for lookup: names and aliases, and role titles by date.
///
/// A class, not a struct: every document's `AttributionContext` holds it, and as a value each
/// document copied its dozen arrays and tables (a retain for each).
public final class ActorRegistry: Sendable {
  public let actors: [ActorEntry]
  /// Names and aliases → actor index. Capitalised words must be capitalised in the text.
  let names: PhraseTable
  /// Role titles → index into `titleHolders`.
  let titles: PhraseTable
  /// What `names` and `titles` can match at a word, told from it and the next (see `PhraseLookahead`).
  let namesLookahead: PhraseLookahead
  let titlesLookahead: PhraseLookahead
  let titleHolders: [[(actor: Int32, role: ActorEntry.Role)]]
  /// Folded words that occur in role titles ("minister", "deputy"): not part of a person's name.
  let titleWords: WordSet
  /// Folded head nouns of role titles ("minister", "secretary", "spokesman"): a cue after one is a verb.
  let titleHeads: WordSet
  let indexByID: [String: Int]
  /// Bit k set: some name or alias opens with the lower-case ASCII letter "a" + k ("the Netherlands").
  /// A lower-case word with another initial can open no name (capitalised name words must be
  /// capitalised in the text), so its lookup is skipped.
  let lowercaseNameInitials: UInt32

  public init(actors: [ActorEntry]) {
    self.actors = actors
    var nameEntries: [(String, Int32)] = []
    var titleEntries: [(String, Int32)] = []
    var holders: [[(actor: Int32, role: ActorEntry.Role)]] = []
    var holderIndex: [[UInt8]: Int] = [:]
    var titleWords = WordSet()
    var titleHeads = WordSet()
    var indexByID: [String: Int] = [:]
    for (index, actor) in actors.enumerated() {
      indexByID[actor.id] = index
      for name in [actor.name] + actor.aliases { nameEntries.append((name, Int32(index))) }
      for role in actor.roles {
        let key = TextFolding.folded(role.title)
        if let existing = holderIndex[key] {
          holders[existing].append((Int32(index), role))
        } else {
          holderIndex[key] = holders.count
          titleEntries.append((role.title, Int32(holders.count)))
          holders.append([(Int32(index), role)])
        }
        let (bytes, tokens) = Tokenizer.tokenize(role.title)
        bytes.withUnsafeBufferPointer { buffer in
          let words = tokens.filter { $0.kind == .word }.map { TextFolding.folded(buffer, $0.range) }
          for word in words where !GrammarWords.functionWords.contains(folded: word) { titleWords.insert(folded: word) }
          // The head is the word before "of" / "for" / "to" ("Secretary of State"), or the last word.
          if let linker = words.firstIndex(where: { GrammarWords.functionWords.contains(folded: $0) }), linker > 0 {
            titleHeads.insert(folded: words[linker - 1])
          } else if let last = words.last {
            titleHeads.insert(folded: last)
          }
        }
      }
    }
    names = PhraseTable(entries: nameEntries, caseSensitiveForCapitals: true)
    namesLookahead = PhraseLookahead(entries: nameEntries, caseSensitive: true)
    var initials: UInt32 = 0
    for (name, _) in nameEntries {
      guard let first = name.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { continue }
      let characterClass = CharacterClass.of(first.value)
      guard characterClass != .upperLetter, characterClass != .digit else { continue }
      // A name opening with anything else than a lower-case ASCII letter turns the skip off.
      guard first.value >= 0x61, first.value <= 0x7A else {
        initials = .max
        break
      }
      initials |= 1 << (first.value - 0x61)
    }
    lowercaseNameInitials = initials
    titles = PhraseTable(entries: titleEntries)
    titlesLookahead = PhraseLookahead(entries: titleEntries, caseSensitive: false)
    self.titleHolders = holders
    self.titleWords = titleWords
    self.titleHeads = titleHeads
    self.indexByID = indexByID
  }

  /// The actor with this id.
  public func actor(id: String) -> ActorEntry? { indexByID[id].map { actors[$0] } }

  /// The actor who held a titled role on `date`, when exactly one did.
  func holder(ofTitle group: Int32, on date: DocumentDate?) -> Int32? {
    let candidates = titleHolders[Int(group)]
    guard let date else { return candidates.count == 1 && candidates[0].role.to == nil ? candidates[0].actor : nil }
    let current = candidates.filter { $0.role.isHeld(on: date) }
    let distinct = Set(current.map(\.actor))
    return distinct.count == 1 ? distinct.first : nil
  }

  /// Resolves a speaker given as plain text (a JSON Lines `speaker` field).
  public func resolve(name: String) -> Speaker {
    let (bytes, tokens) = Tokenizer.tokenize(name)
    let match = bytes.withUnsafeBufferPointer { buffer in
      tokens.withUnsafeBufferPointer { tokenBuffer -> PhraseTable.Match? in
        guard !tokens.isEmpty, let match = names.longestMatch(in: buffer, tokens: tokenBuffer, at: 0),
          match.tokenCount == tokens.count
        else { return nil }
        return match
      }
    }
    if let match {
      let actor = actors[Int(match.value)]
      return Speaker(name: actor.name, actorID: actor.id, kind: .registered)
    }
    return Speaker(name: name.trimmingSpaces(), actorID: nil, kind: .unregistered)
  }
}
