import StanceCore

extension QuoteSpanFinder {
  /// Whether a dash-led paragraph is a subheading between dashes ("– Old hands –."), as wire stories
  /// set them, rather than a quotation: its text ends with a dash, before at most a final period.
  /// - Complexity: O(1).
  static func isDashHeading(_ span: QuoteSpan, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard span.style == .dash, !span.content.isEmpty else { return false }
    var end = span.content.end
    while end > span.content.start, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: " ") {
      end -= 1
    }
    guard end > span.content.start else { return false }
    let last = UTF8Decoding.scalarStart(in: bytes, before: end)
    let lastClass = UTF8Decoding.characterClass(in: bytes, at: last).characterClass
    return lastClass == .dash || lastClass == .hyphen
  }
}
