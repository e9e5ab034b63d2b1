import StanceCore

/// Decides when a consequence the speaker announces threatens. "We will" says nothing of its own, but
/// as the answer to a condition laid on another party it is an ultimatum: "if the remaining hostages
/// are not freed by Friday, we will pull our delegation out of the talks", "we will cut gas deliveries
/// unless the debt is paid", "if they continue to shell our cities, we shall respond".
///
/// A consequence term is a tone term of category `category` whose first word is a first-person
/// subject (`subjects`: "we will", "we shall", "i will"). It counts only when its own sentence holds a
/// condition, before or after it, that the other party is to meet: "unless …", or "if …" with a
/// negator, a failure or a persistence in its clause ("if they do not withdraw", "if Kyiv fails to
/// pay", "if the shelling continues"). It does not count inside the conditional clause itself, when
/// a negator follows it ("if they object, we will not insist"), or after "even if" or "as if".
struct UltimatumRule: Sendable {
  /// The category of consequence terms.
  static let category = "ultimatum"
  /// First words that make an ultimatum term a consequence the speaker announces.
  static let subjects: Set<String> = ["we", "i", "we'll", "i'll"]
  /// Words that open a condition laid on another party whatever follows.
  static let unconditionalOpeners = ["unless"]
  /// Words that open a condition, threatening when it holds a negator or one of `breachWords`.
  static let openers = ["if"]
  /// Words before "if" that make it no condition to be met.
  static let nonConditions = ["even", "as", "what"]
  /// Words of failure or persistence that make a condition a demand ("if they fail to pay", "if the
  /// shelling continues").
  static let breachWords = [
    "fail", "fails", "failed", "refuse", "refuses", "refused", "continue", "continues", "persist", "persists",
  ]

  /// The unconditional openers first, then the others: one lookup tells a condition and its kind.
  let openerTable = PhraseTable(phrases: UltimatumRule.unconditionalOpeners + UltimatumRule.openers)
  let nonConditionTable = PhraseTable(phrases: UltimatumRule.nonConditions)
  let breachTable = PhraseTable(phrases: UltimatumRule.breachWords)

  /// Whether a tone term is a consequence term.
  static func isConsequence(_ term: String, category: String) -> Bool {
    guard category == UltimatumRule.category, let first = term.split(separator: " ").first else { return false }
    return subjects.contains(String(first))
  }

  /// Whether the consequence term at `consequence` (of `count` tokens) answers a condition of its
  /// sentence. `isNegator` tells a negator of the modifiers at a token, with the tokens it spans.
  func answersCondition(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<WordKey>,
    consequence: Int, count: Int, range: Range<Int>, isNegator: (Int) -> Bool
  ) -> Bool {
    let end = consequence + count
    if end < range.upperBound, isNegator(end) { return false }
    var start = consequence
    while start > range.lowerBound, !tokens[start - 1].endsSentence(in: bytes) { start -= 1 }
    var stop = end
    while stop < range.upperBound, !tokens[stop].endsSentence(in: bytes) { stop += 1 }
    var index = start
    while index < stop {
      defer { index += 1 }
      guard index < consequence || index >= end, tokens[index].kind == .word else { continue }
      guard let opener = openerTable.longestMatch(in: bytes, tokens: tokens, at: index, limit: stop, keys: keys)
      else { continue }
      if opener.value < UltimatumRule.unconditionalOpeners.count { return true }
      if index > start,
        nonConditionTable.longestMatch(in: bytes, tokens: tokens, at: index - 1, limit: index, keys: keys) != nil
      {
        continue
      }
      // The condition's clause: to the end of its clause or the consequence.
      var word = index + 1
      while word < stop, word != consequence, !tokens[word].endsClause(in: bytes) {
        if tokens[word].kind == .word,
          isNegator(word)
            || breachTable.longestMatch(in: bytes, tokens: tokens, at: word, limit: stop, keys: keys) != nil
        {
          return true
        }
        word += 1
      }
    }
    return false
  }
}
