import StanceCore

/// A quoted question whose asker is the agent of a passive "asked" before it ("Sanders was asked by
/// host Bill Maher, who backs him, “Has that story moved?”"): the one who asked speaks the quote.
extension StatementBuilder {
  /// The agent of "was asked by NAME" in the quote's sentence, when the sentence runs on to the
  /// opening mark after a comma or a colon with no other quote between; nil otherwise.
  /// - Complexity: O(tokens between the sentence start and the opening mark).
  func questionAgentAttribution(_ quote: QuoteSpan) -> Found? {
    let openToken = context.document.tokenIndex(atOrAfter: quote.open.start)
    guard openToken < context.tokens.count, openToken > 3,
      context.isPunctuation(openToken - 1, 0x2C) || context.isPunctuation(openToken - 1, 0x3A)
    else { return nil }
    let sentence = context.sentenceTokens(of: openToken)
    guard sentence.lowerBound + 3 < openToken else { return nil }
    for index in (sentence.lowerBound + 1)..<(openToken - 2) {
      if context.tokens[index].kind == .quote { return nil }
      guard context.isWord(index, in: StatementBuilder.questionCues),
        context.isWord(index - 1, in: GrammarWords.passiveAuxiliaries),
        context.isWord(index + 1, in: GrammarWords.passiveAgents),
        let cueIndex = context.mentions.cueAtToken[index]
      else { continue }
      guard let mention = finder.subject(afterCue: index + 2, limit: openToken) else { return nil }
      for between in (index + 2)..<openToken where context.tokens[between].kind == .quote { return nil }
      return found(mention, cue: context.mentions.cues[cueIndex])
    }
    return nil
  }
}
