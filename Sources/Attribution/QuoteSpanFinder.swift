import StanceCore

/// Finds passages in quotation marks (“…”, "…", «…», ‘…’) and dash-led quotations
/// ("– Let me emphasize … – said Lavrov."), including quotes that run over paragraphs:
/// a paragraph that ends inside a quote continues when the next one opens with a quotation mark.
enum QuoteSpanFinder {
  /// The quotes of a document, in text order.
  /// - Complexity: O(n) in the length of the kept text.
  static func find(in document: SegmentedDocument) -> [QuoteSpan] {
    var spans: [QuoteSpan] = []
    document.text.withBytes { bytes in
      var open: QuoteSpan? = nil
      let paragraphs = document.paragraphs
      for (paragraphIndex, paragraph) in paragraphs.enumerated() where paragraph.kind != .title {
        var index = paragraph.range.start
        let end = paragraph.range.end
        if var continuing = open {
          // A quote left open at the end of the previous paragraph continues here only if
          // this paragraph opens with a quotation mark of the same family.
          let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
          let isDoubledMark = (scalar == 0x27 || scalar == 0x60) && index + 1 < end && bytes[index + 1] == UInt8(scalar)
          if continuing.style == .doubledApostrophes
            ? isDoubledMark : opensContinuation(scalar, style: continuing.style)
          {
            continuing.lastParagraph = paragraphIndex
            open = continuing
            index += isDoubledMark ? 2 : length
          } else {
            spans.append(
              finish(continuing, contentEnd: paragraphs[continuing.lastParagraph].range.end, close: nil, bytes))
            open = nil
          }
        }
        // The class of the scalar just before this one (spaces included): quote marks open or
        // close by what touches them.
        var previousClass = CharacterClass.space
        var sentenceStart = open == nil
        while index < end {
          // ASCII text other than ", ', ` and - neither opens nor closes a quote: it only sets the
          // class before the next mark, and whether a sentence starts there.
          let stop = QuoteSpanFinder.markCandidate(bytes, from: index, end: end)
          if stop > index {
            QuoteSpanFinder.settle(&previousClass, &sentenceStart, after: bytes, index..<stop)
            index = stop
            if index == end { break }
          }
          var (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
          let characterClass = CharacterClass.of(scalar)
          // '' and `` (two marks) quote like " in old newswire text.
          let isDoubledMark = (scalar == 0x27 || scalar == 0x60) && index + 1 < end && bytes[index + 1] == UInt8(scalar)
          if isDoubledMark { length = 2 }
          let mark = TextRange(index, index + length)
          if let current = open {
            if current.style == .doubledApostrophes
              ? (isDoubledMark && scalar == 0x27)
              : (!isDoubledMark
                && closes(current.style, scalar, characterClass, previousClass, bytes, after: mark.end, end: end)
                  == true)
            {
              // ''… the word 'old-school,''' : the first of three apostrophes closes a single-quoted
              // phrase inside, so the content keeps it and the last two close the quote.
              if current.style == .doubledApostrophes, mark.end < end, bytes[mark.end] == 0x27 {
                previousClass = characterClass
                index += 1
                continue
              }
              spans.append(finish(current, contentEnd: index, close: mark, bytes))
              open = nil
            } else if current.style == .dash, sentenceStart,
              isDashLead(characterClass, bytes, after: mark.end, end: end)
            {
              spans.append(finish(current, contentEnd: index, close: nil, bytes))
              open = QuoteSpan(
                open: mark, content: TextRange(mark.end, end), close: nil, style: .dash, paragraph: paragraphIndex,
                lastParagraph: paragraphIndex)
            }
          } else if let style = isDoubledMark
            ? (scalar == 0x60 || !previousClass.isWordCharacter ? .doubledApostrophes : nil)
            : opens(scalar, characterClass, previousClass, sentenceStart, bytes, after: mark.end, end: end)
          {
            open = QuoteSpan(
              open: mark, content: TextRange(mark.end, end), close: nil, style: style, paragraph: paragraphIndex,
              lastParagraph: paragraphIndex)
          }
          if !characterClass.isSpace { sentenceStart = characterClass == .sentenceEnd }
          previousClass = characterClass
          index += length
        }
        if let current = open {
          switch current.style {
          case .single:
            open = nil  // an unclosed single mark is an apostrophe, not a quotation
          case .dash:
            let span = finish(current, contentEnd: end, close: nil, bytes)
            if !isDashHeading(span, bytes) { spans.append(span) }
            open = nil
          default:
            break
          }
        }
      }
      if let current = open {
        spans.append(finish(current, contentEnd: paragraphs[current.lastParagraph].range.end, close: nil, bytes))
      }
    }
    return spans.filter { !$0.content.isEmpty }
  }

  /// The first byte in `start..<end` that may be a quotation mark or a dash: `"`, `'`, `` ` ``, `-`
  /// or a byte of a non-ASCII character; eight bytes at a time.
  @inline(__always)
  static func markCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    return ByteLanes.firstStop(
      base, from: start, to: end,
      stops: {
        ($0 & 0x8080_8080_8080_8080) | ByteLanes.equal($0, to: 0x22) | ByteLanes.equal($0, to: 0x27)
          | ByteLanes.equal($0, to: 0x2D) | ByteLanes.equal($0, to: 0x60)
      },
      isStop: { $0 >= 0x80 || $0 == 0x22 || $0 == 0x27 || $0 == 0x2D || $0 == 0x60 })
  }

