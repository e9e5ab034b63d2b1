import StanceCore

/// Where reported content ends when the cue stands in a subordinate clause that opens its sentence:
/// the main clause that follows is the narrator's, not the source's ("While Lopez said the plan was
/// fair, critics called it a giveaway.").
extension StatementBuilder {
  /// The end of reported content that runs from `start` to `end`: at the comma that closes the
  /// subordinate clause the cue stands in, or `end` when the cue is in the main clause.
  /// - Complexity: O(end - start).
  func clauseEnd(start: Int, end: Int, cue: MentionIndex.Cue, sentence: Range<Int>) -> Int {
    guard end - start >= 3, isInSubordinateClause(cue, sentence: sentence) else { return end }
    for index in (start + 2)..<(end - 1) where context.isPunctuation(index, 0x2C) {
      // "…, a “mistake,” he …": a closing mark after the comma stays with the content.
      return context.tokens[index + 1].kind == .quote ? index + 2 : index
    }
    return end
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

  /// Conjunctions that open a subordinate clause before the main one.
  static let subordinators = WordSet([
    "while", "although", "though", "whereas", "because", "since", "if", "unless", "when", "after", "before", "once",
  ])
}
