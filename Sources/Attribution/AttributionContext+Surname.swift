import StanceCore

extension AttributionContext {
  /// Whether the capitalised word at `index` is a surname by the document's own usage: somewhere it
  /// follows a capitalised given name ("Corey Lewandowski"), and nowhere is it written in lower case.
  /// A heading's common noun ("Poll: …", "Update: …") fails the second test, an interjection
  /// ("Wow: …") the first.
  /// - Complexity: O(n) in the document's tokens; called only for a lone word before a colon.
  func isUsedAsSurname(_ index: Int) -> Bool {
    guard isCapitalized(index), !isWord(index, in: registry.titleWords) else { return false }
    let hash = foldedHash(index)
    var followsGivenName = false
    for other in tokens.indices where other != index && tokens[other].kind == .word && foldedHash(other) == hash {
      if !isCapitalized(other) { return false }
      if other > 0, isCapitalized(other - 1), !isWord(other - 1, in: registry.titleWords),
        !isWord(other - 1, in: GrammarWords.clauseOpeners), tokens[other - 1].end < tokens[other].start
      {
        followsGivenName = true
      }
    }
    return followsGivenName
  }
}
