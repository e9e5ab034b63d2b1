import StanceCore

/// Reported speech ("SPEAKER said (that) …", "according to SOURCE, …"), and the cues that share
/// a subject named elsewhere in their sentence.
extension StatementBuilder {
  // MARK: Reported speech

  /// "SPEAKER said (that) …", "SPEAKER warned …": one statement per cue with a subject, its
  /// content running to the next attributed clause or the sentence end; mixed when it embeds a quote.
  func attributeReportedSpeech(_ quotes: [QuoteSpan]) {
    reportedStatementStart = statements.count
    let mentions = context.mentions
    var cueIndex = 0
    while cueIndex < mentions.cues.count {
      let cue = mentions.cues[cueIndex]
      cueIndex += 1
      guard !usedCueTokens.contains(cue.tokens.lowerBound) else { continue }
      let cueRange = context.range(cue.tokens)
      guard !isInsideQuote(cueRange), !isCoveredByQuoteOrTurn(cueRange) else { continue }
      // Reported speech inside reported speech ("Lavrov demanded that Blinken explain the comments in
      // which the secretary of state accused Russia of …") is a statement of its own, when it names its subject.
      let outer = coveringReportedStatement(cueRange).map { statements[$0].content }
      let sentence = context.sentenceTokens(of: cue.tokens.lowerBound)
      let paragraph = context.paragraph(ofToken: cue.tokens.lowerBound)
      guard context.document.paragraphs[paragraph].kind != .title else { continue }
      if cue.role == .source {
        if outer == nil, let (attribution, content) = sourceStatement(cue, sentence: sentence) {
          addReported(attribution, content: content, paragraph: paragraph)
        }
        continue
      }
      // "Asked about the tariffs, the senator said …", "…, he said when asked why": the question put.
      if outer == nil, let (attribution, content) = questionStatement(cue, sentence: sentence) {
        // The one who asked is nobody's antecedent and shares no later cue's subject.
        addReported(attribution, content: content, paragraph: paragraph, isAntecedent: false)
        continue
      }
      // "Noting that turnout was low, the senator urged …": the main clause's subject speaks.
      if outer == nil, let (attribution, content) = openingParticipleStatement(cue, sentence: sentence) {
        addReported(attribution, content: content, paragraph: paragraph)
        continue
      }
      // A passive ("a proposal dismissed by Brussels") does not report its subject's words.
      let isPassive =
        cue.tokens.upperBound < sentence.upperBound
        && context.isWord(cue.tokens.upperBound, in: GrammarWords.passiveAgents)
      guard !isPassive else { continue }
      guard !isNonSpeechAddition(cue), !isThatSaid(cue, sentence: sentence) else { continue }
      // "CONTENT, said Mindy Romero, director of …": the speaker follows the cue.
      if outer == nil, let (attribution, content) = invertedStatement(cue, sentence: sentence) {
        addReported(attribution, content: content, paragraph: paragraph)
        continue
      }
      let attribution: Found
      var mention: SpeakerMention? = nil
      let isShared = sharedSubjectOpener(cue, sentence: sentence) != nil
      if outer == nil, isShared, let shared = sharedAttribution(for: cue) {
        attribution = shared
      } else {
        // A participle or a coordinated cue with no attribution before it in its sentence takes the
        // sentence's subject ("De Blasio, speaking on the radio, called Trump a “blowhard,” and said …").
        guard isVerbUse(cue) || isShared,
          let subject = isShared
            ? finder.mainSubject(of: sentence, before: cue.tokens.lowerBound)
              ?? finder.subject(beforeCue: cue.tokens.lowerBound, sentence: sentence)
            : documentSender(beforeParticiple: cue, sentence: sentence)
              ?? finder.subject(beforeCue: cue.tokens.lowerBound, sentence: sentence),
          let subjectAttribution = found(subject, cue: cue)
        else { continue }
        if let outer {
          // "the claim that NATO threatened Russia" is what is reported, not a second report.
          guard case .actor = subject.reference, outer.contains(context.range(subject.tokens)),
            subject.tokens.lowerBound == 0
              || !context.isWord(subject.tokens.lowerBound - 1, in: GrammarWords.complementizers)
          else { continue }
        }
        attribution = subjectAttribution
        mention = subject
      }
      var start = cue.tokens.upperBound
      while start < sentence.upperBound,
        context.isWord(start, in: GrammarWords.complementizers) || context.isPunctuation(start, 0x3A)
          || context.isPunctuation(start, 0x2C)
          || (start < cue.tokens.upperBound + 2 && context.isAdverb(start)
            && !context.isWord(start, in: GrammarWords.finiteVerbs))
      {
        start += 1
      }
      // "said last week that …": the content opens after a complementizer a few words on.
      if start == cue.tokens.upperBound, start < sentence.upperBound, context.tokens[start].kind == .word,
        !context.isWord(start, in: GrammarWords.determiners), context.pronoun(start) == nil
      {
        var probe = start
        while probe < min(sentence.upperBound, start + 4), context.tokens[probe].kind == .word,
          context.mentions.cueAtToken[probe] == nil, !context.isWord(probe, in: GrammarWords.complementizers)
        {
          probe += 1
        }
        if probe < sentence.upperBound, context.isWord(probe, in: GrammarWords.complementizers) { start = probe + 1 }
      }
      start = startAfterColon(from: start, sentence: sentence)
      if start >= sentence.upperBound {
        if let content = nextParagraphContent(afterColonEnding: sentence, paragraph: paragraph), !isCovered(content) {
          addReported(attribution, content: content, paragraph: paragraph + 1)
        }
        continue
      }
      // Reported content runs to the sentence end, at most `reportedContentLimit` tokens.
      var end = min(sentence.upperBound, start + StatementBuilder.reportedContentLimit)
      // "The rules, which officials said will take effect in May, apply …": a relative clause ends at
      // its comma.
      if let mention, mention.tokens.lowerBound > sentence.lowerBound,
        context.isWord(mention.tokens.lowerBound - 1, in: GrammarWords.relatives)
      {
        var comma = start
        while comma < end, !context.isPunctuation(comma, 0x2C) { comma += 1 }
        end = comma
      }
      // Stop before the next cue in the content whose subject opens a new clause.
      var next = cueIndex
      while next < mentions.cues.count, mentions.cues[next].tokens.lowerBound < end {
        let other = mentions.cues[next]
        if other.tokens.lowerBound <= start {
          next += 1
          continue
        }
        // "…, according to an attendee.": a source after a comma reports the clause before it, not this content.
        if other.role == .source, other.tokens.lowerBound > start + 1,
          context.isPunctuation(other.tokens.lowerBound - 1, 0x2C)
        {
          end = other.tokens.lowerBound - 1
          break
        }
        if other.role == .verb, !usedCueTokens.contains(other.tokens.lowerBound), isVerbUse(other),
          let otherSubject = finder.subject(
            beforeCue: other.tokens.lowerBound, sentence: start..<other.tokens.lowerBound),
          otherSubject.tokens.lowerBound > start, opensClause(before: otherSubject.tokens.lowerBound)
        {
          end = otherSubject.tokens.lowerBound
          while end > start,
            context.tokens[end - 1].kind == .punctuation || context.isWord(end - 1, in: GrammarWords.clauseConjunctions)
          {
            end -= 1
          }
          break
        }
        // "…, and accused the West of …", "…, adding that …": the next cue shares this subject.
        if other.role == .verb, !usedCueTokens.contains(other.tokens.lowerBound), other.tokens.lowerBound > start + 1,
          let opener = sharedSubjectOpener(other, sentence: sentence),
          !context.isWord(opener, in: GrammarWords.participleOpeners)
        {
          end = opener
          // "…, insisting that the deal was “dead,” adding …": the closing mark stays with the content.
          if context.tokens[opener].kind == .quote { end = opener + 1 }
          while end > start, context.tokens[end - 1].kind == .punctuation { end -= 1 }
          break
        }
        next += 1
      }
      end = clauseEnd(start: start, end: end, cue: cue, sentence: sentence)
      // "…, he added." or "…, President Obama told his advisers.": the content comes before its speaker
      // when little follows the cue.
      // A short tail without a subject of its own is an object ("told his advisers"), not a clause;
      // a cue followed by a comma is a parenthesis ("Sales were great, he said, wiping his brow").
      // After a plain speech verb the tail may be longer when it only says where, when or to whom
      // ("…, the mayor said in a radio interview on Sunday.", "…, a spokesman told the local newspaper.").
      let isCircumstantial = isCircumstantialTail(of: cue, start: start)
      let tailLimit = isCircumstantial ? StatementBuilder.circumstantialTailLength : 5
      // "Asked whether talks would resume, the minister said no.": a bare yes or no is the answer itself.
      let isAnswer =
        start < end && context.isWord(start, in: StatementBuilder.answerWords)
        && !((start + 1)..<end).contains { context.tokens[$0].kind != .punctuation }
      let isShortTail =
        !isAnswer
        && (mention != nil && end - start < 2 || context.isPunctuation(cue.tokens.upperBound, 0x2C)
          || (end - start <= tailLimit
            && !(start..<end).contains {
              context.isWord($0, in: GrammarWords.complementizers) || context.pronoun($0) != nil
                || context.isWord($0, in: GrammarWords.finiteVerbs)
            }))
      var second: TextRange? = nil
      if isShortTail, let mention, let comma = commaBefore(mention.tokens.lowerBound, sentence: sentence),
        comma - sentence.lowerBound >= 3
      {
        // A parenthesis inside the sentence ("The two nations, Xi said, now have …"): the words
        // after its closing comma are the second piece of the content.
        var closing = cue.tokens.upperBound
        while closing < min(sentence.upperBound, cue.tokens.upperBound + 4), !context.isPunctuation(closing, 0x2C) {
          closing += 1
        }
        if closing < sentence.upperBound, context.isPunctuation(closing, 0x2C), sentence.upperBound - closing > 3 {
          let piece = trimmedContent(context.range((closing + 1)..<sentence.upperBound))
          if !piece.isEmpty { second = piece }
        }
        start = sentence.lowerBound
        end = comma
      } else if isShortTail, start == cue.tokens.upperBound, isCircumstantial,
        context.isWord(start, in: StatementBuilder.circumstanceOpeners)
      {
        // "…, the envoy said in an interview with the newspaper.": only where the words were said.
        continue
      }
      guard end - start >= 2 else { continue }
      var content = trimmedContent(context.range(start..<end))
      guard !content.isEmpty else { continue }
      if second == nil { content = extendedOverQuotes(content, paragraph: paragraph) }
      addReported(attribution, content: content, second: second, paragraph: paragraph)
    }
  }

