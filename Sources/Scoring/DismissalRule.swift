import StanceCore

/// Decides when a tone term dismisses the conciliatory steps named before it: "any talk of peace is a
/// sham", "their offer of talks is an insult", "the ceasefire is nothing but a smokescreen". The
/// subject of the copula is what is being scorned, not offered, so the conciliatory weights of its
/// clause are turned as a negator turns them; the dismissal keeps its own weight.
///
/// A dismissal is a confrontational tone term (not a fixed expression) holding one of `words`: nouns,
/// since an adjective such as "meaningless" is as often a condition ("aid is meaningless without access
/// to markets"). It must not be negated itself ("this agreement is not a sham"), and a copula opens it
/// or stands at most `reach` words before it in its clause, with only `gapWords` between ("is nothing
/// but a", "was used as a").
struct DismissalRule: Sendable {
  /// Words of the tone terms that dismiss what they are said of (a term's trailing `*` aside).
  static let words = [
    "sham", "farce", "charade", "smokescreen", "fig leaf", "insult", "travesty", "mockery", "pretext", "lie",
    "lies", "empty words", "worthless", "meaningless", "useless",
  ]
  /// Copulas that predicate the dismissal of their subject.
  static let copulas = ["is", "are", "was", "were", "remains", "remain", "be", "been", "proven", "proved"]
  /// Words that may stand between the copula and the dismissal ("is nothing but a", "was used as a").
  static let gapWords = [
    "a", "an", "the", "nothing", "but", "just", "merely", "mere", "little", "more", "than", "simply", "only",
    "pure", "another", "yet", "total", "complete", "utter", "outright", "clear", "used", "as",
  ]
  /// What the weight of a dismissed step is multiplied by, as "not" does.
  static let factor = -0.7
  /// How many words before the dismissal a copula may stand ("is nothing more than a sham").
  static let reach = 4

  let copulaTable = PhraseTable(phrases: DismissalRule.copulas)
  let gapTable = PhraseTable(phrases: DismissalRule.gapWords)

  /// Whether `term`, with lexicon weight `weight`, may dismiss what it is said of.
  static func isDismissal(_ term: String, weight: Double) -> Bool {
    // A fixed expression ("lies at", weight -0.1) dismisses nothing.
    guard weight <= -1 else { return false }
    let spaced = Array((" " + term.filter { $0 != "*" } + " ").utf8)
    return spacedWords.contains { word in
      spaced.count >= word.count
        && (0...(spaced.count - word.count)).contains { spaced[$0..<$0 + word.count].elementsEqual(word) }
    }
  }

  /// The bytes of each of `words` with a space on either side, as they are sought in a spaced term.
  private static let spacedWords = words.map { Array(" \($0) ".utf8) }

  /// Whether a copula opens the term at `index` ("is an insult") or stands before it, at most `reach`
  /// words back within its clause (from `clauseStart`) with only `gapWords` and quotation marks between them.
  func followsCopula(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, clauseStart: Int,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    var position = index
    while position >= max(clauseStart, index - DismissalRule.reach) {
      if copulaTable.longestMatch(in: bytes, tokens: tokens, at: position, limit: position + 1, keys: keys) != nil {
        return true
      }
      // A quotation mark may stand between them too ("had proven “worthless”").
      if position < index, tokens[position].kind != .quote,
        gapTable.longestMatch(in: bytes, tokens: tokens, at: position, limit: position + 1, keys: keys) == nil
      {
        return false
      }
      position -= 1
    }
    return false
  }
}
