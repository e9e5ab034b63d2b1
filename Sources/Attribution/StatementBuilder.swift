import StanceCore

/// Builds a document's statements: quotes first, then reported speech.
///
/// A class, not a struct: it holds about 1.2 KB of fields, which as a value were copied around its
/// mutating calls.
final class StatementBuilder {
  let context: AttributionContext
  let cues: [ReportingCue]
  let finder: SpeakerFinder
  var statements: [Statement] = []
  /// Cue tokens already used by a quote's attribution.
  var usedCueTokens: Set<Int> = []
  /// Quote contents that found no speaker.
  var unattributed: Set<Int> = []
  /// Content ranges of quotes, in text order and never overlapping (for binary searches).
  var quoteContents: [TextRange] = []
  /// The quotes themselves, in the same order.
  var quoteSpans: [QuoteSpan] = []
  /// How many statements the quote pass made: `statements[0..<quoteStatementCount]` are in text order.
  var quoteStatementCount = 0
  /// Where the reported-speech statements start (after quotes and speaker turns).
  var reportedStatementStart = 0
  /// Statements absorbed by reported speech, left out at the end.
  var removed: Set<Int> = []
  /// Statements from speaker turns (their contents are not searched for cues).
  var turns: [Int] = []
  /// The statement of the last resolved speaker of each paragraph, by paragraph index, for pronouns
  /// and continuations. Statements are held by index (they keep their place until `joinSplitQuotes`),
  /// so that no speaker is copied.
  var lastSpeakerByParagraph: IndexedValues<(statement: Int32, isPerson: Bool, wasDirect: Bool)>
  /// The statement of the latest attribution with a cue in each sentence, by sentence index, for cues
  /// that share its subject.
  var lastAttributionBySentence: IndexedValues<(statement: Int32, cueEnd: Int32)>
  /// Whether a word is used as a surname, by its folded hash (each word's document scan runs once).
  var surnameVerdicts: [UInt64: Bool] = [:]

  init(context: AttributionContext, cues: [ReportingCue]) {
    self.context = context
    self.cues = cues
    finder = SpeakerFinder(context: context)
    lastSpeakerByParagraph = IndexedValues(count: context.document.paragraphs.count)
    lastAttributionBySentence = IndexedValues(count: context.document.sentences.count)
  }

  var unattributedCount: Int { unattributed.count }

  /// The most tokens of reported content after its cue: reported clauses are far shorter, and the
  /// bound keeps attribution linear in sentences without punctuation.
  static let reportedContentLimit = 150

  /// An attribution: who, the mention and the cue.
  struct Found {
    var speaker: Speaker
    var mention: TextRange?
    var cue: MentionIndex.Cue?
  }

  // MARK: Quotes

  func attributeQuotes(_ quotes: [QuoteSpan]) {
    quoteSpans = quotes
    quoteContents = quotes.map(\.content)
    let tokens = context.tokens
    for (quoteIndex, quote) in quotes.enumerated() {
      // "called the sanctions “an act of war”": the quotation belongs to the naming's reported speech.
      if isNamed(quote) {
        unattributed.insert(quoteIndex)
        continue
      }
      var content = quote.content
      var kind = StatementKind.direct
      var found: Found? = nil
      let paragraphEnd = paragraphTokenEnd(quote.lastParagraph)
      if quote.style == .dash {
        // A dash-led quote ends where an attribution follows a dash or a comma inside it.
        let inside = context.document.tokenIndices(in: quote.content)
        for index in inside where tokens[index].kind == .dash || context.isPunctuation(index, 0x2C) {
          if let attribution = attributionAfter(tokenIndex: index + 1, limit: paragraphEnd) {
            found = attribution
            content = trimmedContent(TextRange(quote.content.start, Int(tokens[index].start)))
            break
          }
        }
      } else {
        let next = context.document.tokenIndex(atOrAfter: quote.end)
        found = attributionAfter(tokenIndex: next, limit: paragraphEnd)
        // "… he “made a strategic mistake,” Lichtman said.": the narration leading in is the speaker's too.
        if found != nil, let leadIn = leadInContent(of: quote) {
          content = leadIn
          kind = .mixed
        }
        if found == nil { found = phraseAttribution(after: quote) }
      }
      if found == nil { found = attributionBefore(quote) }
      if found == nil { found = invertedOpeningAttribution(quote) }
      if found == nil { found = questionAgentAttribution(quote) }
      if found == nil { found = continuation(of: quote) }
      if found == nil { found = announcedAttribution(quote) }
      guard let found, !content.isEmpty else {
        unattributed.insert(quoteIndex)
        continue
      }
      if let cue = found.cue { usedCueTokens.insert(cue.tokens.lowerBound) }
      add(found, content: content, kind: kind, paragraph: quote.lastParagraph, isQuote: true)
    }
    quoteStatementCount = statements.count
  }

