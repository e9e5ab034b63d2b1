import StanceCore

/// The segment stage: turns a document's raw text into paragraphs, sentences and tokens,
/// and drops site furniture, each dropped span with its reason.
public struct Segmenter: Sendable {
  let boilerplate: BoilerplateFilter
  let splitter: SentenceSplitter

  public init(lexicons: LexiconSet) {
    boilerplate = BoilerplateFilter(patterns: lexicons.boilerplate)
    splitter = SentenceSplitter(abbreviations: lexicons.abbreviations, cues: lexicons.cues)
  }

  /// Segments one document.
  /// - Complexity: O(n) in the length of the text, times the number of boilerplate patterns per paragraph.
  public func segment(_ document: Document) -> SegmentedDocument {
    let text = TextBuffer(document.text)
    if document.isStatementUnit {
      return segmentAsOneStatement(document, text: text)
    }
    var paragraphs: [Paragraph] = []
    var sentences: [Sentence] = []
    var tokens: [Token] = []
    var wordKeys: [WordKey] = []
    var dropped: [DroppedSpan] = []
    // About one token per five bytes of news text; reserving avoids regrowing the arrays.
    tokens.reserveCapacity(text.count / 5 + 16)
    wordKeys.reserveCapacity(text.count / 5 + 16)
    sentences.reserveCapacity(text.count / 100 + 4)
    paragraphs.reserveCapacity(text.count / 256 + 4)
    text.withBytes { bytes in
      var bodyStart = 0
      if let frontMatter = FrontMatter.parse(bytes) {
        dropped.append(DroppedSpan(range: TextRange(0, frontMatter.end), reason: "front-matter"))
        bodyStart = frontMatter.end
      }
      let blocks = ParagraphSplitter.blocks(in: bytes, from: bodyStart, hasTitleLine: document.hasTitleLine)
      var folded: [UInt8] = []
      var blockIndex = 0
      while blockIndex < blocks.count {
        let block = blocks[blockIndex]
        if block.kind != .title, let verdict = boilerplate.match(bytes, block.range, buffer: &folded) {
          if verdict.scope == .rest {
            dropped.append(
              DroppedSpan(range: TextRange(block.range.start, blocks.last!.range.end), reason: verdict.reason))
            break
          }
          dropped.append(DroppedSpan(range: block.range, reason: verdict.reason))
          blockIndex += 1
          continue
        }
        let firstSentence = sentences.count
        let paragraphIndex = paragraphs.count
        let firstToken = tokens.count
        Tokenizer.tokenize(bytes, range: block.range, into: &tokens, keys: &wordKeys)
        tokens.withUnsafeBufferPointer { tokenBuffer in
          splitter.split(bytes, tokenBuffer, firstToken..<tokenBuffer.count) { sentenceTokens in
            let range = TextRange(
              Int(tokenBuffer[sentenceTokens.lowerBound].start), Int(tokenBuffer[sentenceTokens.upperBound - 1].end))
            sentences.append(Sentence(range: range, paragraph: paragraphIndex, tokens: sentenceTokens))
          }
        }
        paragraphs.append(Paragraph(range: block.range, kind: block.kind, sentences: firstSentence..<sentences.count))
        blockIndex += 1
      }
    }
    return SegmentedDocument(
      document: document, text: text, paragraphs: paragraphs, sentences: sentences, tokens: tokens,
      wordKeys: wordKeys, dropped: dropped)
  }

  /// A `unit: statement` record: the whole trimmed text is one paragraph and one sentence.
  func segmentAsOneStatement(_ document: Document, text: TextBuffer) -> SegmentedDocument {
    var tokens: [Token] = []
    let range = text.withBytes { bytes -> TextRange in
      let range = ParagraphSplitter.trimmed(bytes, TextRange(0, bytes.count))
      Tokenizer.tokenize(bytes, range: range, into: &tokens)
      return range
    }
    let paragraphs = range.isEmpty ? [] : [Paragraph(range: range, kind: .body, sentences: 0..<1)]
    let sentences = range.isEmpty ? [] : [Sentence(range: range, paragraph: 0, tokens: 0..<tokens.count)]
    return SegmentedDocument(
      document: document, text: text, paragraphs: paragraphs, sentences: sentences, tokens: tokens, dropped: [])
  }
}
