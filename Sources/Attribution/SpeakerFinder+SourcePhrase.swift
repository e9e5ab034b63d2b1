import StanceCore

/// The source between a closing quotation mark and its cue when it is neither a bare name nor a
/// determiner phrase: "“…,” veteran analyst Jo Reyes wrote", "“…,” federal prosecutors wrote",
/// "“…,” a spokesman for the committee said".
extension SpeakerFinder {
  /// The phrase from `start` to the cue that ends it, within `limit`: words, numbers, possessives
  /// and initials with no verb, pronoun, conjunction or punctuation of a clause among them. A name at its end is
  /// the source ("Jo Reyes") unless a preposition stands before it; otherwise the whole phrase is a
  /// common-noun source.
  /// - Complexity: O(`maximumSourceLength`).
  func sourcePhrase(from start: Int, limit: Int) -> (mention: SpeakerMention, cue: Int)? {
    var cue = start
    while cue < limit, cue - start < SpeakerFinder.maximumSourceLength, context.mentions.cueAtToken[cue] == nil {
      let token = context.tokens[cue]
      let isPart =
        token.kind == .word || token.kind == .number || token.kind == .possessive || isNameToken(cue)
      // Words that end a noun phrase ("when", "and", "is") end the source; prepositions inside it do not.
      let isBreaker =
        context.isWord(cue, in: GrammarWords.phraseBreakers)
        && !context.isWord(cue, in: SpeakerFinder.descriptionPrepositions)
      guard isPart, !isBreaker, !context.isWord(cue, in: GrammarWords.finiteVerbs), context.pronoun(cue) == nil,
        !context.isWord(cue, in: GrammarWords.relatives)
      else { return nil }
      cue += 1
    }
    guard cue > start, cue < limit, context.mentions.cueAtToken[cue] != nil,
      context.tokens[cue - 1].kind == .word
    else { return nil }
    // "a spokesman for committee Democrats": a name after a preposition is not the source.
    if let run = runBackward(endingBefore: cue, limit: start),
      !(start..<run.lowerBound).contains(where: { context.isWord($0, in: SpeakerFinder.descriptionPrepositions) }),
      let mention = resolve(run)
    {
      switch mention.reference {
      case .actor, .unregistered: return (mention, cue)
      default: break
      }
    }
    return (SpeakerMention(tokens: start..<cue, reference: .group), cue)
  }
}