  /// Reported content runs on to the end of a quote it opens ("Brooks said the tone “was … . And I
  /// think …”"), and over the quotes right after it in its paragraph that have no speaker of their own
  /// ("He promised that he is staying in the race. “Let me be as clear as I can be …”").
  func extendedOverQuotes(_ content: TextRange, paragraph: Int) -> TextRange {
    var end = content.end
    var next = quotes(overlapping: content).upperBound
    if next > 0, quoteSpans[next - 1].content.start >= content.start, quoteSpans[next - 1].paragraph == paragraph {
      end = max(end, quoteSpans[next - 1].end)
    }
    while next < quoteSpans.count, quoteSpans[next].paragraph == paragraph, quoteSpans[next].style != .dash,
      unattributed.contains(next)
        || quoteStatements(overlapping: quoteSpans[next].content).contains(where: {
          !removed.contains($0) && statements[$0].mention == nil
        })
    {
      let gap = context.document.tokenIndices(in: TextRange(end, quoteSpans[next].open.start))
      guard !gap.contains(where: { context.tokens[$0].kind == .word }) else { break }
      end = quoteSpans[next].end
      next += 1
    }
    return end == content.end ? content : trimmedContent(TextRange(content.start, end))
  }

  /// Whether what follows a cue reads as its circumstances rather than its content: a plain speech
  /// verb followed by a preposition or time word ("said in an interview", "said this week"), or "told"
  /// followed by its addressee.
  func isCircumstantialTail(of cue: MentionIndex.Cue, start: Int) -> Bool {
    guard start == cue.tokens.upperBound, start < context.tokens.count,
      context.isWord(cue.tokens.lowerBound, in: StatementBuilder.plainSpeechCues)
    else { return false }
    if context.isWord(cue.tokens.lowerBound, in: StatementBuilder.addresseeCues) { return true }
    return context.isWord(start, in: StatementBuilder.circumstanceOpeners)
  }

