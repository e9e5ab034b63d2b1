import StanceCore

/// A speaker found in the text: the mention's tokens and what it refers to.
struct SpeakerMention {
  enum Reference {
    case actor(Int32)
    case unregistered(Range<Int>)
    case pronoun(Pronoun)
    /// A role noun phrase ("the foreign minister") that no dated role resolved.
    case roleNoun
    /// A common-noun phrase: an anonymous or collective source ("the company", "Western officials").
    case group
  }
  var tokens: Range<Int>
  var reference: Reference

  /// Persons, institutions and pronouns are strong subjects; countries and unknown names weak.
  func isStrong(_ registry: ActorRegistry) -> Bool {
    switch reference {
    case .actor(let index): return registry.actors[Int(index)].kind != .country
    case .pronoun, .roleNoun: return true
    case .unregistered, .group: return false
    }
  }
}

/// Finds the speaker phrase beside a cue: before it ("Lavrov said") or after it ("said Lavrov").
struct SpeakerFinder {
  let context: AttributionContext
  /// Most tokens between a clause-initial subject and its cue ("Lavrov on Thursday in Stockholm stressed").
  static let maximumSubjectDistance = 6

  /// The name-like run of tokens ending just before `end`: capitalised words, possessives,
  /// initials, connectors inside names, and title words ("the foreign minister").
  func runBackward(endingBefore end: Int, limit: Int) -> Range<Int>? {
    var start = end
    var index = end - 1
    while index >= limit {
      if isNameToken(index) {
        start = index
      } else if index > limit, isConnector(index), isNameToken(index - 1), start == index + 1 {
        start = index
      } else {
        break
      }
      index -= 1
    }
    return trimmedRun(start..<end)
  }

  /// The name-like run starting at `start`.
  func runForward(from start: Int, limit: Int) -> Range<Int>? {
    var end = start
    var index = start
    while index < limit {
      if isNameToken(index) {
        end = index + 1
      } else if index + 1 < limit, isConnector(index), isNameToken(index + 1), end == index {
        end = index + 1
      } else {
        break
      }
      index += 1
    }
    return trimmedRun(start..<end)
  }

  func isNameToken(_ index: Int) -> Bool {
    let token = context.tokens[index]
    switch token.kind {
    case .possessive: return index > 0
    case .word:
      if context.isCapitalized(index) { return true }
      return context.isWord(index, in: context.registry.titleWords)
    case .punctuation:
      // The dot of an initial or title written apart from its word ("V." in "Sergey V. Lavrov").
      return index > 0 && context.isPunctuation(index, 0x2E) && context.tokens[index - 1].end == token.start
        && context.tokens[index - 1].end - context.tokens[index - 1].start <= 3
    default: return false
    }
  }

  func isConnector(_ index: Int) -> Bool { context.isWord(index, in: GrammarWords.connectors) }