  /// Whether a verb of naming opens the quote's sentence part, at most `MentionIndex.namingReach`
  /// tokens before its opening mark ("called the sanctions “…”").
  func isNamed(_ quote: QuoteSpan) -> Bool {
    let open = context.document.tokenIndex(atOrAfter: quote.open.start)
    guard open < context.tokens.count else { return false }
    let sentence = context.sentenceTokens(of: open)
    var index = open - 1
    while index >= max(sentence.lowerBound, open - MentionIndex.namingReach - 2) {
      if let cue = context.mentions.cueAtToken[index].map({ context.mentions.cues[$0] }) {
        return cue.isNaming && open - cue.tokens.upperBound < MentionIndex.namingReach
      }
      index -= 1
    }
    return false
  }

  // MARK: Speaker turns

  /// Transcripts and bullet summaries: a paragraph that opens with a name and a colon
  /// ("President of Russia Vladimir Putin: Good afternoon …", "Blinken: We are …", "Q: …") is that
  /// speaker's statement. A dateline ("STOCKHOLM: …") is not a speaker; "Q" and "A" stay unresolved.
  func attributeSpeakerTurns() {
    // The article's first two paragraphs after its title, where a name in capitals is a dateline.
    var openingEnd = 0
    var bodyParagraphs = 0
    while openingEnd < context.document.paragraphs.count, bodyParagraphs < 2 {
      if context.document.paragraphs[openingEnd].kind != .title { bodyParagraphs += 1 }
      openingEnd += 1
    }
    for (paragraphIndex, paragraph) in context.document.paragraphs.enumerated() where paragraph.kind != .title {
      guard let firstSentence = paragraph.sentences.first else { continue }
      let tokens = context.document.sentences[firstSentence].tokens
      guard let colon = tokens.prefix(14).first(where: { context.isPunctuation($0, 0x3A) }), colon > tokens.lowerBound
      else { continue }
      // "Rep. Trey Gowdy (R-S.C.): …": the party and state in parentheses after the name are not part of it.
      let name = tokens.lowerBound..<(finder.parenthesisStart(closingBefore: colon, from: tokens.lowerBound) ?? colon)
      guard name.count <= 8 else { continue }
      guard name.allSatisfy({ context.isCapitalized($0) || context.isPunctuation($0, 0x2E) || isConnectorWord($0) }),
        context.isCapitalized(name.lowerBound)
      else { continue }
      let nameRange = context.range(name)
      let nameText = context.document.text.string(nameRange)
      let isAllCaps = !nameText.unicodeScalars.contains { $0.properties.isLowercase }
      // A dateline ("STOCKHOLM: …") opens the article; later, a name in capitals is a transcript's speaker.
      if isAllCaps && paragraphIndex < openingEnd
        && nameText.unicodeScalars.filter({ $0.properties.isAlphabetic }).count > 1
      {
        continue
      }
      let lastSentence = paragraph.sentences.upperBound - 1
      let contentTokens = (colon + 1)..<context.document.sentences[lastSentence].tokens.upperBound
      // "Clinton: 547." is a tally, not a turn: a turn says something in words.
      guard contentTokens.count >= 2,
        contentTokens.contains(where: { context.tokens[$0].kind == .word && context.firstClass($0) != .digit })
      else { continue }
      let content = trimmedContent(context.range(contentTokens))
      guard !content.isEmpty, !quoteStatements(overlapping: content).contains(where: { !removed.contains($0) })
      else { continue }
      let speaker: Speaker
      if nameText.count == 1 {
        speaker = Speaker(name: nameText, actorID: nil, kind: .unresolved)
      } else if let mention = finder.resolve(name), let attributed = found(mention, cue: nil),
        attributed.speaker.kind == .registered || name.count > 1 || isAllCaps
          || isUsedAsSurname(name.lowerBound),
        !isPlace(mention),
        // "The Latest: …", "The Long Road: …": a heading, unless the article opens a registered name or title.
        !(context.isWord(name.lowerBound, in: GrammarWords.determiners) && attributed.speaker.kind != .registered)
      {
        speaker = attributed.speaker
      } else {
        continue
      }
      let found = Found(speaker: speaker, mention: nameRange, cue: nil)
      add(found, content: content, kind: .direct, paragraph: paragraphIndex)
      statements[statements.count - 1].cue = context.tokens[colon].range
      turns.append(statements.count - 1)
    }
  }

  /// `AttributionContext.isUsedAsSurname`, remembered per word so a transcript's many turns scan once.
  func isUsedAsSurname(_ index: Int) -> Bool {
    let hash = context.foldedHash(index)
    if let verdict = surnameVerdicts[hash] { return verdict }
    let verdict = context.isUsedAsSurname(index)
    surnameVerdicts[hash] = verdict
    return verdict
  }

  /// Whether a mention names a country: a dateline or a heading ("Nevada: …"), not a speaker.
  func isPlace(_ mention: SpeakerMention) -> Bool {
    guard case .actor(let index) = mention.reference else { return false }
    return context.registry.actors[Int(index)].kind == .country
  }

