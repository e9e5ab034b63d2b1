/// What a token is.
public enum TokenKind: UInt8, Sendable {
  case word, number, punctuation, quote, dash
  /// The possessive clitic ’s / 's, split off its word so "Russia’s" matches "Russia".
  case possessive
  /// A run of spaces and line breaks. Only `Tokenizer.tokenize(_:range:into:includingSpaces:)` with
  /// `includingSpaces: true` produces it: segmented documents hold no space tokens.
  case space
}

/// A token: a byte range of the original text and its kind. No String is allocated.
public struct Token: Hashable, Sendable {
  public var start: Int32
  public var end: Int32
  public var kind: TokenKind

  public init(start: Int, end: Int, kind: TokenKind) {
    self.start = Int32(truncatingIfNeeded: start)
    self.end = Int32(truncatingIfNeeded: end)
    self.kind = kind
  }

  public var range: TextRange { TextRange(Int(start), Int(end)) }
  public var isWordLike: Bool { kind == .word || kind == .number || kind == .possessive }
  /// A punctuation mark or a dash: what the scoring rules stop their reach at.
  public var isPunctuationOrDash: Bool { kind == .punctuation || kind == .dash }
}

extension Token {
  /// Whether this is a word of more than `minimumLength` bytes whose last two bytes are the ASCII
  /// letters `first` and `second` (lower case), in either case: "ly" for an adverb, "ed" for a past.
  @inlinable
  public func endsInLetters(
    _ first: UInt8, _ second: UInt8, longerThan minimumLength: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let end = Int(self.end)
    return kind == .word && end - Int(start) > minimumLength && bytes[end - 2] | 0x20 == first
      && bytes[end - 1] | 0x20 == second
  }
}
