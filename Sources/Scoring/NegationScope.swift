import StanceCore

/// Decides where a determiner negator's reach ends. "no" and "without" negate the noun phrase they
/// open ("no progress", "without any real guarantees of security"), not the topic or the clause after
/// it: "no progress on the prisoner exchange" negates the progress, not the exchange, and "no
/// progress has been made" ends at its verb.
///
/// The phrase ends at the first word after the negator that is a preposition naming a topic, a place,
/// a time or a partner (`phraseEnders`: "on", "in", "with", "between", …) or that opens a clause (a
/// pronoun, an auxiliary, a relative or subordinating word). "of", "for", "to" and "towards" belong
/// to the phrase ("no sign of progress", "no respect for the truce", "no threat to anyone"), and so do
/// the items of a list and the words after "and", "or" or "nor" ("no threats or ultimatums"). A
/// relative or complement word ("that", "which", "who") keeps the negation in force over its clause
/// ("no sign that the shelling will stop") and, after a topic, resumes it: the clause describes the
/// negated noun ("no dispute between our countries that cannot be settled").
struct NegationScope: Sendable {
  /// Negators that open a phrase, whose reach ends where it does: "no" and "without" a noun phrase, "refusal
  /// to" the step refused ("the refusal to admit the inspectors | was a provocation").
  static let determiners = ["no", "without", "refusal to"]
  /// Prepositions that end the noun phrase of a determiner negator.
  static let phraseEnders = [
    "on", "in", "at", "with", "between", "about", "over", "regarding", "concerning", "during", "from", "after",
    "before", "since", "among", "within", "under", "by", "into", "against", "despite", "amid", "across",
  ]
  /// Relative and complement words, which keep or resume the negation ("no reason why they cannot be
  /// partners": the second negator is nested in the first).
  static let relativeWords = ["that", "which", "who", "whom", "whose", "why"]
  /// Words opening a clause, which end the noun phrase too (the clause words of `ListRule` but "to",
  /// "not" and the relative words).
  static let clauseWords = ListRule.clauseWords.filter { $0 != "to" && $0 != "not" && !relativeWords.contains($0) }

  /// Nouns of attitude whose object follows "in": "no interest in a ceasefire" and "no faith in the
  /// talks" deny the ceasefire and the talks, so their "in" stays inside the negated phrase (also
  /// after "whatsoever" or "at all": "no interest whatsoever in").
  static let attitudeNouns = ["interest", "faith", "confidence", "trust", "belief", "part", "role", "stake"]
  let attitudeObjects = PhraseTable(
    phrases: NegationScope.attitudeNouns.flatMap { ["\($0) in", "\($0) whatsoever in", "\($0) at all in"] })

  let determinerTable = PhraseTable(phrases: NegationScope.determiners)
  let enders = PhraseTable(phrases: NegationScope.phraseEnders + NegationScope.clauseWords)
  let relatives = PhraseTable(phrases: NegationScope.relativeWords)
  /// Prepositions naming the topic of a negated noun ("no progress on", "no understanding about").
  static let topicWords = ["on", "over", "about", "regarding", "concerning"]
  /// How many words after its preposition the topic of a negated noun phrase reaches.
  static let topicReach = 5
  let topics = PhraseTable(phrases: NegationScope.topicWords)

  /// A relative clause in the indicative past or present ("a government that has bombed weddings",
  /// "forces which were shelling the town") asserts what it says, whatever negation stands before its
  /// noun: "we won't accept lectures from a government that has bombed weddings" does not deny the
  /// bombing. It ends the negation in reach, unless it is negated itself ("nothing that has not been
  /// tried"), where the two negations stay nested. A modal relative ("no war that would destroy the
  /// region") keeps the negation. "who" before a verb of its own asserts too ("lectures from those who
  /// arm the militia"), unless the verb is a modal or an auxiliary of its own negation ("who would",
  /// "who did not"); so do "that" and "which" before a verb in -ed ("the militia that burned the city").
  static let assertingAuxiliaries = ["has", "have", "had", "is", "are", "was", "were"]
  /// Words after "who" that keep the negation before it: modals and the auxiliaries of a negation.
  static let nonAssertingAfterWho = [
    "would", "will", "could", "might", "may", "can", "should", "must", "shall", "do", "does", "did", "not", "never",
  ]
  /// "who" (entry 0), and "that" and "which", which assert only before a verb in -ed.
  let relativeOpeners = PhraseTable(phrases: ["who", "that", "which"])
  let nonAssertingAfterWhoTable = PhraseTable(phrases: NegationScope.nonAssertingAfterWho)
  let assertingRelatives = PhraseTable(
    phrases: ["that", "which", "who"].flatMap { relative in assertingAuxiliaries.map { "\(relative) \($0)" } })
  /// Subordinating words that open a clause of condition or time, which a negation before them does not
  /// reach: "we will not negotiate with them until they surrender their weapons" does not deny the
  /// surrender. (Read only where the word does not follow the negator itself: "not until", "not if".)
  static let subordinators = ["if", "unless", "until", "whether", "once", "as long as", "provided that"]
  let subordinatorTable = PhraseTable(phrases: NegationScope.subordinators)
  static let clauseNegators = ["not", "never", "no"]
  let clauseNegatorTable = PhraseTable(phrases: NegationScope.clauseNegators)

