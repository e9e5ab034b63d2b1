import StanceCore

/// What the attribute stage found in one document.
public struct AttributionResult: Sendable {
  public var statements: [Statement]
  /// Quotations found in the text.
  public var quotes: Int
  /// Quotations no speaker could be found for (they are not statements).
  public var unattributedQuotes: Int

  public init(statements: [Statement], quotes: Int, unattributedQuotes: Int) {
    self.statements = statements
    self.quotes = quotes
    self.unattributedQuotes = unattributedQuotes
  }
}

/// The attribute stage: finds who said what.
///
/// Direct quotes take the speaker named after them ("…,” Lavrov said", "said Lavrov") or
/// before them ("Stoltenberg tweeted: «…»"), or continue the previous speaker; reported speech
/// ("Lavrov stressed that …") becomes an indirect statement, or mixed when it embeds a quote.
public struct QuoteAttributor: Sendable {
  public let registry: ActorRegistry
  /// The reporting cues of the lexicon; each entry's value is its index in `LexiconSet.cues`.
  public let cueTable: PhraseTable
  public let cues: [ReportingCue]
  /// What `cueTable` can match at a word, told from it and the next (see `PhraseLookahead`).
  let cueLookahead: PhraseLookahead
  /// Which of names, titles and cues a word may start (bits 0, 1, 2).
  let mentionFilter: PhraseFilter

  public init(lexicons: LexiconSet) {
    registry = ActorRegistry(actors: lexicons.actors)
    cueTable = PhraseTable(phrases: lexicons.cues.map(\.cue))
    cues = lexicons.cues
    cueLookahead = PhraseLookahead(
      entries: lexicons.cues.enumerated().map { ($0.element.cue, Int32($0.offset)) }, caseSensitive: false)
    mentionFilter = PhraseFilter([registry.names, registry.titles, cueTable])
  }

  /// Attributes the statements of one segmented document.
  public func attribute(_ document: SegmentedDocument) -> AttributionResult {
    if document.document.isStatementUnit {
      return AttributionResult(statements: unitStatement(document), quotes: 0, unattributedQuotes: 0)
    }
    let mentions = MentionIndex(
      document: document, cueTable: cueTable, cueLookahead: cueLookahead, cueEntries: cues, registry: registry,
      filter: mentionFilter)
    let context = AttributionContext(document: document, mentions: mentions, registry: registry)
    if let speaker = document.document.speaker {
      return AttributionResult(
        statements: speechStatements(document, speaker: registry.resolve(name: speaker), context: context),
        quotes: 0, unattributedQuotes: 0)
    }
    let builder = StatementBuilder(context: context, cues: cues)
    let quotes = QuoteSpanFinder.find(in: document)
    builder.attributeQuotes(quotes)
    builder.attributeSpeakerTurns()
    builder.attributeReportedSpeech(quotes)
    builder.joinSplitQuotes()
    let statements = builder.finish()
    return AttributionResult(
      statements: statements, quotes: quotes.count, unattributedQuotes: builder.unattributedCount)
  }

  /// A `unit: statement` record is one statement by its speaker.
  func unitStatement(_ document: SegmentedDocument) -> [Statement] {
    guard let sentence = document.sentences.first else { return [] }
    let speaker =
      document.document.speaker.map { registry.resolve(name: $0) }
      ?? Speaker(name: "unknown", actorID: nil, kind: .anonymous)
    return [Statement(speaker: speaker, mention: nil, cue: nil, cueEntry: nil, kind: .direct, content: sentence.range)]
  }

  /// A document with its own speaker (a speech, an address): each sentence that does not quote
  /// someone else is that speaker's statement (sentences, not paragraphs, because speeches often come
  /// with no blank line between paragraphs); a quotation attributed to someone else in the text is
  /// that person's statement.
  func speechStatements(_ document: SegmentedDocument, speaker: Speaker, context: AttributionContext) -> [Statement] {
    let builder = StatementBuilder(context: context, cues: cues)
    builder.attributeQuotes(QuoteSpanFinder.find(in: document))
    builder.joinSplitQuotes()
    let quoted = builder.finish().filter { $0.speaker.key != speaker.key && $0.speaker.kind != .unresolved }
      .sorted { $0.content.start < $1.content.start }
    var statements: [Statement] = []
    var next = 0
    for sentence in document.sentences {
      guard document.paragraphs[sentence.paragraph].kind != .title else { continue }
      // Quotations of others that start before this sentence come first, in text order.
      while next < quoted.count, quoted[next].content.start < sentence.range.start {
        statements.append(quoted[next])
        next += 1
      }
      // A sentence that quotes someone else with its attribution ("As X said, “…”") is theirs.
      func inside(_ range: TextRange?) -> Bool {
        range.map { sentence.range.start <= $0.start && $0.end <= sentence.range.end } ?? false
      }
      let quotesOther = quoted.contains {
        $0.content.start < sentence.range.end && sentence.range.start < $0.content.end
          && (inside($0.mention) || inside($0.cue))
      }
      guard !quotesOther else { continue }
      let targets = StatementBuilder.targets(inside: sentence.range, excluding: speaker.actorID, context: context)
      statements.append(
        Statement(
          speaker: speaker, mention: nil, cue: nil, cueEntry: nil, kind: .direct, content: sentence.range,
          targets: targets))
    }
    statements.append(contentsOf: quoted[next...])
    return statements
  }
}
