import StanceCore

/// A participial clause that opens its sentence and reports speech: "Noting that turnout was low,
/// the senator urged …", "Acknowledging the loss, Ms. Dunn said …". Its content runs to the comma that
/// closes the clause; its speaker is the subject of the main clause right after that comma.
extension StatementBuilder {
  /// The most tokens of an opening participial clause.
  static let openingParticipleLength = 40

  /// The statement of a participle cue opening its sentence, or nil.
  /// - Complexity: O(`openingParticipleLength`).
  func openingParticipleStatement(_ cue: MentionIndex.Cue, sentence: Range<Int>) -> (Found, TextRange)? {
    guard isParticiple(cue) else { return nil }
    var opening = sentence.lowerBound
    while opening < cue.tokens.lowerBound, context.isWord(opening, in: GrammarWords.sharedSubjectConjunctions) {
      opening += 1
    }
    guard opening == cue.tokens.lowerBound else { return nil }
    var start = cue.tokens.upperBound
    if start < sentence.upperBound, context.isWord(start, in: GrammarWords.complementizers) { start += 1 }
    // The clause's closing comma, outside any quotation ("Noting that he “says odd things,” though, …").
    var comma = start
    let limit = min(sentence.upperBound, start + StatementBuilder.openingParticipleLength)
    while comma < limit {
      if context.isPunctuation(comma, 0x2C), !isInsideQuote(context.tokens[comma].range) { break }
      comma += 1
    }
    guard comma < limit, comma - start >= 2 else { return nil }
    // The main clause's subject ends at its verb: a cue, an auxiliary or a word in -ed or -ing.
    var verb = comma + 1
    while verb < sentence.upperBound, context.mentions.cueAtToken[verb] == nil,
      !context.isWord(verb, in: GrammarWords.finiteVerbs), context.isCapitalized(verb) || !finder.isVerbForm(verb)
    {
      verb += 1
    }
    guard let subject = finder.subject(afterCue: comma + 1, limit: verb),
      let attribution = found(subject, cue: cue)
    else { return nil }
    let content = trimmedContent(context.range(start..<comma))
    return content.isEmpty ? nil : (attribution, content)
  }
}
