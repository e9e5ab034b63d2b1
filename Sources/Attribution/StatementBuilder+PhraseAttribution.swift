import StanceCore

/// A quote followed by a source phrase that no name or determiner rule reads: "“…,” veteran analyst
/// Jo Reyes wrote", "“…,” federal prosecutors wrote", "“…,” a spokesman for the committee said".
extension StatementBuilder {
  /// The attribution after a quote that reads as an utterance: it opens its sentence or follows
  /// punctuation (not a scare quote or a title inside the narration: "on CNN’s “Face the Nation,”"),
  /// and ends with a comma, question mark or exclamation mark before its closing mark.
  func phraseAttribution(after quote: QuoteSpan) -> Found? {
    // (A quote that opens at the very end of the text has no token after its mark.)
    let afterOpening = context.document.tokenIndex(atOrAfter: quote.open.end)
    if let before = tokenBeforeOpening(of: quote.open.start), context.tokens[before].kind == .word,
      afterOpening < context.tokens.count, context.sentenceOfToken[before] == context.sentenceOfToken[afterOpening]
    {
      return nil
    }
    let index = context.document.tokenIndex(atOrAfter: quote.end)
    guard index >= 2, index < context.tokens.count, context.tokens[index - 1].kind == .quote,
      context.isPunctuation(index - 2, 0x2C) || context.isPunctuation(index - 2, 0x3F)
        || context.isPunctuation(index - 2, 0x21),
      context.sentenceOfToken[index - 1] == context.sentenceOfToken[index],
      let (mention, cueToken) = finder.sourcePhrase(
        from: index, limit: context.sentenceTokens(of: index).upperBound),
      let cueIndex = context.mentions.cueAtToken[cueToken], context.mentions.cues[cueIndex].role == .verb
    else { return nil }
    return found(mention, cue: context.mentions.cues[cueIndex])
  }
}
