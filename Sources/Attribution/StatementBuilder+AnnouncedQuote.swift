import StanceCore

/// A quote announced by the sentence before it: "Lavrov said in a statement. “We will not accept
/// these terms.”", "The ministry said on Tuesday.\n\n“…”". The sentence before says who spoke, and
/// where or when, but not what; the quote that opens the next sentence is what was said.
extension StatementBuilder {
  /// The speaker of the sentence before `quote`, when that sentence is only an attribution: a subject
  /// that opens it (after its title, if any), a plain speech cue, and at most a circumstance ("in a statement", "on Tuesday",
  /// "reporters after the meeting"). The quote must open its sentence, and the sentence before must
  /// stand in its paragraph or close the paragraph before.
  func announcedAttribution(_ quote: QuoteSpan) -> Found? {
    let openToken = context.document.tokenIndex(atOrAfter: quote.open.start)
    guard openToken < context.tokens.count else { return nil }
    let sentenceIndex = Int(context.sentenceOfToken[openToken])
    let sentences = context.document.sentences
    guard sentenceIndex > 0, sentences[sentenceIndex].tokens.lowerBound == openToken else { return nil }
    let previous = sentences[sentenceIndex - 1]
    let paragraph = sentences[sentenceIndex].paragraph
    guard previous.paragraph == paragraph || previous.paragraph == paragraph - 1,
      context.document.paragraphs[previous.paragraph].kind != .title
    else { return nil }
    let tokens = previous.tokens
    // The sentence ends with a full stop or a colon, and holds no quote of its own.
    guard tokens.count >= 3,
      context.isPunctuation(tokens.upperBound - 1, 0x2E) || context.isPunctuation(tokens.upperBound - 1, 0x3A),
      !tokens.contains(where: { context.tokens[$0].kind == .quote })
    else { return nil }
    for index in tokens {
      guard let cueIndex = context.mentions.cueAtToken[index] else { continue }
      let cue = context.mentions.cues[cueIndex]
      guard cue.role == .verb, !usedCueTokens.contains(cue.tokens.lowerBound),
        context.isWord(cue.tokens.lowerBound, in: StatementBuilder.plainSpeechCues), isVerbUse(cue),
        isOnlyCircumstance(cue.tokens.upperBound..<(tokens.upperBound - 1), cue: cue),
        let subject = finder.subject(beforeCue: cue.tokens.lowerBound, sentence: tokens),
        (tokens.lowerBound..<subject.tokens.lowerBound).allSatisfy({ context.isCapitalized($0) })
      else { return nil }
      return found(subject, cue: cue)
    }
    return nil
  }

  /// Whether the words after a cue only say where, when or to whom it was said: none at all, or a
  /// short circumstantial tail (see `isCircumstantialTail`) with no clause of its own.
  func isOnlyCircumstance(_ tail: Range<Int>, cue: MentionIndex.Cue) -> Bool {
    guard !tail.isEmpty else { return true }
    guard tail.count <= StatementBuilder.circumstantialTailLength, isCircumstantialTail(of: cue, start: tail.lowerBound)
    else { return false }
    return !tail.contains {
      context.isWord($0, in: GrammarWords.complementizers) || context.isWord($0, in: GrammarWords.finiteVerbs)
        || context.mentions.cueAtToken[$0] != nil
    }
  }
}
