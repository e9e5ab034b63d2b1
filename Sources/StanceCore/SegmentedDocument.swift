/// What a unit of text is.
public enum ParagraphKind: String, Sendable {
  /// The headline line of a text file.
  case title
  case body
  /// A bullet or numbered list item.
  case bullet
}

/// A paragraph (or bullet, or title) of kept article text.
public struct Paragraph: Sendable, Hashable {
  public var range: TextRange
  public var kind: ParagraphKind
  /// Indices into `SegmentedDocument.sentences`.
  public var sentences: Range<Int>

  public init(range: TextRange, kind: ParagraphKind, sentences: Range<Int>) {
    self.range = range
    self.kind = kind
    self.sentences = sentences
  }
}

/// A sentence: its byte range, its paragraph and its tokens.
public struct Sentence: Sendable, Hashable {
  public var range: TextRange
  public var paragraph: Int
  /// Indices into `SegmentedDocument.tokens`.
  public var tokens: Range<Int>

  public init(range: TextRange, paragraph: Int, tokens: Range<Int>) {
    self.range = range
    self.paragraph = paragraph
    self.tokens = tokens
  }
}

/// Text left out of the article, and why.
public struct DroppedSpan: Sendable, Hashable {
  public var range: TextRange
  public var reason: String

  public init(range: TextRange, reason: String) {
    self.range = range
    self.reason = reason
  }
}

/// A document split into paragraphs, sentences and tokens, with the dropped text accounted for.
public struct SegmentedDocument: Sendable {
  public var document: Document
  public let text: TextBuffer
  public var paragraphs: [Paragraph]
  public var sentences: [Sentence]
  public let tokens: [Token]
  /// The lookup keys of `tokens`, one each, in the same order.
  public let wordKeys: [WordKey]
  public var dropped: [DroppedSpan]

  public init(
    document: Document, text: TextBuffer, paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token],
    dropped: [DroppedSpan]
  ) {
    self.init(
      document: document, text: text, paragraphs: paragraphs, sentences: sentences, tokens: tokens,
      wordKeys: SegmentedDocument.wordKeys(of: tokens, in: text), dropped: dropped)
  }

  /// The same with the tokens' keys already computed (`Tokenizer.tokenize(_:range:into:keys:)`): one
  /// for each token, `TextFolding.wordKey` of its range.
  public init(
    document: Document, text: TextBuffer, paragraphs: [Paragraph], sentences: [Sentence], tokens: [Token],
    wordKeys: [WordKey], dropped: [DroppedSpan]
  ) {
    precondition(wordKeys.count == tokens.count, "one key per token")
    self.document = document
    self.text = text
    self.paragraphs = paragraphs
    self.sentences = sentences
    self.tokens = tokens
    self.wordKeys = wordKeys
    self.dropped = dropped
  }

  /// The lookup key of every token, hashed once here for all the tables that look words up.
  static func wordKeys(of tokens: [Token], in text: TextBuffer) -> [WordKey] {
    text.withBytes { bytes in
      tokens.withUnsafeBufferPointer { tokens in
        [WordKey](unsafeUninitializedCapacity: tokens.count) { keys, count in
          guard let keyBase = keys.baseAddress else { return }
          for index in tokens.indices {
            (keyBase + index).initialize(to: TextFolding.wordKey(bytes, tokens[index].range))
          }
          count = tokens.count
        }
      }
    }
  }

  /// The index of the first token that starts at or after `offset`.
  /// - Complexity: O(log n).
  public func tokenIndex(atOrAfter offset: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if Int(tokens[middle].start) < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The indices of the tokens inside `range`: from the first that starts at or after its start to
  /// the last that ends within it, both found by binary search (token ends increase too).
  /// - Complexity: O(log tokens).
  public func tokenIndices(in range: TextRange) -> Range<Int> {
    let first = tokenIndex(atOrAfter: range.start)
    var low = first
    var high = tokens.count
    while low < high {
      let middle = low + (high - low) / 2
      if Int(tokens[middle].end) <= range.end { low = middle + 1 } else { high = middle }
    }
    return first..<low
  }

  /// The index of the sentence that contains `offset`, if any.
  public func sentenceIndex(containing offset: Int) -> Int? {
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      if sentences[middle].range.end <= offset { low = middle + 1 } else { high = middle }
    }
    guard low < sentences.count, sentences[low].range.start <= offset else { return nil }
    return low
  }
}
