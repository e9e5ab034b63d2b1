import StanceCore

/// A passage in quotation marks, or led by a dash, found in the text.
struct QuoteSpan: Sendable {
  enum Style: Sendable { case double, guillemet, single, straight, doubledApostrophes, dash }
  /// The opening mark.
  var open: TextRange
  /// The text between the marks, trimmed.
  var content: TextRange
  /// The closing mark, when there is one.
  var close: TextRange?
  var style: Style
  /// The paragraph the quote opens in.
  var paragraph: Int
  /// The paragraph the quote ends in (a quote may run over several paragraphs).
  var lastParagraph: Int
  /// Where text after the quote begins (after the closing mark or the content).
  var end: Int { close?.end ?? content.end }
}
