import StanceCore

/// Reported content introduced by a colon: after a short phrase that says to whom, where or how the
/// words were said ("told reporters: “…”", "said in a statement: …"), and in the next paragraph when
/// the colon ends its own ("Hewitt writes:" followed by the excerpt).
extension StatementBuilder {
  /// The most tokens between a cue and a colon that still only name the addressee or circumstance.
  static let colonPhraseLength = 6

  /// Where content opens when a colon closes a short phrase starting at `start`: after the colon, or
  /// `start` when no such colon comes first. The phrase holds no quotation, clause or sentence end.
  /// - Complexity: O(`colonPhraseLength`).
  func startAfterColon(from start: Int, sentence: Range<Int>) -> Int {
    var index = start
    while index < min(sentence.upperBound, start + StatementBuilder.colonPhraseLength + 1) {
      if context.isPunctuation(index, 0x3A) { return index > start ? index + 1 : start }
      let token = context.tokens[index]
      guard token.kind == .word || token.kind == .possessive || context.isPunctuation(index, 0x2C),
        !context.isWord(index, in: GrammarWords.complementizers), !context.isWord(index, in: GrammarWords.finiteVerbs)
      else { return start }
      index += 1
    }
    return start
  }

  /// The next paragraph, when the sentence's content is empty because a colon ends its paragraph.
  func nextParagraphContent(afterColonEnding sentence: Range<Int>, paragraph: Int) -> TextRange? {
    guard sentence.upperBound > sentence.lowerBound, context.isPunctuation(sentence.upperBound - 1, 0x3A),
      context.document.paragraphs[paragraph].sentences.last.map({
        context.document.sentences[$0].tokens.upperBound == sentence.upperBound
      }) == true,
      paragraph + 1 < context.document.paragraphs.count,
      context.document.paragraphs[paragraph + 1].kind != .title
    else { return nil }
    let content = trimmedContent(context.document.paragraphs[paragraph + 1].range)
    return content.isEmpty ? nil : content
  }
}