  /// Drops clause openers ("The", "But") and stray dots from the ends of a run.
  func trimmedRun(_ run: Range<Int>) -> Range<Int>? {
    var lower = run.lowerBound
    var upper = run.upperBound
    while lower < upper,
      context.isWord(lower, in: GrammarWords.clauseOpeners) || context.tokens[lower].kind != .word
    {
      lower += 1
    }
    while upper > lower, context.tokens[upper - 1].kind == .punctuation { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }

  /// What a run of tokens refers to: a registered name (persons first, the last one),
  /// a dated role title, or an unregistered name.
  func resolve(_ run: Range<Int>) -> SpeakerMention? {
    var best: (actor: Int32, tokens: Range<Int>, rank: Int)? = nil
    var index = run.lowerBound
    while index < run.upperBound {
      if let nameIndex = context.mentions.nameAtToken[index] {
        let name = context.mentions.names[nameIndex]
        let kind = context.registry.actors[Int(name.actor)].kind
        let rank = kind == .person ? 3 : (kind == .country ? 1 : 2)
        if best == nil || rank >= best!.rank { best = (name.actor, name.tokens, rank) }
        index = name.tokens.upperBound
        continue
      }
      index += 1
    }
    if let best, best.rank == 3 { return SpeakerMention(tokens: best.tokens, reference: .actor(best.actor)) }
    // A dated title ("the secretary of state", "Russia's foreign minister").
    index = run.lowerBound
    while index < run.upperBound {
      if let titleIndex = context.mentions.titleAtToken[index] {
        let title = context.mentions.titles[titleIndex]
        if let actor = context.registry.holder(ofTitle: title.group, on: context.document.document.date) {
          return SpeakerMention(tokens: run, reference: .actor(actor))
        }
      }
      index += 1
    }
    if let best { return SpeakerMention(tokens: best.tokens, reference: .actor(best.actor)) }
    // An unregistered name: the capitalised words at the end of the run that are not title words.
    var nameStart = run.upperBound
    while nameStart > run.lowerBound {
      let previous = nameStart - 1
      let token = context.tokens[previous]
      let isNamePart =
        (token.kind == .word && context.isCapitalized(previous)
          && !context.isWord(previous, in: context.registry.titleWords))
        || (token.kind == .punctuation && context.isPunctuation(previous, 0x2E))
      guard isNamePart else { break }
      nameStart = previous
    }
    while nameStart < run.upperBound, context.tokens[nameStart].kind != .word { nameStart += 1 }
    if nameStart < run.upperBound {
      return SpeakerMention(tokens: nameStart..<run.upperBound, reference: .unregistered(nameStart..<run.upperBound))
    }
    if run.contains(where: { context.isWord($0, in: context.registry.titleWords) }) {
      return SpeakerMention(tokens: run, reference: .roleNoun)
    }
    return nil
  }

  /// The subject of the cue at `cueStart`: the run right before it (with one adverb allowed
  /// between), or the subject at the start of its clause, within the sentence.
  func subject(beforeCue cueStart: Int, sentence: Range<Int>) -> SpeakerMention? {
    if let caused = causedSpeaker(beforeInfinitive: cueStart, sentence: sentence) { return caused }
    // "the senator on Tuesday dismissed", "Biden Monday said": a day between the subject and its cue.
    if let day = dayPhraseStart(before: cueStart, sentence: sentence),
      let subject = subject(beforeCue: cueStart, sentence: sentence, phraseEnd: day)
    {
      return subject
    }
    return subject(beforeCue: cueStart, sentence: sentence, phraseEnd: cueStart)
  }

  /// Where a time named right before a cue starts ("on Tuesday", "Monday", "on Sunday night", "last week",
  /// "earlier this month"), after adverbs, or nil.
  func dayPhraseStart(before cueStart: Int, sentence: Range<Int>) -> Int? {
    var end = cueStart
    while end > sentence.lowerBound, end > cueStart - 4, context.isAdverb(end - 1) { end -= 1 }
    if end - 2 > sentence.lowerBound,
      context.isWord(end - 1, in: SpeakerFinder.dayParts) || context.isWord(end - 1, in: SpeakerFinder.timeSpans)
    {
      // "last week", "earlier this month": a span and the word that places it.
      if context.isWord(end - 2, in: SpeakerFinder.relativeTimeWords) {
        end -= 2
        if end - 1 > sentence.lowerBound, context.isWord(end - 1, in: SpeakerFinder.relativeTimeOpeners) { end -= 1 }
        return end
      }
      // "Sunday night": the part of a day after its weekday.
      guard context.isWord(end - 2, in: SpeakerFinder.weekdays) else { return nil }
      end -= 1
    }
    guard end - 1 > sentence.lowerBound, context.isWord(end - 1, in: SpeakerFinder.weekdays) else { return nil }
    end -= 1
    if end - 1 > sentence.lowerBound, context.isWord(end - 1, in: SpeakerFinder.dayPrepositions) { end -= 1 }
    return end
  }

  /// The subject of the cue at `cueStart` whose phrase ends at `phraseEnd` (the cue, or a day before it).
  func subject(beforeCue cueStart: Int, sentence: Range<Int>, phraseEnd: Int) -> SpeakerMention? {
    var end = phraseEnd
    while end > sentence.lowerBound, end > phraseEnd - 4, context.isAdverb(end - 1) { end -= 1 }
    // "Rep. Jane Doe (D-Ore.) said": a name, then its party and state in parentheses.
    if let named = nameBeforeParenthesis(endingBefore: end, sentence: sentence) { return named }
    // "Jane Doe — a teacher from Dayton — said": the subject stands before a parenthesis between dashes.
    if let opening = openingDash(closingBefore: end, sentence: sentence) {
      return subject(beforeCue: opening, sentence: sentence)
    }
    // "Macron, who said …" / "the ministry, which said …": the name before the relative.
    if end - 2 > sentence.lowerBound, context.isWord(end - 1, in: GrammarWords.relatives),
      context.isPunctuation(end - 2, 0x2C), let run = runBackward(endingBefore: end - 2, limit: sentence.lowerBound),
      let mention = resolve(run)
    {
      return mention
    }
    // "independent voters who said …": the noun a restrictive relative describes, for a plain speech
    // verb (other cues in such clauses mostly describe the noun: "a critic who has accused …").
    if end - 1 > sentence.lowerBound, context.isWord(end - 1, in: SpeakerFinder.personRelatives),
      context.isWord(cueStart, in: StatementBuilder.plainSpeechCues),
      !context.tokens[end - 2].isPunctuationOrDash
    {
      return antecedent(before: end - 1, sentence: sentence)
    }
    var adjacent: SpeakerMention? = nil
    if end > sentence.lowerBound {
      if let pronoun = context.pronoun(end - 1) {
        return SpeakerMention(tokens: (end - 1)..<end, reference: .pronoun(pronoun))
      }
      if let run = runBackward(endingBefore: end, limit: sentence.lowerBound), let mention = resolve(run) {
        if mention.isStrong(context.registry) { return mention }
        adjacent = mention
      }
      // A whole common-noun subject right before the cue ("while French officials insisted"),
      // unless it is the second half of a coordination ("The US and its allies said").
      if adjacent == nil, let quantity = quantity(endingBefore: end, sentence: sentence) { return quantity }
      if adjacent == nil, let respondents = respondents(endingBefore: end, sentence: sentence) { return respondents }
      if adjacent == nil, isPlainReportingVerb(cueStart),
        let owned = possessiveGroup(endingBefore: end, sentence: sentence)
      {
        return owned
      }
      if adjacent == nil, let group = group(endingBefore: end, sentence: sentence),
        group.tokens.lowerBound == sentence.lowerBound
          || !context.isWord(group.tokens.lowerBound - 1, in: GrammarWords.coordinators)
      {
        return group
      }
      if adjacent == nil, let described = describedGroup(endingBefore: end, sentence: sentence) { return described }
    }
    // Between commas: a name ("Bulgaria's prime minister, Kiril Petkov, said"), or a description
    // after the name ("William J. Bennett, a Reagan education secretary, said").
    // "Humphrey, who calls Trump a “sociopath,” said": the closing comma may stand inside a quote.
    var closing = end
    if end - 3 > sentence.lowerBound, context.tokens[end - 1].kind == .quote,
      context.isPunctuation(end - 2, 0x2C)
    {
      closing -= 1
    }
    if closing > sentence.lowerBound + 2, context.isPunctuation(closing - 1, 0x2C) {
      var comma = closing - 2
      while comma > sentence.lowerBound, closing - comma <= SpeakerFinder.appositionLength {
        defer { comma -= 1 }
        guard context.isPunctuation(comma, 0x2C) else { continue }
        // "…, who appraises golf courses, said": a description opens with a determiner or a relative.
        let isDescription =
          context.isWord(comma + 1, in: GrammarWords.determiners)
          || context.isWord(comma + 1, in: GrammarWords.relatives)
        // "Dana Fields of Grace Church in Dayton": the name may carry a place or body after a preposition.
        if !isDescription, closing - comma <= 12, let run = runForward(from: comma + 1, limit: closing - 1),
          run.upperBound == closing - 1
            || (context.isWord(run.upperBound, in: SpeakerFinder.descriptionPrepositions)
              && (run.upperBound..<(closing - 1)).allSatisfy { context.tokens[$0].kind == .word }),
          let mention = resolve(run)
        {
          // "Dana Fields of Grace Church in Dayton" is Dana Fields: a person's name before "of".
          if case .unregistered = mention.reference, run.upperBound < closing - 1,
            let connector = run.first(where: { isConnector($0) }), connector - run.lowerBound >= 2,
            let person = resolve(run.lowerBound..<connector)
          {
            return person
          }
          return mention
        }
        // The name before the comma, past a parenthesis: "Rep. Sander M. Levin (Mich.), …".
        var nameEnd = comma
        if context.isPunctuation(nameEnd - 1, 0x29) {
          var open = nameEnd - 1
          while open > sentence.lowerBound, nameEnd - open < 8, !context.isPunctuation(open, 0x28) { open -= 1 }
          if context.isPunctuation(open, 0x28) { nameEnd = open }
        }
        // "Blinken, at a press conference in Stockholm, rejected …": a name opening its clause,
        // then an interruption between commas; one that opens with a participle cue ("Salceda, citing
        // data from the census, said") is the subject's own aside.
        if !isDescription, let run = runBackward(endingBefore: nameEnd, limit: sentence.lowerBound),
          run.lowerBound == sentence.lowerBound || opensClause(at: run.lowerBound), let mention = resolve(run),
          !(comma + 1..<closing - 1).contains(where: {
            context.mentions.cueAtToken[$0] != nil && ($0 > comma + 1 || !isPresentParticiple($0))
          })
        {
          switch mention.reference {
          case .actor, .unregistered: return mention
          default: break
          }
        }
        if isDescription {
          if let run = runBackward(endingBefore: nameEnd, limit: sentence.lowerBound), let mention = resolve(run) {
            return mention
          }
          // "The clerk, a registered Democrat, said": a common-noun subject opening its clause.
          if let group = group(endingBefore: nameEnd, sentence: sentence),
            group.tokens.lowerBound == sentence.lowerBound || opensClause(at: group.tokens.lowerBound)
          {
            return group
          }
        }
      }
    }
    // "It was impossible, Gabuyev said, so …": a name between a comma and its cue is the speaker of a
    // parenthetical attribution, not the start of the sentence.
    if let adjacent, adjacent.tokens.upperBound == end, adjacent.tokens.lowerBound > sentence.lowerBound + 1,
      context.isPunctuation(adjacent.tokens.lowerBound - 1, 0x2C)
    {
      return adjacent
    }
    // The subject at the start of the clause: after the last comma before the cue, or the sentence start.
    if let mention = firstOverClauseStarts(
      before: cueStart, sentence: sentence,
      { clauseStart -> SpeakerMention? in
        var start = clauseStart
        while start < cueStart, context.isWord(start, in: GrammarWords.clauseOpeners) { start += 1 }
        guard start < cueStart else { return nil }
        if let pronoun = context.pronoun(start), cueStart - start - 1 <= SpeakerFinder.maximumSubjectDistance {
          return SpeakerMention(tokens: start..<(start + 1), reference: .pronoun(pronoun))
        }
        guard let run = runForward(from: start, limit: cueStart), let mention = resolve(run) else { return nil }
        guard cueStart - run.upperBound <= SpeakerFinder.maximumSubjectDistance else { return nil }
        // Away from the cue, only a registered actor is trusted as the subject ("Western officials say").
        if case .unregistered = mention.reference, run.upperBound < cueStart { return nil }
        return mention.isStrong(context.registry) || adjacent == nil ? mention : nil
      })
    {
      return mention
    }
    if let adjacent { return adjacent }
    if let group = group(endingBefore: end, sentence: sentence) { return group }
    return closing > sentence.lowerBound && context.isPunctuation(closing - 1, 0x2C)
      ? describedSubject(closingComma: closing - 1, sentence: sentence) : nil
  }

  /// The noun phrase opening a sentence whose description runs to the comma before the cue: "Some
  /// residents who have followed the mayor for years, in print or at meetings, said", "Opponents of
  /// the rule, however, say". The head is a name, a phrase opening with a determiner or a plural;
  /// what follows it is a comma, a relative, a preposition or a participle, with no verb of its own
  /// and no cue before a relative.
  func describedSubject(closingComma: Int, sentence: Range<Int>) -> SpeakerMention? {
    var start = sentence.lowerBound
    while start < closingComma, context.isWord(start, in: GrammarWords.clauseOpeners),
      !context.isWord(start, in: GrammarWords.determiners)
    {
      start += 1
    }
    guard start < closingComma, closingComma - start <= SpeakerFinder.subjectLookback,
      context.tokens[start].kind == .word, context.pronoun(start) == nil
    else { return nil }
    var end = start
    while end < closingComma, end - start < 6, context.tokens[end].kind == .word || isNameToken(end),
      end == start || !context.isWord(end, in: GrammarWords.phraseBreakers),
      end == start || !context.isWord(end, in: GrammarWords.determiners),
      !isVerbForm(end), !context.isAdverb(end), context.mentions.cueAtToken[end] == nil
    {
      end += 1
    }
    guard end > start else { return nil }
    let next = end
    let opensDescription =
      context.isPunctuation(next, 0x2C) || context.isWord(next, in: GrammarWords.relatives)
      || context.isWord(next, in: SpeakerFinder.descriptionPrepositions)
      || (isVerbForm(next) && context.mentions.cueAtToken[next] == nil
        && (isPresentParticiple(next) || context.isWord(next + 1, in: GrammarWords.passiveAgents)))
    guard opensDescription, !context.isWord(next, in: GrammarWords.finiteVerbs) else { return nil }
    // No cue or verb of the sentence's own before a relative: "The plan drew criticism, however, said …".
    // A participle cue after a comma is the subject's aside ("The agency, citing two officials, said").
    var index = next
    while index < closingComma, !context.isWord(index, in: GrammarWords.relatives) {
      if context.mentions.cueAtToken[index] != nil,
        !(context.isPunctuation(index - 1, 0x2C) && isPresentParticiple(index))
      {
        return nil
      }
      if context.isWord(index, in: GrammarWords.finiteVerbs) { return nil }
      index += 1
    }
    let isPlural = context.document.text.bytes[Int(context.tokens[end - 1].end) - 1] == UInt8(ascii: "s")
    if context.isCapitalized(start), !context.isWord(start, in: GrammarWords.determiners),
      let run = runForward(from: start, limit: end), run.lowerBound == start, let mention = resolve(run)
    {
      switch mention.reference {
      case .actor: return mention
      // "Opponents of the rule": a single capitalised plural is a common noun opening the sentence.
      case .unregistered where run.count > 1 || !isPlural: return mention
      default: break
      }
    }
    if context.isWord(start, in: GrammarWords.determiners) {
      return end - start >= 2 ? SpeakerMention(tokens: start..<end, reference: .group) : nil
    }
    return isPlural ? SpeakerMention(tokens: start..<end, reference: .group) : nil
  }

  /// A word in -ing: "residents living near the plant" describes its noun; a word in -ed may be a
  /// finite verb ("Voters backed the measure") unless "by" follows it.
  func isPresentParticiple(_ index: Int) -> Bool {
    let token = context.tokens[index]
    let bytes = context.document.text.bytes
    let end = Int(token.end)
    return token.end - token.start > 4 && bytes[end - 3] == 0x69 && bytes[end - 2] == 0x6E && bytes[end - 1] == 0x67
  }

  /// Prepositions that open a description after a name or noun ("Fields of Grace Church", "voters in Ohio").
  static let descriptionPrepositions = WordSet(["of", "from", "in", "at", "with", "for", "on"])

  /// Whether a run starting at `index` opens its clause: after punctuation or a clause opener.
  func opensClause(at index: Int) -> Bool {
    guard index > 0 else { return true }
    return context.tokens[index - 1].kind == .punctuation || context.isWord(index - 1, in: GrammarWords.clauseOpeners)
  }

  /// The subject opening a sentence ("Biden later clarified his comments by saying …"): a pronoun
  /// or a name after the clause openers, for a participle cue that has none of its own.
  func mainSubject(of sentence: Range<Int>, before cueStart: Int) -> SpeakerMention? {
    var opening = sentence.lowerBound
    // "Last week, the campaign … and said", "Hours later, Trump …, telling": a time phrase before the
    // subject ends at its comma.
    if opening < cueStart {
      var comma = opening + 1
      while comma < min(cueStart, opening + 5), !context.isPunctuation(comma, 0x2C) { comma += 1 }
      if comma < cueStart, context.isPunctuation(comma, 0x2C),
        context.isWord(opening, in: SpeakerFinder.timePhraseOpeners)
          || context.isWord(comma - 1, in: SpeakerFinder.timePhraseEnders)
      {
        opening = comma + 1
      }
    }
    var start = opening
    while start < cueStart, context.isWord(start, in: GrammarWords.clauseOpeners) { start += 1 }
    start = afterDayPhrase(from: start, before: cueStart)
    guard start < cueStart, cueStart - start <= SpeakerFinder.subjectLookback else { return nil }
    if let pronoun = context.pronoun(start) {
      return SpeakerMention(tokens: start..<(start + 1), reference: .pronoun(pronoun))
    }
    if let run = runForward(from: start, limit: cueStart), let mention = resolve(run) {
      switch mention.reference {
      case .actor, .unregistered: return mention
      default: break
      }
    }
    return openingGroup(from: opening, before: cueStart)
  }

  /// A common-noun subject opening its sentence ("The spokesman refused … but said", "His campaign
  /// confirmed … and said"): a determiner and one to three words up to the verb (a word in -ed, an
  /// adverb, an auxiliary or a cue).
  func openingGroup(from opening: Int, before cueStart: Int) -> SpeakerMention? {
    var start = opening
    while start < cueStart, context.isWord(start, in: GrammarWords.clauseOpeners),
      !context.isWord(start, in: GrammarWords.determiners)
    {
      start += 1
    }
    guard start < cueStart, context.isWord(start, in: GrammarWords.determiners), context.pronoun(start) == nil
    else { return nil }
    var end = start + 1
    while end < cueStart, end - start <= 3, context.tokens[end].kind == .word,
      !context.isWord(end, in: GrammarWords.phraseBreakers), !context.isWord(end, in: GrammarWords.determiners),
      !isVerbForm(end), !context.isAdverb(end), context.mentions.cueAtToken[end] == nil
    {
      end += 1
    }
    guard end > start + 1, end < cueStart, context.tokens[end].kind == .word,
      isVerbForm(end) || context.isAdverb(end) || context.isWord(end, in: GrammarWords.finiteVerbs)
        || context.mentions.cueAtToken[end] != nil
    else { return nil }
    return SpeakerMention(tokens: start..<end, reference: .group)
  }

  /// The token after a day phrase without a comma that opens a clause at `start` ("On Sunday morning
  /// Mr. Trump …", "Late Tuesday the campaign …"); `start` when no day of the week is there.
  func afterDayPhrase(from start: Int, before cueStart: Int) -> Int {
    var index = start
    var hasDay = false
    while index < cueStart, index - start < 4,
      context.isWord(index, in: SpeakerFinder.timePhraseOpeners) || context.isWord(index, in: SpeakerFinder.dayParts)
        || context.isWord(index, in: SpeakerFinder.dayPrepositions)
    {
      if context.isWord(index, in: SpeakerFinder.weekdays) { hasDay = true }
      index += 1
    }
    guard hasDay else { return start }
    if index < cueStart, context.isPunctuation(index, 0x2C) { index += 1 }
    return index
  }

  static let dayParts = WordSet(["morning", "afternoon", "evening", "night"])
  static let weekdays = WordSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
  static let dayPrepositions = WordSet(["on", "late", "early", "last", "this"])
  /// Spans of time named after "last" or "this" ("last week"), as the parts of a day are ("this morning").
  static let timeSpans = WordSet(["week", "weekend", "month", "year"])
  static let relativeTimeWords = WordSet(["last", "this", "next", "that"])
  /// Words before "this week" and the like ("earlier this week").
  static let relativeTimeOpeners = WordSet(["earlier", "later"])

  /// Last words of a time phrase before its comma ("Hours later,", "Two days ago,").
  static let timePhraseEnders = WordSet(["later", "earlier", "ago", "afterwards", "afterward"])
  static let timePhraseOpeners = WordSet([
    "last", "this", "next", "earlier", "later", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "on", "in", "at", "after", "before", "during", "since",
  ])

  /// A word ending in -ed or -ing, or a common irregular past ("began"): a verb form, which a source's noun
  /// phrase does not contain.
  func isVerbForm(_ index: Int) -> Bool {
    let token = context.tokens[index]
    guard token.kind == .word else { return false }
    if context.isWord(index, in: GrammarWords.irregularPastVerbs) { return true }
    guard token.end - token.start > 4 else { return false }
    let bytes = context.document.text.bytes
    let end = Int(token.end)
    return (bytes[end - 2] == 0x65 && bytes[end - 1] == 0x64) || isPresentParticiple(index)
  }

  /// A common-noun source right before the cue: "the company said", "a senior Trump adviser said",
  /// "Western officials say". It opens with a determiner, or is a plural noun opening its clause.
  func group(endingBefore end: Int, sentence: Range<Int>) -> SpeakerMention? {
    var start = end
    while start > sentence.lowerBound, end - start < 6 {
      let index = start - 1
      let kind = context.tokens[index].kind
      guard kind == .word || kind == .number, !context.isWord(index, in: GrammarWords.phraseBreakers),
        context.mentions.cueAtToken[index] == nil
      else { break }
      // A participle right after a determiner modifies the noun ("the self-described socialist",
      // "a retired judge"); elsewhere it may be the clause's verb.
      if isVerbForm(index) {
        guard index - 1 >= sentence.lowerBound, index < end - 1, context.isWord(index - 1, in: GrammarWords.determiners)
        else { break }
      }
      start = index
      if context.isWord(index, in: GrammarWords.determiners) { break }
    }
    guard start < end, context.tokens[end - 1].kind == .word else { return nil }
    if context.isWord(start, in: GrammarWords.determiners) {
      guard end - start >= 2 else { return nil }
      return SpeakerMention(tokens: start..<end, reference: .group)
    }
    // A bare plural ("officials", "Western officials", "police") opening its clause, or a relative clause
    // ("the changes, which officials said will take effect", "the files that investigators said …").
    let opensClause =
      start == sentence.lowerBound || context.tokens[start - 1].kind == .punctuation
      || context.isWord(start - 1, in: GrammarWords.clauseOpeners)
      || context.isWord(start - 1, in: GrammarWords.relatives)
      || context.isWord(start - 1, in: GrammarWords.complementizers)
    let last = context.document.text.bytes[Int(context.tokens[end - 1].end) - 1]
    let isPlural = last == UInt8(ascii: "s") || context.isWord(end - 1, in: SpeakerFinder.collectiveNouns)
    guard opensClause, isPlural, !context.isCapitalized(end - 1) else { return nil }
    return SpeakerMention(tokens: start..<end, reference: .group)
  }

  /// A source named by whom it belongs to: "the mayor's office said", "Senator Maria Lopez's campaign
  /// said", "the energy minister's spokesman said". The owned phrase is one to three lower-case words
  /// after the possessive, and the whole phrase opens its clause.
  func possessiveGroup(endingBefore end: Int, sentence: Range<Int>) -> SpeakerMention? {
    var nounStart = end
    while nounStart > sentence.lowerBound, end - nounStart < 3 {
      let index = nounStart - 1
      guard context.tokens[index].kind == .word, !context.isCapitalized(index), !isVerbForm(index),
        !context.isWord(index, in: GrammarWords.phraseBreakers), !context.isWord(index, in: GrammarWords.determiners),
        context.mentions.cueAtToken[index] == nil, context.pronoun(index) == nil
      else { break }
      nounStart = index
    }
    let possessive = nounStart - 1
    guard nounStart < end, possessive > sentence.lowerBound,
      context.tokens[possessive].kind == .possessive || isBareApostrophe(possessive)
    else {
      return nil
    }
    // The owner: a name or title ("Senator Maria Lopez", "minister"), and a determiner with up to two
    // lower-case words before it ("the energy minister", "the company").
    var start = possessive
    if let run = runBackward(endingBefore: possessive, limit: sentence.lowerBound) { start = run.lowerBound }
    var probe = start
    while probe > sentence.lowerBound, start - probe < 3 {
      let index = probe - 1
      guard context.tokens[index].kind == .word,
        !context.isCapitalized(index) || context.isWord(index, in: GrammarWords.determiners),
        !context.isWord(index, in: GrammarWords.phraseBreakers), context.mentions.cueAtToken[index] == nil
      else { break }
      probe = index
      if context.isWord(index, in: GrammarWords.determiners) {
        start = index
        break
      }
    }
    guard start < possessive, context.tokens[start].kind == .word else { return nil }
    let opensClause =
      start == sentence.lowerBound || context.tokens[start - 1].kind == .punctuation
      || context.tokens[start - 1].kind == .dash || context.tokens[start - 1].kind == .quote
      || context.isWord(start - 1, in: GrammarWords.clauseOpeners)
    return opensClause ? SpeakerMention(tokens: start..<end, reference: .group) : nil
  }

  /// The possessive of a plural or a name in -s written with an apostrophe alone ("Sanders' aides"):
  /// a closing mark attached to a capitalised word in -s.
  func isBareApostrophe(_ index: Int) -> Bool {
    guard index > 0, context.tokens[index].kind == .quote, context.isCapitalized(index - 1) else {
      return false
    }
    let token = context.tokens[index]
    let previous = context.tokens[index - 1]
    let bytes = context.document.text.bytes
    let isApostrophe =
      (token.end - token.start == 1 && bytes[Int(token.start)] == 0x27)
      || (token.end - token.start == 3 && bytes[Int(token.start)] == 0xE2 && bytes[Int(token.start) + 1] == 0x80
        && bytes[Int(token.start) + 2] == 0x99)
    return isApostrophe && previous.end == token.start && bytes[Int(previous.end) - 1] == UInt8(ascii: "s")
  }

  /// Whether the cue at `index` reads as a verb even after a noun ("the mayor's office said"), unlike
  /// cues that are also plural nouns ("Moscow's security demands", "his promises"): a past form in -d
  /// or a present form of a plain reporting verb.
  func isPlainReportingVerb(_ index: Int) -> Bool {
    let token = context.tokens[index]
    guard token.kind == .word else { return false }
    if context.document.text.bytes[Int(token.end) - 1] == UInt8(ascii: "d") { return true }
    return context.isWord(index, in: SpeakerFinder.plainPresentCues)
  }

  static let plainPresentCues = WordSet([
    "say", "says", "tell", "tells", "write", "writes", "insist", "insists", "warn", "warns", "argue", "argues",
    "add", "adds", "deny", "denies", "admit", "admits", "acknowledge", "acknowledges", "wrote",
  ])

  /// The name before a parenthesis that ends right before `end`: "Rep. Jane Doe (D-Ore.)",
  /// "Governor Ann Fields (R)". The parenthesis is short and the name resolves.
  func nameBeforeParenthesis(endingBefore end: Int, sentence: Range<Int>) -> SpeakerMention? {
    guard let open = parenthesisStart(closingBefore: end, from: sentence.lowerBound),
      let run = runBackward(endingBefore: open, limit: sentence.lowerBound), run.upperBound == open,
      let mention = resolve(run)
    else { return nil }
    switch mention.reference {
    case .actor, .unregistered: return mention
    default: return nil
    }
  }

  /// The token after a short parenthesis that opens at `index` ("Sen. Ann Cole (D-Ohio) said"), or nil.
  func parenthesisEnd(openingAt index: Int, limit: Int) -> Int? {
    guard index < limit, context.isPunctuation(index, 0x28) else { return nil }
    var close = index + 1
    while close < limit, close - index < SpeakerFinder.parenthesisLength, !context.isPunctuation(close, 0x29) {
      close += 1
    }
    return close < limit && context.isPunctuation(close, 0x29) ? close + 1 : nil
  }

  /// Where a short parenthesis that closes right before `end` opens ("Rep. Trey Gowdy (R-S.C.)"), when
  /// something stands before it after `start`; nil otherwise.
  func parenthesisStart(closingBefore end: Int, from start: Int) -> Int? {
    guard end - 3 > start, context.isPunctuation(end - 1, 0x29) else { return nil }
    var open = end - 2
    while open > start, end - open <= SpeakerFinder.parenthesisLength, !context.isPunctuation(open, 0x28) { open -= 1 }
    return open > start && context.isPunctuation(open, 0x28) ? open : nil
  }

  /// The most tokens of a parenthesis after a name, marks included ("(D-Ore.)", "(R-Fla.)").
  static let parenthesisLength = 8

  /// The noun phrase a restrictive relative right after it describes ("independent voters who said",
  /// "business leaders who say", "those who said"): a name, or up to five words of a common noun
  /// phrase ending in a lower-case noun, back to its determiner.
  func antecedent(before relative: Int, sentence: Range<Int>) -> SpeakerMention? {
    if let run = runBackward(endingBefore: relative, limit: sentence.lowerBound), let mention = resolve(run) {
      return mention
    }
    var start = relative
    while start > sentence.lowerBound, relative - start < 5 {
      let index = start - 1
      let kind = context.tokens[index].kind
      guard kind == .word || kind == .number,
        !context.isWord(index, in: GrammarWords.phraseBreakers)
          || context.isWord(index, in: GrammarWords.quantityLinks),
        context.mentions.cueAtToken[index] == nil, !isVerbForm(index)
      else { break }
      start = index
      if context.isWord(index, in: GrammarWords.determiners) { break }
    }
    while start < relative, context.isWord(start, in: GrammarWords.quantityLinks) { start += 1 }
    guard start < relative, context.tokens[relative - 1].kind == .word, !context.isCapitalized(relative - 1)
    else { return nil }
    return SpeakerMention(tokens: start..<relative, reference: .group)
  }

  static let personRelatives = WordSet(["who"])
  /// Nouns for a body of people that take a plural verb without an -s ("police said").
  static let collectiveNouns = WordSet(["police", "people", "staff", "personnel", "clergy"])

  /// The opening dash of a parenthesis whose closing dash ends right before `end` ("Jane Doe — a
  /// teacher from Dayton — said", "a former candidate -- John Smith -- said"): the first dash of the
  /// run of dashes that opens it, within `appositionLength` tokens and with words between.
  func openingDash(closingBefore end: Int, sentence: Range<Int>) -> Int? {
    guard end - 3 > sentence.lowerBound, context.tokens[end - 1].kind == .dash else { return nil }
    var close = end - 1
    while close > sentence.lowerBound, context.tokens[close - 1].kind == .dash { close -= 1 }
    var open = close - 1
    while open > sentence.lowerBound, close - open <= SpeakerFinder.appositionLength {
      if context.tokens[open].kind == .dash {
        guard close - open > 1 else { return nil }
        while open > sentence.lowerBound, context.tokens[open - 1].kind == .dash { open -= 1 }
        return open > sentence.lowerBound ? open : nil
      }
      open -= 1
    }
    return nil
  }

  /// Poll respondents as a source: "21 percent said", "nearly two-thirds of Democratic primary voters
  /// said", "about three in 10 said", "many said". The phrase holds a number or a quantity word.
  func quantity(endingBefore end: Int, sentence: Range<Int>) -> SpeakerMention? {
    var start = end
    var hasQuantity = false
    while start > sentence.lowerBound, end - start < SpeakerFinder.quantityLength {
      let index = start - 1
      let kind = context.tokens[index].kind
      // "42% say": a percent sign after its number.
      if context.isPunctuation(index, 0x25), index > sentence.lowerBound, context.tokens[index - 1].kind == .number {
        start = index
        continue
      }
      guard kind == .word || kind == .number, context.mentions.cueAtToken[index] == nil else { break }
      let isLink = context.isWord(index, in: GrammarWords.quantityLinks)
      guard isLink || !context.isWord(index, in: GrammarWords.phraseBreakers) else { break }
      if kind == .number || context.isWord(index, in: GrammarWords.quantities) { hasQuantity = true }
      start = index
    }
    while start < end, context.isWord(start, in: GrammarWords.quantityLinks) { start += 1 }
    guard hasQuantity, start < end else { return nil }
    // "…, with 50 percent saying …": a share may open an absolute phrase before a participle.
    // "… - 60 percent of voters said", "an electorate in which 67 percent of voters say": after a dash
    // or a relative, the share opens with its number.
    let opensWithShare = context.tokens[start].kind == .number || context.isWord(start, in: GrammarWords.quantities)
    let opensClause =
      start == sentence.lowerBound || context.tokens[start - 1].kind == .punctuation
      || (opensWithShare
        && (context.tokens[start - 1].kind == .dash || context.isWord(start - 1, in: GrammarWords.relatives)))
      || context.isWord(start - 1, in: GrammarWords.clauseOpeners)
      || context.isWord(start - 1, in: GrammarWords.coordinators)
      || (context.isWord(start - 1, in: SpeakerFinder.absoluteOpeners) && isPresentParticiple(end))
    return opensClause ? SpeakerMention(tokens: start..<end, reference: .group) : nil
  }

  static let quantityLength = 8
  /// Words that open an absolute phrase whose participle has its own subject ("with 50 percent saying").
  static let absoluteOpeners = WordSet(["with"])

  /// Poll respondents named by how they were reached: "those surveyed said", "those polled say".
  func respondents(endingBefore end: Int, sentence: Range<Int>) -> SpeakerMention? {
    guard end - 2 >= sentence.lowerBound, context.isWord(end - 2, in: SpeakerFinder.respondentDeterminers),
      isVerbForm(end - 1)
    else { return nil }
    return SpeakerMention(tokens: (end - 2)..<end, reference: .group)
  }

  static let respondentDeterminers = WordSet(["those", "respondents"])

  /// How far back from a cue its subject is looked for: a bound that keeps attribution linear
  /// in sentences without punctuation.
  static let subjectLookback = 40
  /// How long an apposition between a name and its cue may be ("Oliver K. Hedge, who …, said").
  static let appositionLength = 30

  /// The first result of `body` over the candidate clause starts, nearest first: after each comma
  /// or semicolon before the cue, then the sentence start, within `subjectLookback` tokens. The
  /// starts are visited as they are found: no array of them is built.
  func firstOverClauseStarts<Result>(
    before cueStart: Int, sentence: Range<Int>, _ body: (Int) -> Result?
  ) -> Result? {
    let limit = max(sentence.lowerBound, cueStart - SpeakerFinder.subjectLookback)
    var index = cueStart - 1
    while index >= limit {
      if context.isPunctuation(index, 0x2C) || context.isPunctuation(index, 0x3B), let result = body(index + 1) {
        return result
      }
      index -= 1
    }
    return limit == sentence.lowerBound ? body(sentence.lowerBound) : nil
  }

  /// The speaker named right after a cue ("said Lavrov", "said Russia's Deputy Foreign Minister Sergei Ryabkov").
  func subject(afterCue cueEnd: Int, limit: Int) -> SpeakerMention? {
    guard cueEnd < limit else { return nil }
    if let pronoun = context.pronoun(cueEnd) {
      return SpeakerMention(tokens: cueEnd..<(cueEnd + 1), reference: .pronoun(pronoun))
    }
    if let run = runForward(from: cueEnd, limit: limit), let mention = resolve(run) { return mention }
    // "said conservative activist Bob Klaus": a few lower-case title words before the name.
    var nameStart = cueEnd
    while nameStart < limit, nameStart < cueEnd + 3, context.tokens[nameStart].kind == .word,
      !context.isCapitalized(nameStart), !context.isWord(nameStart, in: GrammarWords.phraseBreakers),
      !context.isWord(nameStart, in: GrammarWords.determiners), context.mentions.cueAtToken[nameStart] == nil
    {
      nameStart += 1
    }
    if nameStart > cueEnd, nameStart < limit, context.isCapitalized(nameStart),
      let run = runForward(from: nameStart, limit: limit), let mention = resolve(run)
    {
      switch mention.reference {
      case .actor, .unregistered: return mention
      default: break
      }
    }
    // "said a former official", "said one owner of a shop …": a common-noun source up to the next punctuation.
    guard context.isWord(cueEnd, in: GrammarWords.determiners) else { return nil }
    var end = cueEnd + 1
    while end < limit, end - cueEnd < SpeakerFinder.maximumSourceLength, context.tokens[end].kind != .punctuation,
      context.tokens[end].kind != .quote
    {
      end += 1
    }
    guard end - cueEnd >= 2 else { return nil }
    // "a “giveaway,” said the council would reject it": a clause with a verb of its own is reported
    // content, not a source.
    // A verb after a relative belongs to the source's description ("said a man who had waited all day").
    for index in cueEnd..<end {
      if context.isWord(index, in: GrammarWords.finiteVerbs) { return nil }
      if context.isWord(index, in: GrammarWords.phraseBreakers) { break }
    }
    return SpeakerMention(tokens: cueEnd..<end, reference: .group)
  }

  /// The most tokens of a common-noun source after its cue.
  static let maximumSourceLength = 16
}
