import StanceCore

/// A quote that a sentence leads into and its speaker's attribution follows ("Gore tried to keep his
/// distance, and in doing so he “made a strategic mistake,” Lichtman said."): the narration before the
/// opening mark is the speaker's claim too, so the statement is mixed and starts with the sentence.
extension StatementBuilder {
  /// The fewest words of narration before the quote that make a lead-in.
  static let leadInWordCount = 3

  /// The content from the start of the quote's sentence to the end of the quote, when plain narration
  /// (no cue, colon, quotation or other statement) stands before the opening mark and no relative
  /// follows the quote; nil otherwise.
  /// - Complexity: O(length of the lead-in).
  func leadInContent(of quote: QuoteSpan) -> TextRange? {
    let openToken = context.document.tokenIndex(atOrAfter: quote.open.start)
    guard openToken < context.tokens.count else { return nil }
    // "… a “civil war,” which Ukraine rejects": a relative after the quote describes, not attributes.
    var after = context.document.tokenIndex(atOrAfter: quote.end)
    while after < context.tokens.count, context.tokens[after].isPunctuationOrDash { after += 1 }
    guard after < context.tokens.count, !context.isWord(after, in: GrammarWords.relatives) else { return nil }
    let sentence = context.sentenceTokens(of: openToken)
    guard openToken > sentence.lowerBound else { return nil }
    var words = 0
    for index in sentence.lowerBound..<openToken {
      let token = context.tokens[index]
      if token.kind == .quote || context.mentions.cueAtToken[index] != nil || context.isPunctuation(index, 0x3A) {
        return nil
      }
      if token.kind == .word { words += 1 }
    }
    guard words >= StatementBuilder.leadInWordCount else { return nil }
    let leadIn = context.range(sentence.lowerBound..<openToken)
    guard !isInsideQuote(leadIn), quotes(overlapping: leadIn).isEmpty else { return nil }
    return trimmedContent(TextRange(leadIn.start, quote.content.end))
  }
}
