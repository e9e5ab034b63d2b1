import StanceCore

/// A cue in the infinitive after a verb that only leads to it: "went on to say", "goes on to warn",
/// "was quick to add", "interjected to say", and an infinitive of purpose after a verb of going or
/// taking the floor ("went on CNN to declare"). The leading verb and "to" belong to the cue, so the
/// subject stands before them. Verbs that withhold the words ("declined to say", "refused to
/// comment", "would not say") lead nothing: their infinitive stays no cue.
extension MentionIndex {
  /// Where a cue starting at `cueStart` opens when a leading verb and "to" stand before it, or nil.
  /// - Complexity: O(1).
  static func leadingVerbStart(
    before cueStart: Int, sentenceStart: Int, tokens: UnsafeBufferPointer<Token>, keys: UnsafeBufferPointer<WordKey>
  ) -> Int? {
    func isWord(_ index: Int, in set: WordSet) -> Bool {
      index >= sentenceStart && tokens[index].kind == .word && set.contains(keys[index].hash)
    }
    guard isWord(cueStart - 1, in: infinitiveMarkers) else { return nil }
    if isWord(cueStart - 2, in: leadingVerbs) { return cueStart - 2 }
    // "went on to say": "on" after a form of "go".
    if isWord(cueStart - 2, in: continuationParticles), isWord(cueStart - 3, in: continuingVerbs) {
      return cueStart - 3
    }
    // An infinitive of purpose after a verb of going or taking the floor and its place: "went on
    // CNN to declare", "took the stage on Tuesday to acknowledge", "used the speech to call for".
    var index = cueStart - 2
    while index >= max(sentenceStart, cueStart - 2 - purposePhraseLength) {
      if isWord(index, in: purposeVerbs) { return index < cueStart - 2 ? index : nil }
      let kind = tokens[index].kind
      guard kind == .word || kind == .possessive || kind == .number, !isWord(index, in: infinitiveMarkers) else {
        return nil
      }
      index -= 1
    }
    return nil
  }

  /// The most tokens between a verb of purpose and the infinitive ("went on the evening news to").
  static let purposePhraseLength = 6
  /// Verbs whose place or occasion an infinitive of purpose follows ("went on CNN to say").
  static let purposeVerbs = WordSet([
    "went", "goes", "took", "takes", "appeared", "appears", "stood", "stands", "rose", "rises", "used", "uses",
    "returned", "returns", "stepped", "steps",
  ])

  static let infinitiveMarkers = WordSet(["to"])
  /// Words that lead to the speech act itself ("was quick to say", "hastened to add").
  static let leadingVerbs = WordSet(["quick", "hastened", "hastens", "proceeded", "proceeds", "interjected"])
  static let continuationParticles = WordSet(["on"])
  static let continuingVerbs = WordSet(["went", "goes", "go", "going", "gone"])
}