  /// Whether a subordinate clause of condition or time opens at `index`, apart from the negator
  /// (see `subordinators`).
  func opensSubordinateClause(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    guard index > range.lowerBound,
      subordinatorTable.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys) != nil
    else { return false }
    return clauseNegatorTable.longestMatch(
      in: bytes, tokens: tokens, at: index - 1, limit: range.upperBound, keys: keys) == nil
  }

  /// Words that open a predicate of its own after "and": a subject pronoun, an auxiliary or modal, or a
  /// verb of continuing state. "Iran has never sought confrontation and remains ready to talk" denies
  /// the confrontation, not the readiness; "we did not attack and will not attack" negates each verb
  /// by its own negator. A noun after "and" stays in reach ("no threats and ultimatums").
  static let predicateOpeners = [
    "i", "we", "you", "he", "she", "it", "they", "is", "are", "was", "were", "am", "will", "would", "shall", "should",
    "can", "could", "may", "might", "must", "has", "have", "had", "do", "does", "did", "remain", "remains",
    "remained", "stand", "stands", "stood", "continue", "continues", "continued", "stay", "stays", "stayed", "that",
    "said", "says", "warned", "warns", "urged", "urges", "added", "adds",
    "accused", "accuses", "stressed", "insisted", "vowed", "told", "announced", "called",
  ]
  let coordinatedPredicates = PhraseTable(phrases: NegationScope.predicateOpeners.map { "and \($0)" })

  /// Whether "and" at `index` opens a predicate of its own, which the negation before it does not
  /// reach (see `predicateOpeners`).
  func opensCoordinatedPredicate(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    coordinatedPredicates.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys)
      != nil
  }

  /// Whether an asserting relative clause opens at `index` (see `assertingAuxiliaries`).
  func opensAssertingRelative(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    guard
      let match = assertingRelatives.longestMatch(
        in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys)
    else {
      let next = index + 1
      guard next < range.upperBound, tokens[next].kind == .word,
        let opener = relativeOpeners.longestMatch(in: bytes, tokens: tokens, at: index, limit: next, keys: keys)
      else { return false }
      if opener.value == 0 {
        return nonAssertingAfterWhoTable.longestMatch(in: bytes, tokens: tokens, at: next, limit: next + 1, keys: keys)
          == nil
      }
      // "the militia that burned Khartoum": a relative before a verb in the past.
      return tokens[next].endsInLetters(0x65, 0x64, longerThan: 3, in: bytes)
    }
    let next = index + match.tokenCount
    return next >= range.upperBound
      || clauseNegatorTable.longestMatch(in: bytes, tokens: tokens, at: next, limit: range.upperBound, keys: keys)
        == nil
  }

  /// How a negator relates to a negation already in reach.
  enum Nesting {
    /// It negates something inside the first negation ("nothing that cannot be resolved", "not
    /// without risk", "no lack of confidence"): the two cancel.
    case nested
    /// It continues the first ("neither the army nor the police"): the same negation reaches on.
    case correlative
    /// It starts a negation of its own ("we did not protest and would not insist"): it replaces the first.
    case independent
  }

  /// Negators that take an object inside the reach of another negation and so cancel it.
  static let cancellingNegators = ["without", "lack of"]
  /// Negators that continue the negation before them.
  static let correlativeNegators = ["nor"]
  let cancelling = PhraseTable(phrases: NegationScope.cancellingNegators)
  let correlatives = PhraseTable(phrases: NegationScope.correlativeNegators)

  /// How the negator matched at `index` with `tokenCount` tokens relates to the negation in reach
  /// before it: nested when it is a cancelling negator or stands after a relative or complement word
  /// in that reach (`afterRelative`), correlative for "nor", otherwise independent.
  func nesting(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, tokenCount: Int,
    afterRelative: Bool, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Nesting {
    if correlatives.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys)?.tokenCount
      == tokenCount
    {
      return .correlative
    }
    if afterRelative { return .nested }
    let match = cancelling.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys)
    return match?.tokenCount == tokenCount ? .nested : .independent
  }

  /// Whether the negator matched at `index` with `tokenCount` tokens is a determiner.
  func isDeterminer(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, tokenCount: Int,
    range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    guard
      let match = determinerTable.longestMatch(
        in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys)
    else { return false }
    return match.tokenCount == tokenCount
  }

  /// Whether the word at `index` ends the noun phrase of a determiner negator.
  func endsPhrase(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    guard enders.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys) != nil
    else { return false }
    for words in 1...3 where index - words >= range.lowerBound {
      let match = attitudeObjects.longestMatch(
        in: bytes, tokens: tokens, at: index - words, limit: index + 1, keys: keys)
      if match?.tokenCount == words + 1 { return false }
    }
    return true
  }

  /// Whether the word at `index` resumes a negation ended by its topic: a relative word.
  func resumesNegation(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    relatives.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys) != nil
  }

  /// Whether the word at `index`, which ends a negated noun phrase, opens its topic ("no progress on
  /// the prisoner exchange"): the topic names what did not happen, not a step taken or refused, so
  /// its terms carry no tone.
  func opensTopic(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    topics.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys) != nil
  }
}
