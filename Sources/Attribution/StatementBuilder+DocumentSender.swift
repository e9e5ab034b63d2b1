import StanceCore

/// A participle cue after a document noun ("Trump issued a statement saying …", "she sent an email
/// saying …", "He sent a memo to the paper in April explaining …") reports the words of whoever
/// issued the document: the subject of the verb that takes the document as its object, not the
/// noun phrase right before the cue.
extension StatementBuilder {
  /// The subject of the verb before a document noun that a participle cue follows, or nil.
  /// - Complexity: O(`documentLookback`).
  func documentSender(beforeParticiple cue: MentionIndex.Cue, sentence: Range<Int>) -> SpeakerMention? {
    guard isParticiple(cue) else { return nil }
    // The document noun: a few words back, with no punctuation between it and the cue.
    let limit = max(sentence.lowerBound, cue.tokens.lowerBound - StatementBuilder.documentLookback)
    var noun = cue.tokens.lowerBound - 1
    while noun > limit, !context.isWord(noun, in: StatementBuilder.documentNouns) {
      guard context.tokens[noun].kind == .word || context.tokens[noun].kind == .number else { return nil }
      noun -= 1
    }
    guard noun > limit, context.isWord(noun, in: StatementBuilder.documentNouns) else { return nil }
    // Its determiner, past a few modifiers ("a two-page memo"), and the verb right before it.
    var determiner = noun - 1
    while determiner > sentence.lowerBound, noun - determiner < 5,
      !context.isWord(determiner, in: GrammarWords.determiners)
    {
      determiner -= 1
    }
    let verb = determiner - 1
    guard verb > sentence.lowerBound, context.isWord(determiner, in: GrammarWords.determiners),
      context.tokens[verb].kind == .word, !context.isCapitalized(verb), context.pronoun(verb) == nil,
      !context.isWord(verb, in: GrammarWords.passiveAuxiliaries), !context.isWord(verb, in: GrammarWords.finiteVerbs),
      !context.isWord(verb, in: GrammarWords.phraseBreakers)
    else { return nil }
    return finder.subject(beforeCue: verb, sentence: sentence)
  }

  /// The most tokens between a document noun and the participle cue after it.
  static let documentLookback = 10

  /// Nouns for documents that carry their sender's words.
  static let documentNouns = WordSet([
    "statement", "statements", "letter", "letters", "email", "emails", "e-mail", "memo", "memos", "memorandum",
    "release", "note", "message", "messages", "resolution", "tweet", "tweets", "editorial", "petition",
  ])
}