  static let circumstantialTailLength = 10

  /// Words that answer a question on their own ("the minister said no").
  static let answerWords = WordSet(["yes", "no"])

  /// A question put to someone, in a clause without a subject of its own: "Asked about the tariffs,
  /// …", "When asked whether …", "…, she said when asked how …", "He was asked why …". The content
  /// is the question, to the next comma or the sentence end; the speaker is whoever asked ("Asked
  /// by a caller why …"), unresolved when the text does not say.
  func questionStatement(_ cue: MentionIndex.Cue, sentence: Range<Int>) -> (Found, TextRange)? {
    let index = cue.tokens.lowerBound
    guard context.isWord(index, in: StatementBuilder.questionCues) else { return nil }
    var opening = index
    while opening > sentence.lowerBound, index - opening < 2,
      context.isWord(opening - 1, in: GrammarWords.clauseOpeners),
      !context.isWord(opening - 1, in: GrammarWords.determiners)
    {
      opening -= 1
    }
    let isOpening =
      opening == sentence.lowerBound || context.tokens[opening - 1].kind == .punctuation
      || context.tokens[opening - 1].kind == .dash
    let follows =
      index > sentence.lowerBound
      && (context.isWord(index - 1, in: StatementBuilder.questionSubordinators)
        || context.isWord(index - 1, in: GrammarWords.passiveAuxiliaries))
    guard isOpening || follows else { return nil }
    var start = cue.tokens.upperBound
    var speaker = Found(speaker: Speaker(name: "questioner", actorID: nil, kind: .unresolved), mention: nil, cue: cue)
    // "Asked by a caller why …": the one who asked.
    if start + 1 < sentence.upperBound, context.isWord(start, in: GrammarWords.passiveAgents) {
      var sourceEnd = start + 1
      while sourceEnd < sentence.upperBound, sourceEnd - start <= 6, context.tokens[sourceEnd].kind == .word,
        !context.isWord(sourceEnd, in: StatementBuilder.questionWords)
      {
        sourceEnd += 1
      }
      let source = (start + 1)..<sourceEnd
      guard !source.isEmpty else { return nil }
      let mention =
        finder.subject(afterCue: start + 1, limit: sourceEnd) ?? SpeakerMention(tokens: source, reference: .group)
      if let asker = found(mention, cue: cue) { speaker = asker }
      start = sourceEnd
    }
    var end = start
    while end < sentence.upperBound, end - start < StatementBuilder.questionLength, !context.isPunctuation(end, 0x2C),
      !context.isPunctuation(end, 0x3B), !context.isPunctuation(end, 0x3A)
    {
      end += 1
    }
    guard end - start >= 2, context.tokens[start].kind == .word || context.tokens[start].kind == .quote else {
      return nil
    }
    let content = trimmedContent(context.range(start..<end))
    return content.isEmpty ? nil : (speaker, content)
  }

