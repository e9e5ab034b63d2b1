import StanceCore

/// A sentence that opens with its cue and names the speaker after it, before the quote ("Said Dorothy
/// Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”").
extension StatementBuilder {
  /// The speaker named after a sentence-initial plain reporting verb ("Said", "Says", "Added") whose
  /// sentence runs on to the quote's opening mark after a comma or a colon; nil otherwise.
  /// - Complexity: O(tokens between the sentence start and the opening mark).
  func invertedOpeningAttribution(_ quote: QuoteSpan) -> Found? {
    let openToken = context.document.tokenIndex(atOrAfter: quote.open.start)
    guard openToken < context.tokens.count, openToken > 1 else { return nil }
    let sentence = context.sentenceTokens(of: openToken)
    let first = sentence.lowerBound
    guard openToken > first + 2, context.tokens[first].kind == .word, context.isCapitalized(first),
      let cueIndex = context.mentions.cueAtToken[first]
    else { return nil }
    let cue = context.mentions.cues[cueIndex]
    guard cue.role == .verb, cue.tokens.lowerBound == first, cue.tokens.count == 1, finder.isPlainReportingVerb(first),
      context.isPunctuation(openToken - 1, 0x2C) || context.isPunctuation(openToken - 1, 0x3A)
    else { return nil }
    // Nothing but the speaker and its description stands between the cue and the quote.
    for index in cue.tokens.upperBound..<openToken where context.tokens[index].kind == .quote { return nil }
    guard let mention = finder.subject(afterCue: cue.tokens.upperBound, limit: openToken) else { return nil }
    return found(mention, cue: cue)
  }
}