  /// The state after a run of ASCII text with no mark candidate in it, as if its bytes had been read
  /// one by one: the class before the next mark is its last byte's, and a sentence starts after it
  /// when its last byte other than spaces ends a sentence (a run of spaces changes nothing).
  @inline(__always)
  static func settle(
    _ previousClass: inout CharacterClass, _ sentenceStart: inout Bool, after bytes: UnsafeBufferPointer<UInt8>,
    _ run: Range<Int>
  ) {
    previousClass = CharacterClass.ascii(bytes[run.upperBound - 1])
    var last = run.upperBound - 1
    while last >= run.lowerBound, CharacterClass.isASCIISpace(bytes[last]) { last -= 1 }
    if last >= run.lowerBound { sentenceStart = CharacterClass.ascii(bytes[last]) == .sentenceEnd }
  }

  static func opens(
    _ scalar: UInt32, _ characterClass: CharacterClass, _ previous: CharacterClass, _ sentenceStart: Bool,
    _ bytes: UnsafeBufferPointer<UInt8>, after: Int, end: Int
  ) -> QuoteSpan.Style? {
    switch characterClass {
    case .openingQuote:
      return scalar == 0x00AB || scalar == 0x2039 ? .guillemet : .double
    case .straightDoubleQuote:
      return previous.isLetter || previous == .digit ? nil : .straight
    case .openingSingleQuote:
      guard !previous.isWordCharacter, after < end else { return nil }
      return CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: after).value).isWordCharacter ? .single : nil
    case .dash, .hyphen:
      return sentenceStart && isDashLead(characterClass, bytes, after: after, end: end) ? .dash : nil
    default:
      return nil
    }
  }

  /// A dash followed by a space at the start of a sentence leads a quotation.
  static func isDashLead(_ characterClass: CharacterClass, _ bytes: UnsafeBufferPointer<UInt8>, after: Int, end: Int)
    -> Bool
  {
    guard characterClass == .dash || characterClass == .hyphen, after < end else { return false }
    return CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: after).value) == .space
  }

  /// Whether this mark closes the open quote; nil when it is not a closing mark at all.
  static func closes(
    _ style: QuoteSpan.Style, _ scalar: UInt32, _ characterClass: CharacterClass, _ previous: CharacterClass,
    _ bytes: UnsafeBufferPointer<UInt8>, after: Int, end: Int
  ) -> Bool? {
    switch style {
    case .double, .straight:
      if characterClass == .closingQuote && scalar == 0x201D || characterClass == .straightDoubleQuote { return true }
      // An opening mark set where a closing one belongs ("… for her here,“ said Clyburn."): it touches the
      // text before it and a space or the paragraph's end after it.
      if scalar == 0x201C, !previous.isSpace {
        return after >= end || CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: after).value).isSpace ? true : nil
      }
      return nil
    case .guillemet:
      return scalar == 0x00BB || scalar == 0x203A ? true : nil
    case .single:
      guard characterClass == .apostrophe, previous != .space else { return nil }
      if after < end, CharacterClass.of(UTF8Decoding.scalar(in: bytes, at: after).value).isWordCharacter { return nil }
      return true
    case .dash, .doubledApostrophes:
      return nil
    }
  }

  static func opensContinuation(_ scalar: UInt32, style: QuoteSpan.Style) -> Bool {
    switch style {
    case .double: return scalar == 0x201C || scalar == 0x201E || scalar == 0x22
    case .straight: return scalar == 0x22 || scalar == 0x201C
    case .guillemet: return scalar == 0x00AB
    default: return false
    }
  }

  /// Sets the content end, trimmed of spaces and a trailing comma.
  static func finish(_ span: QuoteSpan, contentEnd: Int, close: TextRange?, _ bytes: UnsafeBufferPointer<UInt8>)
    -> QuoteSpan
  {
    var result = span
    result.content = ContentTrimming.trimmed(bytes, TextRange(span.open.end, contentEnd), dropsTrailingDashes: false)
    result.close = close
    return result
  }
}