  static let questionCues = WordSet(["asked"])
  static let questionSubordinators = WordSet(["when", "if", "after", "once", "while", "before"])
  static let questionWords = WordSet(["about", "whether", "if", "why", "how", "what", "when", "where", "who", "to"])
  static let questionLength = 40

  /// "added 300 jobs", "adding to his lead", "adds up": "add" with a quantity or "to" adds things, not words.
  func isNonSpeechAddition(_ cue: MentionIndex.Cue) -> Bool {
    let next = cue.tokens.upperBound
    guard cue.tokens.count == 1, context.isWord(cue.tokens.lowerBound, in: StatementBuilder.additionCues),
      next < context.tokens.count
    else { return false }
    return context.tokens[next].kind == .number || context.isWord(next, in: StatementBuilder.additionObjects)
  }

  static let additionCues = WordSet(["add", "adds", "added", "adding"])
  static let additionObjects = WordSet([
    "to", "up", "around", "about", "nearly", "almost", "another", "more", "some", "roughly", "over", "million",
    "billion", "thousands", "hundreds",
  ])

  /// "That said, …" and "This said, …" open a sentence as a concession, not a report.
  func isThatSaid(_ cue: MentionIndex.Cue, sentence: Range<Int>) -> Bool {
    let index = cue.tokens.lowerBound
    return index - 1 >= sentence.lowerBound && index - 1 <= sentence.lowerBound + 1
      && context.isWord(index - 1, in: StatementBuilder.concessionDemonstratives)
      && cue.tokens.upperBound < sentence.upperBound && context.isPunctuation(cue.tokens.upperBound, 0x2C)
  }

  static let concessionDemonstratives = WordSet(["that", "this"])
  static let plainSpeechCues = WordSet([
    "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "noted", "explained",
  ])
  static let addresseeCues = WordSet(["told", "tells"])
  static let circumstanceOpeners = WordSet([
    "in", "on", "at", "during", "after", "before", "while", "when", "this", "last", "earlier", "late", "to", "from",
    "via", "through", "outside", "following",
  ])

