import StanceCore

/// Decides whether an adverb that can mark contrast does so where it stands. "Yet" and "still" turn
/// the statement only when they open a clause ("Still, we hope the truce will hold", "and yet they
/// keep shelling the town"); inside a clause they speak of time: "we do not know yet who was behind
/// the attack", "many states still do not recognize the sanctions regime", "talks are still going
/// on". Other contrast markers (but, however, nevertheless …) mark contrast wherever they stand.
struct ContrastPositionRule: Sendable {
  /// Contrast markers that are adverbs of time inside a clause.
  static let temporalWords = ["yet", "still"]
  /// Words after which such a marker still opens the clause ("and yet").
  static let openers = ["and"]

  let temporalTable = PhraseTable(phrases: ContrastPositionRule.temporalWords)
  let openerTable = PhraseTable(phrases: ContrastPositionRule.openers)

  /// Whether the contrast marker matched at `index` with `tokenCount` tokens marks contrast: always,
  /// unless it is one of `temporalWords` standing inside a clause (after a word other than "and").
  func marksContrast(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, tokenCount: Int,
    range: Range<Int>
  ) -> Bool {
    guard
      temporalTable.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound)?.tokenCount
        == tokenCount, index > range.lowerBound
    else { return true }
    let previous = index - 1
    if tokens[previous].isPunctuationOrDash { return true }
    return openerTable.longestMatch(in: bytes, tokens: tokens, at: previous, limit: index) != nil
  }
}
