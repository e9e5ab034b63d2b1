import StanceCore

/// Decides whether a demand or an obligation is laid on another party, whose conciliatory steps it
/// then turns into reproaches ("Moscow must return to diplomacy", "demanded that NATO withdraw its
/// forces"), or on an inclusive party, which leaves them as they are ("we must work together",
/// "demanded that all parties return to talks").
///
/// An obligation's subject stands before its marker, a demand's addressee after it; either is
/// inclusive when one of the three words next to the marker, within its clause, is a first person
/// or an all-embracing word. An obligation binds no party when nothing stands before it in its
/// clause (an inversion: "Should the talks fail", "Must we wait?") or when its subject is impersonal
/// ("it should be noted", "there must be a ceasefire") or when a "be" follows it: a passive or a copula
/// ("the ceasefire must be respected", "talks should be the first step") names no step a party is asked to take.
struct DemandRule: Sendable {
  /// First person and all-embracing words: the speaker's own side, or every party alike.
  static let inclusiveWords = [
    "we", "us", "our", "ourselves", "i", "all", "both", "everyone", "everybody", "each", "together", "parties",
    "sides", "one another", "each other", "community", "international", "world", "nations", "humanity", "states",
    "supporters", "followers", "citizens", "compatriots",
  ]
  /// Subjects that name no party: an obligation right after them binds no one.
  static let impersonalWords = ["it", "there"]
  /// How many words after an obligation are read for its "be".
  static let passiveReach = 3
  /// Names ending in an inclusive word: "the United States must" lays an obligation on another party.
  static let namesEndingInclusively = ["united states"]
  /// How many words next to the marker are read for its subject or addressee.
  static let reach = 3
  /// What the weight of a step laid on another party by a condition is multiplied by.
  static let conditionFactor = -0.5

  let inclusive = PhraseTable(phrases: DemandRule.inclusiveWords)
  let names = PhraseTable(phrases: DemandRule.namesEndingInclusively)
  let impersonal = PhraseTable(phrases: DemandRule.impersonalWords)
  let be = PhraseTable(phrases: ["be"])
  /// Conditions that lay a step on whoever follows them ("until Moscow withdraws its troops").
  let conditionsOnOthers = PhraseTable(phrases: ["until", "unless"])
  /// Subjects of such a condition that name no other party: the speaker's side, or nobody in particular.
  let ownOrImpersonal = PhraseTable(phrases: [
    "we", "i", "our", "it", "there", "a", "an", "all", "both", "everyone", "this", "that", "the end", "then", "now",
    "further", "next",
  ])

  /// Whether an "until" or "unless" at `index` lays its clause's steps on another party ("we will not
  /// talk until Moscow withdraws its troops"), whose steps it then reproaches it for withholding.
  func conditionBindsOtherParty(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, range: Range<Int>
  ) -> Bool {
    let subject = index + 1
    // Both words start with "u": most words are ruled out on their first byte.
    guard bytes[Int(tokens[index].start)] | 0x20 == 0x75, subject < range.upperBound, tokens[subject].kind == .word,
      conditionsOnOthers.longestMatch(in: bytes, tokens: tokens, at: index, limit: subject) != nil
    else { return false }
    return ownOrImpersonal.longestMatch(in: bytes, tokens: tokens, at: subject, limit: range.upperBound) == nil
  }

  /// Coordinators after which a new subject opens another clause (", and the EU stands ready").
  let coordinators = PhraseTable(phrases: ["and", "while", "whereas"])
  /// Words that open a subject: determiners and personal pronouns (a capitalised word does too).
  let subjectOpeners = PhraseTable(phrases: [
    "the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my", "your", "we", "i",
    "they", "he", "she", "it", "you",
  ])

  /// Whether the comma or semicolon at `index` is followed by a coordinator and a new subject ("must
  /// return to the table, and the EU stands ready to help"): the demand does not reach that clause,
  /// whose steps are its subject's own.
  func opensNewSubject(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, after index: Int, range: Range<Int>
  ) -> Bool {
    let subject = index + 2
    guard subject < range.upperBound, tokens[index + 1].kind == .word, tokens[subject].kind == .word,
      coordinators.longestMatch(in: bytes, tokens: tokens, at: index + 1, limit: index + 2) != nil
    else { return false }
    let first = bytes[Int(tokens[subject].start)]
    return (0x41...0x5A).contains(first)
      || subjectOpeners.longestMatch(in: bytes, tokens: tokens, at: subject, limit: subject + 1) != nil
  }

  /// Whether the marker at `marker` (its first token) to `end` (past its last token) binds another
  /// party: `isObligation` reads the words before it, otherwise the words after it; `range` bounds both.
  /// - Complexity: O(reach).
  func bindsOtherParty(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, marker: Int, end: Int,
    isObligation: Bool, range: Range<Int>
  ) -> Bool {
    if isObligation, isFollowedByBe(bytes, tokens, from: end, range: range) { return false }
    var index = isObligation ? marker - 1 : end
    var words = 0
    while words < DemandRule.reach, range.contains(index) {
      let token = tokens[index]
      if token.isPunctuationOrDash { break }
      if token.kind == .word {
        if isInclusive(bytes, tokens, at: index, range: range) { return false }
        if isObligation, words == 0,
          impersonal.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound) != nil
        {
          return false
        }
        words += 1
      }
      index += isObligation ? -1 : 1
    }
    return !isObligation || words > 0
  }

  /// Whether "be" is one of the `passiveReach` words from `index` in its clause ("should not be", "must be").
  func isFollowedByBe(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, from index: Int, range: Range<Int>
  ) -> Bool {
    var index = index
    var words = 0
    while words < DemandRule.passiveReach, range.contains(index) {
      let token = tokens[index]
      if token.isPunctuationOrDash { break }
      if token.kind == .word {
        if be.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound) != nil { return true }
        words += 1
      }
      index += 1
    }
    return false
  }

  /// Whether the word at `index` is inclusive and not part of a name ("US", "United States").
  func isInclusive(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, range: Range<Int>
  ) -> Bool {
    let token = tokens[index]
    let isAcronym = token.end - token.start >= 2 && (0x41...0x5A).contains(bytes[Int(token.start) + 1])
    guard !isAcronym, inclusive.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound) != nil
    else { return false }
    if index > range.lowerBound,
      let name = names.longestMatch(in: bytes, tokens: tokens, at: index - 1, limit: range.upperBound),
      name.tokenCount == 2
    {
      return false
    }
    return true
  }
}
