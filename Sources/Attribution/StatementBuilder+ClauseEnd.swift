import StanceCore

/// Where reported content ends when the cue stands in a subordinate clause that opens its sentence
/// or in a relative clause after its subject: the main clause that follows is the narrator's, not
/// the source's ("While Lopez said the plan was fair, critics called it a giveaway.", "Lopez, who
/// said the plan was fair, voted against it."), and likewise for a participle between commas after
/// its subject ("The Journal, citing internal documents, reported …").
extension StatementBuilder {
  /// The end of reported content that runs from `start` to `end`: at the comma that closes the
  /// subordinate or relative clause the cue stands in, or `end` when the cue is in the main clause.
  /// - Complexity: O(end - start).
  func clauseEnd(start: Int, end: Int, cue: MentionIndex.Cue, sentence: Range<Int>) -> Int {
    guard end - start >= 3 else { return end }
    let isSubordinate = isInSubordinateClause(cue, sentence: sentence)
    guard
      isSubordinate || isInRelativeClause(cue, sentence: sentence)
        || isInParentheticalParticiple(cue, sentence: sentence)
    else { return end }
    for index in (start + 2)..<(end - 1) where context.isPunctuation(index, 0x2C) {
      // "…, a “mistake,” he …": a closing mark after the comma stays with the content.
      let next = context.tokens[index + 1].kind == .quote ? index + 2 : index + 1
      // A relative clause may hold commas of its own; it ends where the main verb follows.
      guard isSubordinate || (next < end && opensPredicate(at: next)) else { continue }
      return next == index + 2 ? next : index
    }
    return end
  }

  /// Whether a main verb starts at `index`, after at most one adverb: a cue, an auxiliary or a
  /// lower-case word in -ed ("…, said", "…, has denied", "…, also voted").
  func opensPredicate(at index: Int) -> Bool {
    var verb = index
    if context.isAdverb(verb), !context.isWord(verb, in: GrammarWords.finiteVerbs), verb + 1 < context.tokens.count {
      verb += 1
    }
    if context.mentions.cueAtToken[verb] != nil || context.isWord(verb, in: GrammarWords.finiteVerbs) { return true }
    let token = context.tokens[verb]
    let bytes = context.document.text.bytes
    return token.kind == .word && context.firstClass(verb) == .letter && token.end - token.start > 3
      && bytes[Int(token.end) - 2] == UInt8(ascii: "e") && bytes[Int(token.end) - 1] == UInt8(ascii: "d")
  }

  /// Whether the cue stands in a subordinate clause opening its sentence ("While Lopez said …",
  /// "But although in May she said …"), with no comma between its conjunction and the cue.
  func isInSubordinateClause(_ cue: MentionIndex.Cue, sentence: Range<Int>) -> Bool {
    var opener = sentence.lowerBound
    while opener < cue.tokens.lowerBound, context.isWord(opener, in: GrammarWords.sharedSubjectConjunctions) {
      opener += 1
    }
    guard opener < cue.tokens.lowerBound, context.isWord(opener, in: StatementBuilder.subordinators) else {
      return false
    }
    return !(opener..<cue.tokens.lowerBound).contains { context.isPunctuation($0, 0x2C) }
  }

  /// Whether the cue opens a relative clause between commas after its subject ("Podesta, who said
  /// the project was vetted, said …", "Lopez, who has long argued that …, voted …"): the clause
  /// ends at its closing comma, and the main verb after it is the subject's own.
  func isInRelativeClause(_ cue: MentionIndex.Cue, sentence: Range<Int>) -> Bool {
    var relative = cue.tokens.lowerBound - 1
    while relative > sentence.lowerBound, context.isAdverb(relative) { relative -= 1 }
    return relative - 1 > sentence.lowerBound && context.isWord(relative, in: GrammarWords.relatives)
      && context.isPunctuation(relative - 1, 0x2C)
  }

  /// Whether the cue is a participle right after a comma ("Salceda, citing data from the census,
  /// said …"): like a relative clause, it ends where the main verb follows a comma.
  func isInParentheticalParticiple(_ cue: MentionIndex.Cue, sentence: Range<Int>) -> Bool {
    let previous = cue.tokens.lowerBound - 1
    return previous > sentence.lowerBound && context.isPunctuation(previous, 0x2C) && isParticiple(cue)
  }

  /// Conjunctions that open a subordinate clause before the main one.
  static let subordinators = WordSet([
    "while", "although", "though", "whereas", "because", "since", "if", "unless", "when", "after", "before", "once",
  ])
}