  /// Adds reported speech: mixed when it embeds a quotation. Quotes inside it belong to it
  /// (unattributed ones, and those only guessed by continuation); a quote with its own
  /// attribution wins over the reported speech. `isAntecedent` as for `add`.
  func addReported(
    _ attribution: Found, content first: TextRange, second: TextRange? = nil, paragraph: Int, isAntecedent: Bool = true
  ) {
    var first = first
    var content = TextRange(first.start, second?.end ?? first.end)
    var overlappingQuotes = quotes(overlapping: content)
    var embedded = !overlappingQuotes.isEmpty
    // "…, told Reuters.": only the addressee follows the cue.
    guard embedded || second != nil || !isOnlyAddressee(content, cue: attribution.cue) else { return }
    if embedded {
      var direct = quoteStatements(overlapping: content).filter { !removed.contains($0) }
      if let attributed = direct.first(where: { statements[$0].mention != nil }) {
        // "He declared that …, which he later called “a disaster”": the content ends before the
        // attribution of a quote that has its own speaker.
        guard second == nil, let cut = contentEnd(before: statements[attributed], in: first) else { return }
        first = cut
        content = cut
        overlappingQuotes = quotes(overlapping: content)
        embedded = !overlappingQuotes.isEmpty
        direct = quoteStatements(overlapping: content).filter { !removed.contains($0) }
        if direct.contains(where: { statements[$0].mention != nil }) { return }
      }
      for quote in overlappingQuotes { unattributed.remove(quote) }
      for index in direct where statements[index].mention == nil && content.contains(statements[index].content) {
        removed.insert(index)
      }
    }
    add(
      attribution, content: content, kind: embedded ? .mixed : .indirect, paragraph: paragraph,
      isAntecedent: isAntecedent)
    if let second { statements[statements.count - 1].pieces = [first, second] }
  }

  /// Reported content cut before a quote statement inside it that has its own speaker: it ends before
  /// the quote or its attribution, whichever comes first, without the punctuation, conjunctions,
  /// relatives and determiners that lead to it. Nil when fewer than three words would be left.
  func contentEnd(before quote: Statement, in content: TextRange) -> TextRange? {
    var cut = quote.content.start
    if let mention = quote.mention { cut = min(cut, mention.start) }
    if let cue = quote.cue { cut = min(cut, cue.start) }
    guard cut > content.start else { return nil }
    let tokens = context.document.tokenIndices(in: TextRange(content.start, cut))
    var end = tokens.upperBound
    while end > tokens.lowerBound,
      context.tokens[end - 1].kind != .word || context.isWord(end - 1, in: GrammarWords.relatives)
        || context.isWord(end - 1, in: GrammarWords.clauseConjunctions)
        || context.isWord(end - 1, in: GrammarWords.complementizers)
        || context.isWord(end - 1, in: GrammarWords.determiners)
    {
      end -= 1
    }
    var words = 0
    for index in tokens.lowerBound..<end where context.tokens[index].kind == .word { words += 1 }
    guard words >= 3 else { return nil }
    let range = trimmedContent(context.range(tokens.lowerBound..<end))
    return range.isEmpty ? nil : range
  }

  /// "CONTENT, said NAME." (reported speech with the speaker after the cue): a comma before the cue,
  /// a name right after it, and the name ends the sentence or opens an apposition. After a participle
  /// or "told" the name is the one addressed ("…, telling CNBC: …"), not the speaker.
  func invertedStatement(_ cue: MentionIndex.Cue, sentence: Range<Int>) -> (Found, TextRange)? {
    let comma = cue.tokens.lowerBound - 1
    guard comma - sentence.lowerBound >= 3, context.isPunctuation(comma, 0x2C), !isParticiple(cue),
      !context.isWord(cue.tokens.lowerBound, in: StatementBuilder.addresseeCues),
      let mention = finder.subject(afterCue: cue.tokens.upperBound, limit: sentence.upperBound)
    else { return nil }
    let after = mention.tokens.upperBound
    guard after >= sentence.upperBound || context.tokens[after].kind == .punctuation else { return nil }
    switch mention.reference {
    case .group: return nil
    default: break
    }
    guard let attribution = found(mention, cue: cue) else { return nil }
    let content = trimmedContent(context.range(sentence.lowerBound..<comma))
    return content.isEmpty ? nil : (attribution, content)
  }