  func isConnectorWord(_ index: Int) -> Bool { context.isWord(index, in: GrammarWords.connectors) }

  // MARK: Searches that keep attribution linear

  /// The first index of `ranges[bounds]` whose range ends after `offset` (the ranges are in text
  /// order and do not overlap, so their ends are ordered too).
  /// - Complexity: O(log n).
  static func firstEnding(after offset: Int, in bounds: Range<Int>, end: (Int) -> Int) -> Int {
    var low = bounds.lowerBound
    var high = bounds.upperBound
    while low < high {
      let middle = (low + high) / 2
      if end(middle) <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The quotes whose content overlaps `range`.
  func quotes(overlapping range: TextRange) -> Range<Int> {
    let first = Self.firstEnding(after: range.start, in: 0..<quoteContents.count) { quoteContents[$0].end }
    var last = first
    while last < quoteContents.count, quoteContents[last].start < range.end { last += 1 }
    return first..<last
  }

  func isInsideQuote(_ range: TextRange) -> Bool {
    quotes(overlapping: range).contains { quoteContents[$0].contains(range) }
  }

  /// The quote-pass statements whose content overlaps `range`.
  /// The quote-pass statements whose content overlaps `range`, absorbed ones included (callers
  /// skip those in `removed`).
  func quoteStatements(overlapping range: TextRange) -> Range<Int> {
    let first = Self.firstEnding(after: range.start, in: 0..<quoteStatementCount) { statements[$0].content.end }
    var last = first
    while last < quoteStatementCount, statements[last].content.start < range.end { last += 1 }
    return first..<last
  }

  /// Whether a statement already covers `range`: a quote, or one of the latest reported statements
  /// (reported speech is found in text order, so only the latest can reach a later cue).
  func isCovered(_ range: TextRange) -> Bool {
    isCoveredByQuoteOrTurn(range) || coveringReportedStatement(range) != nil
  }

  func isCoveredByQuoteOrTurn(_ range: TextRange) -> Bool {
    if quoteStatements(overlapping: range).contains(where: {
      !removed.contains($0) && statements[$0].content.contains(range)
    }) {
      return true
    }
    // Turns are in text order and do not overlap.
    let turn = Self.firstEnding(after: range.start, in: 0..<turns.count) { statements[turns[$0]].content.end }
    return turn < turns.count && statements[turns[turn]].content.contains(range)
  }

  /// The latest reported statement whose content contains `range`.
  func coveringReportedStatement(_ range: TextRange) -> Int? {
    let reported = max(reportedStatementStart, statements.count - 16)..<statements.count
    return reported.last { !removed.contains($0) && statements[$0].content.contains(range) }
  }

  /// Joins a quote with the next quote of the same speaker in the same paragraph when only their
  /// attribution stands between them ("“…,” Lavrov said, “…”", "“…,” he said. “…”"): one statement
  /// whose pieces are the quotes.
  func joinSplitQuotes() {
    // Indices are sorted, not statements: a statement is large to move. One array, sized once.
    var order: [Int] = []
    order.reserveCapacity(statements.count)
    for index in statements.indices where !removed.contains(index) { order.append(index) }
    order.sort { statements[$0].content < statements[$1].content }
    removed = []
    // Most documents drop, move and join nothing: their statements stay where they are, uncopied.
    if order.count == statements.count, order.indices.allSatisfy({ order[$0] == $0 }),
      !order.indices.dropFirst().contains(where: { canJoin(statements[$0 - 1], statements[$0]) })
    {
      return
    }
    var joined: [Statement] = []
    joined.reserveCapacity(order.count)
    for index in order {
      let statement = statements[index]
      if let last = joined.indices.last, canJoin(joined[last], statement) {
        joined[last].pieces.append(contentsOf: statement.pieces)
        joined[last].content = TextRange(joined[last].content.start, statement.content.end)
        for target in statement.targets where !joined[last].targets.contains(target) {
          joined[last].targets.append(target)
        }
        if joined[last].cue == nil {
          joined[last].cue = statement.cue
          joined[last].cueEntry = statement.cueEntry
          joined[last].mention = statement.mention
        }
      } else {
        joined.append(statement)
      }
    }
    statements = joined
  }

  /// Whether a direct quote continues the previous one of the same speaker in the same paragraph: a
  /// direct quote, or narration with a quote ("Yet he is a “change agent,” Cole said. “That is …”")
  /// that the quote carries on without an attribution of its own.
  private func canJoin(_ previous: Statement, _ statement: Statement) -> Bool {
    guard statement.kind == .direct, previous.kind != .indirect, previous.speaker == statement.speaker,
      paragraph(of: previous) == paragraph(of: statement)
    else { return false }
    if previous.kind == .mixed { return statement.mention == nil && isContinuation(statement, of: previous) }
    return isContinuation(statement, of: previous) || isOnlyAttribution(between: previous, and: statement)
  }

  private func paragraph(of statement: Statement) -> Int? {
    context.document.sentenceIndex(containing: statement.content.start).map { context.document.sentences[$0].paragraph }
  }

  /// Whether a quote carries on its paragraph's previous quote: it has no attribution of its own, or
  /// shares the previous quote's ("“…,” Lavrov said, “…”"), so whatever narration stands between them
  /// ("“…,” he said during an interview in his office. “…”") belongs to the same statement.
  /// A cue of another clause in between ("“…,” he said, adding that both men “…”") makes the
  /// quote that clause's, not a continuation.
  func isContinuation(_ statement: Statement, of previous: Statement) -> Bool {
    if statement.cue != nil && statement.cue == previous.cue { return true }
    guard statement.mention == nil, isOpeningAfterAttribution(statement, of: previous) else { return false }
    let gap = context.document.tokenIndices(in: TextRange(previous.content.end, statement.content.start))
    let opening = context.sentenceOfToken[max(0, gap.upperBound - 1)]
    return !gap.contains { index in
      context.mentions.cueAtToken[index] != nil && previous.cue?.start != Int(context.tokens[index].start)
        && context.sentenceOfToken[index] == opening
    }
  }

  /// Whether a quote opens after punctuation or after the previous quote's attribution, not inside a
  /// phrase of the narration ("he said, introducing Clinton as a “global leader”").
  func isOpeningAfterAttribution(_ statement: Statement, of previous: Statement) -> Bool {
    guard let index = tokenBeforeOpening(of: statement.content.start) else { return true }
    let token = context.tokens[index]
    if token.kind != .word || isSentenceOpeningConjunction(index) { return true }
    return [previous.mention, previous.cue].contains { $0?.contains(token.range) == true }
  }

  /// Whether a token is "But" or "And" opening its sentence ("… he said. But “the party …”"): the
  /// quote after it opens the sentence's clause, not a phrase of the narration.
  func isSentenceOpeningConjunction(_ index: Int) -> Bool {
    context.isWord(index, in: GrammarWords.sharedSubjectConjunctions)
      && context.sentenceTokens(of: index).lowerBound == index
  }

  /// The token before a quote's opening marks (at most two marks are stepped over, so that a run
  /// of marks costs no more than its length), or nil when there is none.
  func tokenBeforeOpening(of offset: Int) -> Int? {
    var index = context.document.tokenIndex(atOrAfter: offset) - 1
    var marks = 0
    while index >= 0, marks < 2, context.tokens[index].kind == .quote {
      index -= 1
      marks += 1
    }
    guard index >= 0, context.tokens[index].kind != .quote, Int(context.tokens[index].end) <= offset else { return nil }
    return index
  }

  /// Whether nothing but quotation marks, punctuation and the quotes' own attribution (mention,
  /// cue and a few words around them) stands between two statements.
  func isOnlyAttribution(between first: Statement, and second: Statement) -> Bool {
    let gap = context.document.tokenIndices(in: TextRange(first.content.end, second.content.start))
    guard gap.count <= 14 else { return false }
    let words = gap.filter { context.tokens[$0].kind == .word }
    guard words.count <= 8 else { return false }
    let attribution = [first.mention, first.cue, second.mention, second.cue].compactMap { $0 }
    let inAttribution = words.filter { index in attribution.contains { $0.contains(context.tokens[index].range) } }
    return words.isEmpty || (!inAttribution.isEmpty && words.count - inAttribution.count <= 3)
  }

  /// "…,” said Lavrov" / "…,” Lavrov said" / "…,” he added": an attribution starting at `tokenIndex`.
  func attributionAfter(tokenIndex start: Int, limit: Int) -> Found? {
    var index = start
    while index < limit, context.tokens[index].isPunctuationOrDash,
      !context.isPunctuation(index, 0x2E)
    {
      index += 1
    }
    guard index < limit else { return nil }
    // The attribution must be in the same sentence as the end of the quote, or be a sentence of its own
    // that only names the speaker ("“… are missing.” Trump said.").
    if start > 0, context.sentenceOfToken[start - 1] != context.sentenceOfToken[index],
      !isBareAttributionSentence(startingAt: index)
    {
      return nil
    }
    let sentence = context.sentenceTokens(of: index)
    let end = min(limit, sentence.upperBound)
    // CUE SPEAKER
    if let cueIndex = context.mentions.cueAtToken[index] {
      let cue = context.mentions.cues[cueIndex]
      guard let mention = finder.subject(afterCue: cue.tokens.upperBound, limit: end) else { return nil }
      return found(mention, cue: cue)
    }
    // SPEAKER CUE: a pronoun, a name or a common-noun source ("the governor"), then the cue.
    var speakerEnd = index
    var isNamed = true
    if context.pronoun(index) != nil {
      speakerEnd = index + 1
    } else if let run = finder.runForward(from: index, limit: end) {
      speakerEnd = run.upperBound
      // "Robert Hale Jr. said": the dot of a suffix or initial ends the name, not the run.
      if speakerEnd < end, context.isPunctuation(speakerEnd, 0x2E), finder.isNameToken(speakerEnd) { speakerEnd += 1 }
    } else {
      isNamed = false
      while speakerEnd < end, speakerEnd < index + 6, context.tokens[speakerEnd].kind == .word,
        context.mentions.cueAtToken[speakerEnd] == nil
      {
        speakerEnd += 1
      }
    }
    // "Republican strategist Fred Davis said": words of the subject's noun phrase before the cue.
    if isNamed, context.mentions.cueAtToken[speakerEnd] == nil {
      var probe = speakerEnd
      while probe < end, probe < index + SpeakerFinder.maximumSourceLength, context.mentions.cueAtToken[probe] == nil,
        finder.isNameToken(probe) || context.tokens[probe].kind == .word
      {
        probe += 1
      }
      var nameEnd = probe
      while nameEnd > speakerEnd, context.isAdverb(nameEnd - 1) { nameEnd -= 1 }
      if probe < end, context.mentions.cueAtToken[probe] != nil,
        let run = finder.runBackward(endingBefore: nameEnd, limit: index), run.upperBound == nameEnd
      {
        speakerEnd = nameEnd
      }
    }
    var cueStart = speakerEnd
    // "Sen. Ann Cole (D-Ohio) said": the party and state in parentheses after the name.
    if isNamed, let closing = finder.parenthesisEnd(openingAt: speakerEnd, limit: end) { cueStart = closing }
    let nameEnd = cueStart
    // "Sarandon, 69, told MSNBC", "Smith, a Republican from Ohio, said", "Tan, 54, a welder in Dayton,
    // Ohio, said": an apposition between commas, which may hold commas of its own, the apostrophe of a
    // plural possessive ("Sanders’ campaign manager") and abbreviations ("McConnell, R-Ky., said").
    if nameEnd < end, context.isPunctuation(nameEnd, 0x2C) {
      var closing = nameEnd + 1
      while closing < end, closing - nameEnd <= SpeakerFinder.maximumSourceLength,
        context.mentions.cueAtToken[closing] == nil,
        context.tokens[closing].kind != .quote || finder.isBareApostrophe(closing),
        !context.isPunctuation(closing, 0x2E) || finder.isNameToken(closing)
          || (closing + 1 < end && context.isPunctuation(closing + 1, 0x2C))
      {
        if closing > nameEnd + 1, context.isPunctuation(closing, 0x2C) {
          var probe = closing + 1
          while probe < end, probe < closing + 3, context.mentions.cueAtToken[probe] == nil, context.isAdverb(probe) {
            probe += 1
          }
          if probe < end, context.mentions.cueAtToken[probe] != nil {
            cueStart = probe
            break
          }
        }
        closing += 1
      }
    }
    while cueStart < end, context.mentions.cueAtToken[cueStart] == nil, cueStart < nameEnd + 3,
      context.isAdverb(cueStart)
    {
      cueStart += 1
    }
    guard cueStart > index, cueStart < end, let cueIndex = context.mentions.cueAtToken[cueStart]
    else { return nil }
    let cue = context.mentions.cues[cueIndex]
    let mention: SpeakerMention?
    if let pronoun = context.pronoun(index) {
      mention = SpeakerMention(tokens: index..<(index + 1), reference: .pronoun(pronoun))
    } else {
      mention =
        isNamed
        ? finder.resolve(index..<speakerEnd) : finder.group(endingBefore: speakerEnd, sentence: index..<speakerEnd)
    }
    guard let mention else { return nil }
    return found(mention, cue: cue)
  }

  /// Whether the sentence that starts at `index` is only a speaker and a cue, in either order, and its full
  /// stop ("Trump said.", "said the senator."): at most `bareAttributionLength` tokens, no quote, a cue.
  func isBareAttributionSentence(startingAt index: Int) -> Bool {
    let sentence = context.sentenceTokens(of: index)
    guard sentence.lowerBound == index, sentence.count <= StatementBuilder.bareAttributionLength,
      context.isPunctuation(sentence.upperBound - 1, 0x2E)
    else { return false }
    var hasCue = false
    for token in sentence {
      if context.tokens[token].kind == .quote { return false }
      if context.mentions.cueAtToken[token] != nil { hasCue = true }
    }
    return hasCue
  }

  static let bareAttributionLength = 7

  /// "Stoltenberg tweeted: «…»" / "He said: “…”": a cue right before the opening mark.
  func attributionBefore(_ quote: QuoteSpan) -> Found? {
    let openToken = context.document.tokenIndex(atOrAfter: quote.open.start)
    guard openToken < context.tokens.count, openToken > 0 else { return nil }
    let sentence = context.sentenceTokens(of: openToken)
    var index = openToken - 1
    while index >= sentence.lowerBound,
      context.isPunctuation(index, 0x3A) || context.isPunctuation(index, 0x2C)
        || context.isWord(index, in: GrammarWords.complementizers)
    {
      index -= 1
    }
    guard index >= sentence.lowerBound else { return nil }
    // "Obama said “it gets me mad” every time …": a quote the clause runs on after is part of reported
    // speech, not the whole statement.
    if index == openToken - 1 || context.isWord(index + 1, in: GrammarWords.complementizers),
      isFollowedByItsClause(quote)
    {
      return nil
    }
    // The cue ends at `index`; it may span several tokens ("told reporters").
    for start in stride(from: index, through: max(sentence.lowerBound, index - 3), by: -1) {
      guard let cueIndex = context.mentions.cueAtToken[start] else { continue }
      let cue = context.mentions.cues[cueIndex]
      guard cue.tokens.upperBound == index + 1, isVerbUse(cue) else { continue }
      guard let mention = finder.subject(beforeCue: cue.tokens.lowerBound, sentence: sentence) else { return nil }
      // So is one after an attribution set between commas ("The club's investment, Tanzer said, “is a
      // perfect example of adapting” to the changing economics of golf.").
      if context.isPunctuation(index + 1, 0x2C), isFollowedByItsClause(quote),
        commaBefore(mention.tokens.lowerBound, sentence: sentence) != nil
      {
        return nil
      }
      return found(mention, cue: cue)
    }
    return nil
  }

  /// Whether the sentence runs on after a quote's closing mark with a word or another quote, with no
  /// punctuation between ("“it gets me mad” every time", "“ethanol people” “do a fantastic job”").
  func isFollowedByItsClause(_ quote: QuoteSpan) -> Bool {
    guard let close = quote.close else { return false }
    let next = context.document.tokenIndex(atOrAfter: close.end)
    guard next < context.tokens.count, next > 0,
      context.sentenceOfToken[next] == context.sentenceOfToken[next - 1]
    else { return false }
    let kind = context.tokens[next].kind
    return kind == .word || kind == .quote
  }

  /// A quote with no attribution of its own continues the speaker of the previous quote in its
  /// paragraph, or of the previous paragraph's direct quote when the quote opens its paragraph.
  /// A quote inside the narration's phrase ("the documentary “Weiner.”", "called it “strategic”") is
  /// a title or a scare quote, not a continuation.
  func continuation(of quote: QuoteSpan) -> Found? {
    if let before = tokenBeforeOpening(of: quote.open.start), context.tokens[before].kind == .word,
      context.sentenceOfToken[before] == context.sentenceOfToken[min(before + 1, context.tokens.count - 1)],
      !isSentenceOpeningConjunction(before)
    {
      return nil
    }
    if let last = lastSpeakerByParagraph[quote.paragraph], last.wasDirect {
      return Found(speaker: statements[Int(last.statement)].speaker, mention: nil, cue: nil)
    }
    let paragraph = context.document.paragraphs[quote.paragraph]
    guard quote.open.start == paragraph.range.start, quote.paragraph > 0,
      let previous = lastSpeakerByParagraph[quote.paragraph - 1], previous.wasDirect
    else { return nil }
    return Found(speaker: statements[Int(previous.statement)].speaker, mention: nil, cue: nil)
  }

  // MARK: Helpers

  /// Whether a cue is used as a verb: it follows its subject, an adverb, a title word or
  /// punctuation, not a determiner or adjective ("Moscow's security demands", "a conciliatory note").
  func isVerbUse(_ cue: MentionIndex.Cue) -> Bool {
    let index = cue.tokens.lowerBound
    let sentence = context.sentenceTokens(of: index)
    guard index > sentence.lowerBound else { return true }
    let previous = index - 1
    let token = context.tokens[previous]
    switch token.kind {
    case .punctuation, .quote, .dash, .space: return true
    case .possessive: return false
    case .number:
      // "About four in 10 said", "a third of independents, 33%, say": a share of respondents.
      return finder.quantity(endingBefore: index, sentence: sentence) != nil
    case .word:
      // "he was warned against it": a passive reports nobody's words.
      // "officials have been warning" is progressive, not passive.
      // "was officially declared", "were widely criticized": adverbs in -ly may stand between.
      var auxiliary = previous
      while auxiliary > sentence.lowerBound, previous - auxiliary < 2, context.isAdverb(auxiliary),
        !context.isWord(auxiliary, in: GrammarWords.adverbs)
      {
        auxiliary -= 1
      }
      if context.isWord(auxiliary, in: GrammarWords.passiveAuxiliaries), cue.tokens.count == 1, !isParticiple(cue) {
        return false
      }
      return context.isCapitalized(previous) || context.pronoun(previous) != nil
        || context.isAdverb(previous) || context.isWord(previous, in: GrammarWords.relatives)
        || context.isWord(previous, in: context.registry.titleHeads)
        || finder.dayPhraseStart(before: index, sentence: sentence) != nil
        || isTitledSubject(endingBefore: index, sentence: sentence)
        || finder.group(endingBefore: index, sentence: sentence) != nil
        || finder.quantity(endingBefore: index, sentence: sentence) != nil
        || finder.respondents(endingBefore: index, sentence: sentence) != nil
        || finder.describedGroup(endingBefore: index, sentence: sentence) != nil
        || finder.causedSpeaker(beforeInfinitive: index, sentence: sentence) != nil
        || (finder.isPlainReportingVerb(index)
          && finder.possessiveGroup(endingBefore: index, sentence: sentence) != nil)
    }
  }

  /// Whether a title ends right before the cue and names its holder ("the secretary of state accused"),
  /// unlike a possessive phrase ("Moscow’s security demands").
  func isTitledSubject(endingBefore index: Int, sentence: Range<Int>) -> Bool {
    guard context.isWord(index - 1, in: context.registry.titleWords),
      let run = finder.runBackward(endingBefore: index, limit: sentence.lowerBound),
      !run.contains(where: { context.tokens[$0].kind == .possessive }), let mention = finder.resolve(run)
    else { return false }
    switch mention.reference {
    case .actor, .roleNoun: return true
    default: return false
    }
  }

  /// Whether a subject starting at `index` opens a new clause: after a comma, semicolon or conjunction.
  func opensClause(before index: Int) -> Bool {
    var previous = index - 1
    while previous >= 0, context.isWord(previous, in: GrammarWords.clauseOpeners),
      !context.isWord(previous, in: GrammarWords.clauseConjunctions)
    {
      previous -= 1
    }
    guard previous >= 0 else { return true }
    return context.isPunctuation(previous, 0x2C) || context.isPunctuation(previous, 0x3B)
      || context.isWord(previous, in: GrammarWords.clauseConjunctions)
  }

  /// The comma token right before a sentence-final "SUBJECT CUE", if the subject follows one.
  /// Titles and names before the subject ("Defense Secretary Ash Carter") are skipped first.
  func commaBefore(_ subjectStart: Int, sentence: Range<Int>) -> Int? {
    var previous = subjectStart - 1
    // "…, UMWA Director of Government Affairs Phil Smith told …": a title with its connectors before the name.
    var connectors = 0
    while previous > sentence.lowerBound, subjectStart - previous <= 8 {
      if !finder.isNameToken(previous) {
        guard connectors < 2, isConnectorWord(previous), finder.isNameToken(previous - 1) else { break }
        connectors += 1
      }
      previous -= 1
    }
    // "…, a union spokesman said": the article of a role noun.
    if previous > sentence.lowerBound, context.isWord(previous, in: GrammarWords.determiners) { previous -= 1 }
    guard previous > sentence.lowerBound, context.isPunctuation(previous, 0x2C) else { return nil }
    return previous
  }

  /// Turns a speaker mention into a speaker, resolving pronouns and role nouns to the last
  /// person who spoke in this paragraph or the two before it.
  func found(_ mention: SpeakerMention, cue: MentionIndex.Cue?) -> Found? {
    let mentionRange = context.range(mention.tokens)
    let registry = context.registry
    switch mention.reference {
    case .actor(let index):
      let actor = registry.actors[Int(index)]
      return Found(
        speaker: Speaker(name: actor.name, actorID: actor.id, kind: .registered), mention: mentionRange, cue: cue)
    case .unregistered(let tokens):
      return Found(
        speaker: Speaker(name: context.string(tokens), actorID: nil, kind: .unregistered), mention: mentionRange,
        cue: cue)
    case .pronoun(let pronoun):
      let unresolved = Found(
        speaker: Speaker(name: context.string(mention.tokens), actorID: nil, kind: .unresolved), mention: mentionRange,
        cue: cue)
      guard pronoun.isPersonal || pronoun == .they || pronoun == .it else { return unresolved }
      let paragraph = context.paragraph(ofToken: mention.tokens.lowerBound)
      for candidate in stride(from: paragraph, through: max(0, paragraph - 2), by: -1) {
        if let last = lastSpeakerByParagraph[candidate] {
          guard last.isPerson == pronoun.isPersonal else { return unresolved }
          return Found(speaker: statements[Int(last.statement)].speaker, mention: mentionRange, cue: cue)
        }
      }
      guard pronoun.isPersonal, let person = subjectPerson(before: mention.tokens.lowerBound) else { return unresolved }
      let actor = registry.actors[Int(person)]
      return Found(
        speaker: Speaker(name: actor.name, actorID: actor.id, kind: .registered), mention: mentionRange, cue: cue)
    case .roleNoun:
      let paragraph = context.paragraph(ofToken: mention.tokens.lowerBound)
      for candidate in stride(from: paragraph, through: max(0, paragraph - 2), by: -1) {
        if let last = lastSpeakerByParagraph[candidate], last.isPerson {
          return Found(speaker: statements[Int(last.statement)].speaker, mention: mentionRange, cue: cue)
        }
      }
      if let person = subjectPerson(before: mention.tokens.lowerBound) {
        let actor = registry.actors[Int(person)]
        return Found(
          speaker: Speaker(name: actor.name, actorID: actor.id, kind: .registered), mention: mentionRange, cue: cue)
      }
      return Found(
        speaker: Speaker(name: context.string(mention.tokens), actorID: nil, kind: .unresolved), mention: mentionRange,
        cue: cue)
    case .group:
      return Found(
        speaker: Speaker(name: context.string(mention.tokens), actorID: nil, kind: .anonymous), mention: mentionRange,
        cue: cue)
    }
  }

  /// With no earlier speaker, "he" or "she" refers to the first person named in the nearest
  /// earlier sentence that names one, in this paragraph or the one before.
  /// Looks back at most `subjectPersonLookback` tokens, so attribution stays linear.
  func subjectPerson(before tokenIndex: Int) -> Int32? {
    let paragraph = context.paragraph(ofToken: tokenIndex)
    var currentSentence = context.sentenceOfToken[tokenIndex]
    var earliest: Int32? = nil
    var index = tokenIndex - 1
    while index >= max(0, tokenIndex - StatementBuilder.subjectPersonLookback) {
      let sentence = context.sentenceOfToken[index]
      if sentence != currentSentence {
        if let earliest { return earliest }
        guard context.document.sentences[Int(sentence)].paragraph >= paragraph - 1 else { return nil }
        currentSentence = sentence
      }
      // A person named inside a quotation is spoken about, not speaking.
      if let nameIndex = context.mentions.nameAtToken[index], !isInsideQuote(context.tokens[index].range) {
        let actor = context.mentions.names[nameIndex].actor
        if context.registry.actors[Int(actor)].kind == .person { earliest = actor }
      }
      index -= 1
    }
    return earliest
  }

  static let subjectPersonLookback = 200

  /// Adds a statement. Its speaker becomes the paragraph's last speaker and its attribution the
  /// sentence's last unless `isAntecedent` is false (a question put by someone: nobody refers back
  /// to the one who asked). A direct statement, or a quote with its narration (`isQuote`), lets the
  /// quotes after it continue its speaker.
  func add(
    _ found: Found, content: TextRange, kind: StatementKind, paragraph: Int, isAntecedent: Bool = true,
    isQuote: Bool = false
  ) {
    let targets = StatementBuilder.targets(inside: content, excluding: found.speaker.actorID, context: context)
    statements.append(
      Statement(
        speaker: found.speaker, mention: found.mention, cue: found.cue.map { context.range($0.tokens) },
        cueEntry: found.cue?.entry, kind: kind, content: content, targets: targets))
    guard isAntecedent else { return }
    let isPerson: Bool
    if let id = found.speaker.actorID, let actor = context.registry.actor(id: id) {
      isPerson = actor.kind == .person
    } else {
      isPerson = found.speaker.kind == .unregistered
    }
    let statement = Int32(statements.count - 1)
    lastSpeakerByParagraph[paragraph] = (statement, isPerson, kind == .direct || isQuote)
    if let cue = found.cue {
      lastAttributionBySentence[Int(context.sentenceOfToken[cue.tokens.lowerBound])] = (
        statement, Int32(cue.tokens.upperBound)
      )
    }
  }

  /// The registered actors named by the tokens inside `range` (those `tokenIndices(in:)` gives), in
  /// order of first mention, without `speaker`.
  /// - Complexity: O(log names + names inside): names are found in token order, so those inside a
  ///   range are a run of them, found without visiting its tokens.
  static func targets(inside range: TextRange, excluding speaker: String?, context: AttributionContext) -> [String] {
    let names = context.mentions.names
    let tokens = context.tokens
    // The first name that starts inside the range (names are in token order).
    var low = 0
    var high = names.count
    while low < high {
      let middle = (low + high) / 2
      if Int(tokens[names[middle].tokens.lowerBound].start) < range.start { low = middle + 1 } else { high = middle }
    }
    // Tokens neither overlap nor nest, so their ends rise with their starts: the names inside are a run.
    var index = low
    var result: [String] = []
    while index < names.count, Int(tokens[names[index].tokens.lowerBound].end) <= range.end {
      let id = context.registry.actors[Int(names[index].actor)].id
      if id != speaker, !result.contains(id) { result.append(id) }
      index += 1
    }
    return result
  }

  func paragraphTokenEnd(_ paragraph: Int) -> Int {
    let sentences = context.document.paragraphs[paragraph].sentences
    guard let last = sentences.last else { return context.tokens.count }
    return context.document.sentences[last].tokens.upperBound
  }

  /// A content range without surrounding spaces, commas and dashes.
  func trimmedContent(_ range: TextRange) -> TextRange {
    context.document.text.withBytes { ContentTrimming.trimmed($0, range, dropsTrailingDashes: true) }
  }

  /// The statements in text order (`joinSplitQuotes` has dropped the absorbed ones and sorted them).
  func finish() -> [Statement] { statements }
}
