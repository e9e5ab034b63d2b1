import StanceCore

/// Decides whether a comma separates the items of a list ("to combat terrorism, piracy and
/// hostage-taking", "no threats, blackmail or ultimatums") rather than two clauses, so that the
/// negator or countering word before the list reaches every item.
///
/// A comma is a list comma when what follows it, up to a coordinating "and", "or" or "nor", is one or
/// more short items (at most `maxItemWords` words each, separated by commas) holding no word that
/// opens or marks a clause (a pronoun, an auxiliary, "to", a relative or subordinating word), and
/// the word after the coordinator does not open a clause either ("…, and we will respond" is not a list).
struct ListRule: Sendable {
  /// Words that show a clause rather than a noun phrase: pronouns, auxiliaries and modals, the
  /// infinitive "to", relative and subordinating words.
  static let clauseWords = [
    "i", "we", "you", "he", "she", "it", "they", "there", "this", "these", "those", "is", "are", "was", "were",
    "be", "been", "being", "am", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "has",
    "have", "had", "do", "does", "did", "to", "that", "which", "who", "whom", "whose", "where", "when", "while",
    "if", "but", "not", "because", "as",
  ]
  static let coordinators = ["and", "or", "nor"]
  /// The longest list item read after a comma.
  static let maxItemWords = 4

  let clauseTable = PhraseTable(phrases: ListRule.clauseWords)
  let coordinatorTable = PhraseTable(phrases: ListRule.coordinators)

  /// Whether the comma at `comma` separates list items; `keys` are the tokens' word keys.
  /// - Complexity: O(maxItemWords × items).
  func isListComma(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at comma: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    // The tables in locals: a call on a stored table copies the table first, a call on a local does not.
    let coordinatorTable = self.coordinatorTable
    let clauseTable = self.clauseTable
    var index = comma + 1
    var itemWords = 0
    var items = 0
    while range.contains(index) {
      let token = tokens[index]
      index += 1
      if token.isPunctuationOrDash {
        // Another comma closes an item ("terrorism, piracy, and …"); anything else ends the clause.
        guard bytes[Int(token.start)] == 0x2C, itemWords > 0 else { return false }
        items += 1
        itemWords = 0
        continue
      }
      guard token.kind == .word || token.kind == .number else { continue }
      let position = index - 1
      if coordinatorTable.longestMatch(in: bytes, tokens: tokens, at: position, limit: range.upperBound, keys: keys)
        != nil
      {
        // The item before the coordinator may be empty only after an item closed by a comma.
        guard itemWords > 0 || items > 0 else { return false }
        return nextWordOpensNoClause(bytes, tokens, from: index, range: range, keys: keys)
      }
      if clauseTable.longestMatch(in: bytes, tokens: tokens, at: position, limit: range.upperBound, keys: keys) != nil {
        return false
      }
      itemWords += 1
      if itemWords > ListRule.maxItemWords { return false }
    }
    return false
  }

  /// Whether the first word from `index` exists and is no clause word.
  private func nextWordOpensNoClause(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, from index: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    guard range.contains(index), tokens[index].kind == .word || tokens[index].kind == .number else { return false }
    return clauseTable.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys) == nil
  }
}