  /// "According to SOURCE, CONTENT." and "CONTENT, according to SOURCE.": the source follows the cue.
  func sourceStatement(_ cue: MentionIndex.Cue, sentence: Range<Int>) -> (Found, TextRange)? {
    // The source: the words after the cue up to a comma or the sentence end.
    var sourceEnd = cue.tokens.upperBound
    while sourceEnd < sentence.upperBound, sourceEnd - cue.tokens.upperBound < 12,
      !(context.tokens[sourceEnd].kind == .punctuation && !context.isPunctuation(sourceEnd, 0x2E))
    {
      sourceEnd += 1
    }
    while sourceEnd > cue.tokens.upperBound, context.tokens[sourceEnd - 1].kind == .punctuation { sourceEnd -= 1 }
    guard sourceEnd > cue.tokens.upperBound else { return nil }
    let source = cue.tokens.upperBound..<sourceEnd
    // A named person or a pronoun is the source; otherwise the whole phrase ("US officials").
    var mention = SpeakerMention(tokens: source, reference: .group)
    if let named = finder.subject(afterCue: cue.tokens.upperBound, limit: sourceEnd) {
      switch named.reference {
      case .pronoun: mention = named
      case .actor(let index) where context.registry.actors[Int(index)].kind == .person: mention = named
      default:
        if context.isCapitalized(source.upperBound - 1) { mention = named }
      }
    }
    guard let attribution = found(mention, cue: cue) else { return nil }
    let content: Range<Int>
    let textFollows = sourceEnd + 3 < sentence.upperBound && context.isPunctuation(sourceEnd, 0x2C)
    // "CONTENT, according to X, a pollster …": a clause before the cue is the content, and what follows
    // the source's comma describes the source; a short opener ("In the appeal, according to X, …") is not.
    let textPrecedes = cue.tokens.lowerBound - sentence.lowerBound > StatementBuilder.sourceOpenerLength
    if cue.tokens.lowerBound - sentence.lowerBound <= 1 || (textFollows && !textPrecedes) {
      // "According to X, CONTENT." and "In the appeal, according to X, CONTENT."
      var start = sourceEnd
      while start < sentence.upperBound, context.tokens[start].kind == .punctuation { start += 1 }
      content = start..<sentence.upperBound
    } else {
      // "CONTENT, according to X."
      var end = cue.tokens.lowerBound
      while end > sentence.lowerBound, context.tokens[end - 1].kind == .punctuation { end -= 1 }
      content = sentence.lowerBound..<end
    }
    guard content.count >= 2 else { return nil }
    let range = trimmedContent(context.range(content))
    return range.isEmpty ? nil : (attribution, range)
  }

  // MARK: Cues that share a subject

  /// The attribution a cue that shares its sentence's subject (see `sharedSubjectOpener`) takes from
  /// the sentence's previous attribution: coordinated ("Lavrov dismissed … and accused the West of …")
  /// or a participle ("…, saying", "by saying").
  func sharedAttribution(for cue: MentionIndex.Cue) -> Found? {
    guard let last = lastAttributionBySentence[Int(context.sentenceOfToken[cue.tokens.lowerBound])],
      last.cueEnd <= cue.tokens.lowerBound
    else { return nil }
    let statement = statements[Int(last.statement)]
    return Found(speaker: statement.speaker, mention: statement.mention, cue: cue)
  }

  /// The token that makes a cue share its sentence's subject: "and" / "but" before it, or a comma or
  /// "by" / "while" before a participle. Adverbs may stand between ("and later said").
  func sharedSubjectOpener(_ cue: MentionIndex.Cue, sentence: Range<Int>) -> Int? {
    var previous = cue.tokens.lowerBound - 1
    while previous > sentence.lowerBound, context.isAdverb(previous),
      !context.isWord(previous, in: GrammarWords.auxiliaries)
    {
      previous -= 1
    }
    guard previous > sentence.lowerBound else { return nil }
    if isParticiple(cue),
      context.isPunctuation(previous, 0x2C) || isCommaBeforeClosingMark(previous, sentence: sentence)
        || context.isWord(previous, in: GrammarWords.participleOpeners)
    {
      return previous
    }
    return context.isWord(previous, in: GrammarWords.sharedSubjectConjunctions) ? previous : nil
  }

  /// Whether a token is a closing quotation mark right after a comma ("“was a disaster,” saying").
  func isCommaBeforeClosingMark(_ index: Int, sentence: Range<Int>) -> Bool {
    index - 1 > sentence.lowerBound && context.tokens[index].kind == .quote && context.isPunctuation(index - 1, 0x2C)
  }

  /// Whether a cue opens with a word in -ing ("saying", "calling for").
  func isParticiple(_ cue: MentionIndex.Cue) -> Bool {
    finder.isPresentParticiple(cue.tokens.lowerBound)
  }

  /// The most tokens before "according to" that still only open the sentence ("In the appeal, according to …").
  static let sourceOpenerLength = 6
}
