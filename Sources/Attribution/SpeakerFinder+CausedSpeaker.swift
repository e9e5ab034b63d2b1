import StanceCore

extension SpeakerFinder {
  /// The speaker a causative verb names as its object before the cue's infinitive: "led Republicans
  /// to say", "prompted the host to accuse". The object is a name or a common-noun phrase; the
  /// verb reports that it spoke, unlike "asked him to say" or "urged them to deny".
  /// - Complexity: O(`causedObjectLength`).
  func causedSpeaker(beforeInfinitive cueStart: Int, sentence: Range<Int>) -> SpeakerMention? {
    let marker = cueStart - 1
    guard marker - 2 >= sentence.lowerBound, context.isWord(marker, in: MentionIndex.infinitiveMarkers) else {
      return nil
    }
    var verb = marker - 1
    while verb > sentence.lowerBound, marker - verb <= SpeakerFinder.causedObjectLength,
      !context.isWord(verb, in: SpeakerFinder.causativeVerbs)
    {
      let kind = context.tokens[verb].kind
      guard kind == .word || kind == .possessive || kind == .number || isNameToken(verb),
        context.mentions.cueAtToken[verb] == nil
      else { return nil }
      verb -= 1
    }
    guard context.isWord(verb, in: SpeakerFinder.causativeVerbs), verb + 1 < marker else { return nil }
    let object = (verb + 1)..<marker
    if let pronoun = context.pronoun(object.lowerBound), object.count == 1 {
      return SpeakerMention(tokens: object, reference: .pronoun(pronoun))
    }
    if let run = runForward(from: object.lowerBound, limit: marker), run.upperBound == marker,
      let mention = resolve(run)
    {
      return mention
    }
    return SpeakerMention(tokens: object, reference: .group)
  }

  /// The most tokens of a causative verb's object ("led several prominent Republicans to say").
  static let causedObjectLength = 5
  /// Causative verbs whose object did what the infinitive says.
  static let causativeVerbs = WordSet(["led", "leads", "prompted", "prompts", "prompting", "drove", "drives"])
}
