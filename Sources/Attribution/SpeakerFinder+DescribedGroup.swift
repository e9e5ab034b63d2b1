import StanceCore

extension SpeakerFinder {
  /// The most tokens from a described group's preposition to its cue ("with knowledge of the talks").
  static let groupDescriptionLength = 8

  /// A common-noun source that a prepositional phrase describes, right before the cue and opening
  /// its clause: "People with knowledge of the talks said", "Residents of the valley say". The head
  /// is a `group`; the description holds no verb, cue or clause word.
  /// - Complexity: O(`groupDescriptionLength`).
  func describedGroup(endingBefore end: Int, sentence: Range<Int>) -> SpeakerMention? {
    var index = end - 1
    while index > sentence.lowerBound, end - index <= SpeakerFinder.groupDescriptionLength {
      let kind = context.tokens[index].kind
      guard kind == .word || kind == .number || kind == .possessive, context.mentions.cueAtToken[index] == nil,
        !isVerbForm(index)
      else { return nil }
      // A chain of prepositions ("with knowledge of the talks"): the head stands before the first.
      if context.isWord(index, in: SpeakerFinder.descriptionPrepositions), index < end - 1,
        let head = group(endingBefore: index, sentence: sentence) ?? openingPlural(before: index, sentence: sentence)
      {
        let start = head.tokens.lowerBound
        // "After years of delays residents said": the head must open the sentence or follow a comma.
        guard
          start == sentence.lowerBound || context.tokens[start - 1].kind == .punctuation
            || context.isWord(start - 1, in: GrammarWords.sharedSubjectConjunctions)
        else { return nil }
        return SpeakerMention(tokens: start..<end, reference: .group)
      }
      guard
        !context.isWord(index, in: GrammarWords.phraseBreakers)
          || context.isWord(index, in: SpeakerFinder.descriptionPrepositions)
      else { return nil }
      index -= 1
    }
    return nil
  }

  /// A plural noun alone at the start of its sentence, capitalised only because it opens it
  /// ("Critics of …", "People with …"), and not a registered name.
  func openingPlural(before index: Int, sentence: Range<Int>) -> SpeakerMention? {
    let word = index - 1
    guard word == sentence.lowerBound, context.tokens[word].kind == .word, context.mentions.nameAtToken[word] == nil
    else { return nil }
    let last = context.document.text.bytes[Int(context.tokens[word].end) - 1]
    guard last == UInt8(ascii: "s") || context.isWord(word, in: SpeakerFinder.collectiveNouns) else { return nil }
    return SpeakerMention(tokens: word..<index, reference: .group)
  }
}
