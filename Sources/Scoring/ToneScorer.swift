import StanceCore

/// The score stage: a tone on [-1, +1] for each statement, with its evidence.
///
/// Tone terms are matched longest first; negators, boosters, hedges, contrast, concession and
/// conditional markers change the weight of the terms in their clause; a question damps the terms of
/// its sentence; a demand or obligation laid on another party turns the conciliatory steps it asks
/// for into reproaches (see `DemandRule`); the cue's own tone is added.
/// The sum S of the weights (damped for long statements, see `ToneDecision`) becomes S / √(S² + α),
/// so no statement reaches ±1.
public struct ToneScorer: Sendable {
  let terms: PhraseTable
  let modifiers: PhraseTable
  let lexicons: LexiconSet
  let demandRule = DemandRule()
  let listRule = ListRule()
  let negationScope = NegationScope()
  let responseRule = ResponseRule()
  let agendaRule = AgendaRule()
  let exclusionRule = ExclusionRule()
  let contrastPositionRule = ContrastPositionRule()
  let dismissalRule = DismissalRule()
  let descriptionRule = DescriptionRule()
  let ultimatumRule = UltimatumRule()
  /// Whether each tone term obstructs the step named after it (see `ObstructionRule`).
  let isObstruction: [Bool]
  /// Whether each tone term is an announced response, a threat only when left open (see `ResponseRule`).
  let isResponse: [Bool]
  /// Whether each tone term names an excluded option, a threat only when negated (see `ExclusionRule`).
  let isExclusion: [Bool]
  /// Whether each tone term is a consequence the speaker announces, a threat only as the answer to a
  /// condition laid on another party (see `UltimatumRule`).
  let isConsequence: [Bool]
  /// Whether each tone term refuses to accept or recognise what follows it (see `ToneScorer.isRefusal`).
  let isRefusal: [Bool]
  /// Whether each tone term may dismiss the conciliatory steps it is said of (see `DismissalRule`).
  let isDismissal: [Bool]
  /// Whether each tone term is a material one, which a report of figures may consist of (see `DescriptionRule`).
  let isMaterial: [Bool]
  /// Which of terms, modifiers and agenda openers a word may start (bits 0, 1 and 2).
  let filter: PhraseFilter
  /// Whether each tone term names a remedy (a conciliatory term of agreement or de-escalation), which
  /// governs the problem named after "to", "of" or "for" as a countering word does.
  let isRemedy: [Bool]
  /// The words that link a remedy to the problem it remedies.
  let remedyLinks = PhraseTable(phrases: ToneScorer.remedyLinkWords)
  static let remedyLinkWords = ["to", "of", "for", "on"]
  static let remedyCategories: Set<String> = ["agreement", "de-escalation"]
  /// Last words of a rejection that refuses its object ("cannot accept", "will not recognise").
  static let refusedVerbs: Set<String> = ["accept", "recognise", "recognize"]
  /// What the weight of a conciliatory term refused is multiplied by, as "not" does.
  static let refusalFactor = -0.7

  /// Whether a tone term of `category` refuses what follows it: a rejection ending in one of
  /// `refusedVerbs`. What is refused keeps its sign when it is hostile ("we will not accept threats" is
  /// defiance) and is denied when it is conciliatory ("we cannot accept any ceasefire that …").
  static func isRefusal(_ term: String, category: String) -> Bool {
    guard category == "rejection", let last = term.split(separator: " ").last else { return false }
    return refusedVerbs.contains(String(last))
  }

  public init(lexicons: LexiconSet) {
    terms = PhraseTable(phrases: lexicons.tone.map(\.term))
    isRemedy = lexicons.tone.map { $0.weight > 0 && ToneScorer.remedyCategories.contains($0.category) }
    modifiers = PhraseTable(phrases: lexicons.modifiers.map(\.term))
    isObstruction = lexicons.tone.map { ObstructionRule.isObstruction($0.term, weight: $0.weight) }
    isResponse = lexicons.tone.map { ResponseRule.isResponse($0.term, category: $0.category) }
    isExclusion = lexicons.tone.map { ExclusionRule.isExclusion($0.term, category: $0.category) }
    isDismissal = lexicons.tone.map { DismissalRule.isDismissal($0.term, weight: $0.weight) }
    isConsequence = lexicons.tone.map { UltimatumRule.isConsequence($0.term, category: $0.category) }
    isRefusal = lexicons.tone.map { ToneScorer.isRefusal($0.term, category: $0.category) }
    isMaterial = lexicons.tone.map { DescriptionRule.isMaterial(category: $0.category, weight: $0.weight) }
    filter = PhraseFilter([terms, modifiers, agendaRule.openerTable])
    self.lexicons = lexicons
  }

  /// Scores every statement of a document.
  public func score(_ statements: [Statement], in document: SegmentedDocument) -> [ScoredStatement] {
    statements.map { ScoredStatement(statement: $0, tone: score($0, in: document)) }
  }

  /// Scores one statement.
  /// - Complexity: O(tokens of the content).
  public func score(_ statement: Statement, in document: SegmentedDocument) -> Tone {
    var evidence: [Evidence] = []
    let hasTonedCue = statement.cueEntry.map { lexicons.cues[$0].weight != 0 } ?? false
    document.text.withBytes { bytes in
      document.tokens.withUnsafeBufferPointer { tokens in
        document.wordKeys.withUnsafeBufferPointer { keys in
          var onlyPlainMaterial = true
          for piece in statement.pieces {
            let found = scoreTokens(bytes, tokens, keys, document.tokenIndices(in: piece))
            onlyPlainMaterial = onlyPlainMaterial && found.onlyPlainMaterial
            // The first piece's evidence is taken as it is, not copied into a new array.
            if evidence.isEmpty { evidence = found.evidence } else { evidence += found.evidence }
          }
          // A report of figures of weapons, strikes or sanctions describes; it does not threaten.
          if !hasTonedCue, !evidence.isEmpty, onlyPlainMaterial,
            descriptionRule.reports(
              bytes, tokens, keys, pieces: statement.pieces.map { document.tokenIndices(in: $0) })
          {
            for index in evidence.indices {
              evidence[index].weight *= DescriptionRule.factor
              evidence[index].rule = ToneRules.descriptive.name
            }
          }
        }
      }
    }
    if hasTonedCue, let entry = statement.cueEntry, let cue = statement.cue {
      evidence.append(
        Evidence(term: lexicons.cues[entry].cue, weight: lexicons.cues[entry].weight, rule: "cue", range: cue))
    }
    return tone(of: evidence)
  }

  /// The score and label of a list of evidence (see `ToneDecision`).
  public func tone(of evidence: [Evidence]) -> Tone {
    let decision = ToneDecision(evidence: evidence, settings: lexicons.settings)
    return Tone(score: decision.score, label: decision.label, evidence: evidence)
  }

  /// The state of the clause being read: which modifiers are in force.
  struct ClauseState {
    var negation: (factor: Double, until: Int)? = nil
    /// Whether a relative or complement word ("that", "which") stands inside the negation's reach, so
    /// that a second negator is nested in it ("nothing that cannot be resolved").
    var negationHasRelative = false
    /// Where the noun phrase of a determiner negator ("no progress on …") starts: the negation ends at
    /// the first word after it that ends the phrase (see `NegationScope`).
    var negatedPhrase: Int? = nil
    /// The negation of a noun phrase ended by its topic, resumed by a relative word ("that", "which").
    var suspendedNegation: (factor: Double, until: Int)? = nil
    /// The topic of a negated noun phrase ("no progress on the prisoner exchange"), whose terms carry
    /// no tone: from its preposition `start` until `until` or the end of its noun phrase.
    var negatedTopic: (start: Int, until: Int)? = nil
    /// The object of an obstruction ("sabotage the peace process"): from `start`, until `until` or the
    /// end of its noun phrase; `isNegated` when the obstruction itself is negated ("did not violate the
    /// truce"), whose object then counts as written.
    var obstruction: (start: Int, until: Int, isNegated: Bool)? = nil
    var counter: (factor: Double, until: Int)? = nil
    /// After a refusal to accept or recognise ("we cannot accept"): until `until`, the conciliatory
    /// terms of what is refused are denied ("cannot accept mediators who have taken sides").
    var refusal: Int? = nil
    var booster: (factor: Double, until: Int, isHedge: Bool)? = nil
    var concession: Double? = nil
    var conditional: Double? = nil
    /// Where the topics of talks start ("discussed | arms control and trade"): to the end of the clause
    /// (see `AgendaRule`).
    var agenda: Int? = nil
    /// Where the clause starts: its first token and the first of its evidence (see `DismissalRule`).
    var start = (token: 0, evidence: 0)

    /// At a comma between list items: the negation and counter in force reach `window` words past it.
    mutating func continueList(from comma: Int, window: Int) {
      if let negation, comma < negation.until {
        self.negation = (negation.factor, max(negation.until, comma + 1 + window))
      }
      if let counter, comma < counter.until { self.counter = (counter.factor, max(counter.until, comma + 1 + window)) }
    }

    /// Ends every negation in force: the negator's, a suspended one and its topic.
    mutating func endNegation() {
      negation = nil
      negationHasRelative = false
      negatedPhrase = nil
      suspendedNegation = nil
      negatedTopic = nil
    }

    /// Ends the clause; the next one starts at `token`, with the evidence from `evidence` on.
    mutating func endClause(nextAt token: Int, evidence: Int) {
      start = (token, evidence)
      endNegation()
      obstruction = nil
      counter = nil
      refusal = nil
      booster = nil
      concession = nil
      conditional = nil
      agenda = nil
    }
  }

  /// Whether the demand or obligation marker at `marker` binds another party (see `DemandRule`); an
  /// obligation inside a conditional clause ("if Moscow should agree") is hypothetical and binds no one.
  func bindsOtherParty(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, marker: Int, end: Int,
    isObligation: Bool, clause: ClauseState, range: Range<Int>
  ) -> Bool {
    if isObligation, clause.conditional != nil { return false }
    return demandRule.bindsOtherParty(bytes, tokens, marker: marker, end: end, isObligation: isObligation, range: range)
  }

  /// The evidence of the tokens in `range`, and whether every piece of it is a material term that no
  /// rule changed (what a report of figures consists of, see `DescriptionRule`).
  func scoreTokens(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<WordKey>,
    _ range: Range<Int>
  ) -> (evidence: [Evidence], onlyPlainMaterial: Bool) {
    // The tables in locals: a call on a stored table copies the table first, a call on a local does not.
    let terms = self.terms
    let modifiers = self.modifiers
    var evidence: [Evidence] = []
    /// The rules of each of `evidence`, kept as bits so that a question or a contrast can add its own.
    var evidenceRules: [ToneRules] = []
    /// The first of `evidence` in the current sentence, reweighed as a whole when the sentence is a question
    /// or a contrast marker answers its clause.
    var sentenceStart = 0
    /// Whether every term found is a material one (see `isMaterial`).
    var onlyMaterial = true
    /// Reweighs the current sentence's evidence under `rule`, each piece once.
    func reweighSentence(_ rule: ToneRules, _ reweigh: (inout Double) -> Void) {
      for position in sentenceStart..<evidence.count where !evidenceRules[position].contains(rule) {
        reweigh(&evidence[position].weight)
        evidenceRules[position].insert(rule)
        evidence[position].rule = evidenceRules[position].name
      }
    }
    var clause = ClauseState()
    clause.start.token = range.lowerBound
    var contrast: Double? = nil
    /// The factor of a demand on another party in force until the end of the sentence or a contrast.
    var demand: Double? = nil
    let settings = lexicons.settings
    var index = range.lowerBound
    while index < range.upperBound {
      let token = tokens[index]
      // (`isPunctuationOrDash`, written out: that property is not inlined across modules.)
      if token.kind == .punctuation || token.kind == .dash {
        let byte = bytes[Int(token.start)]
        // , ; : ( ) and dashes end a clause; so do . ! ? inside a multi-sentence statement.
        // A comma between the items of a list ("combat terrorism, piracy and hostage-taking") does not:
        // the modifiers in force reach every item, counted anew from the comma.
        if byte == 0x2C, listRule.isListComma(bytes, tokens, at: index, range: range, keys: keys) {
          clause.continueList(from: index, window: Int(settings.negationWindow))
        } else if token.endsClause(in: bytes) {
          if demand != nil, byte == 0x2C || byte == 0x3B,
            demandRule.opensNewSubject(bytes, tokens, after: index, range: range)
          {
            demand = nil
          }
          clause.endClause(nextAt: index + 1, evidence: evidence.count)
        }
        if byte == 0x3F, settings.questionDamping != 1 { reweighSentence(.question) { $0 *= settings.questionDamping } }
        if token.endsSentence(in: bytes) {
          sentenceStart = evidence.count
          demand = nil
        }
        index += 1
        continue
      }
      guard token.kind == .word || token.kind == .number else {
        index += 1
        continue
      }
      if clause.negation != nil || clause.suspendedNegation != nil,
        negationScope.opensAssertingRelative(bytes, tokens, at: index, range: range, keys: keys)
      {
        clause.endNegation()
      }
      // "until Moscow withdraws its troops": the step is laid on another party, as a demand lays it.
      if demand == nil, demandRule.conditionBindsOtherParty(bytes, tokens, at: index, range: range) {
        demand = DemandRule.conditionFactor
      }
      // A clause of condition or time ("… until they surrender their weapons") is out of reach of the
      // negation and the countering word before it.
      if clause.negation != nil || clause.counter != nil,
        negationScope.opensSubordinateClause(bytes, tokens, at: index, range: range, keys: keys)
      {
        clause.endNegation()
        clause.counter = nil
      }
      if clause.negation != nil || clause.suspendedNegation != nil,
        negationScope.opensCoordinatedPredicate(bytes, tokens, at: index, range: range, keys: keys)
      {
        clause.endNegation()
      }
      if let negation = clause.negation, !clause.negationHasRelative, index < negation.until,
        negationScope.resumesNegation(bytes, tokens, at: index, range: range, keys: keys)
      {
        clause.negationHasRelative = true
      }
      // Whether this token ends a noun phrase: asked of the negation scope at most once.
      var tokenEndsPhrase: Bool? = nil
      func endsPhrase() -> Bool {
        if let tokenEndsPhrase { return tokenEndsPhrase }
        let answer = negationScope.endsPhrase(bytes, tokens, at: index, range: range, keys: keys)
        tokenEndsPhrase = answer
        return answer
      }
      if let obstruction = clause.obstruction,
        index >= obstruction.until
          || (index > obstruction.start && endsPhrase())
      {
        clause.obstruction = nil
      }
      if let phrase = clause.negatedPhrase, index > phrase, endsPhrase() {
        clause.suspendedNegation = clause.negation
        clause.negation = nil
        clause.negatedPhrase = nil
        if negationScope.opensTopic(bytes, tokens, at: index, range: range, keys: keys) {
          clause.negatedTopic = (index, index + 1 + NegationScope.topicReach)
        }
      } else if let topic = clause.negatedTopic,
        index >= topic.until
          || (index > topic.start && endsPhrase())
      {
        clause.negatedTopic = nil
      } else if let suspended = clause.suspendedNegation,
        negationScope.resumesNegation(bytes, tokens, at: index, range: range, keys: keys)
      {
        // A relative clause after the topic still describes the negated noun ("no dispute between
        // our countries that cannot be settled").
        clause.negation = (suspended.factor, index + 1 + Int(settings.negationWindow))
        clause.negationHasRelative = true
        clause.suspendedNegation = nil
        clause.negatedTopic = nil
      }
      // The topics of talks ("discussed trade, sanctions and energy") end where another clause begins.
      if let agenda = clause.agenda, index >= agenda,
        agendaRule.endsAgenda(bytes, tokens, at: index, range: range, keys: keys)
      {
        clause.agenda = nil
      }
      let tables = filter.tables(for: keys[index])
      if tables & 4 != 0, clause.agenda == nil,
        let count = agendaRule.opener(bytes, tokens, at: index, range: range, keys: keys)
      {
        clause.agenda = index + count
      }
      if tables & 3 == 0 {
        index += 1
        continue
      }
      var termMatch =
        tables & 1 == 0
        ? nil : terms.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys)
      let modifierMatch =
        tables & 2 == 0
        ? nil
        : modifiers.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys)
      // A consequence the speaker announces ("we will") threatens only as the answer to a condition
      // laid on another party, outside that condition's own clause (see `UltimatumRule`).
      if let match = termMatch, isConsequence[Int(match.value)],
        clause.conditional != nil
          || !ultimatumRule.answersCondition(
            bytes, tokens, keys, consequence: index, count: match.tokenCount, range: range,
            isNegator: { position in
              modifiers.longestMatch(in: bytes, tokens: tokens, at: position, limit: range.upperBound, keys: keys)
                .map { lexicons.modifiers[Int($0.value)].kind == .negator } ?? false
            })
      {
        termMatch = nil
      }
      /// The end of a demand or obligation marker, whose words may also start a tone term.
      var markerEnd: Int? = nil
      // A tone phrase opened by an obligation ("must stop") is an ultimatum only when the obligation
      // binds another party; "we must stop the violence" is read word by word, so "stop" counters.
      // (Asked once: the answer is kept for the marker's own turn below.)
      var obligationBinds: Bool? = nil
      if let modifierMatch, let match = termMatch, modifierMatch.tokenCount < match.tokenCount,
        lexicons.modifiers[Int(modifierMatch.value)].kind == .obligation
      {
        let binds = bindsOtherParty(
          bytes, tokens, marker: index, end: index + modifierMatch.tokenCount, isObligation: true, clause: clause,
          range: range)
        obligationBinds = binds
        if !binds { termMatch = nil }
      }
      // A tone phrase that carries its own negation ("not accept", "not hesitate") ends a negation of
      // another clause before it ("we were never consulted and we do not accept the plan").
      if let modifierMatch, let match = termMatch, modifierMatch.tokenCount < match.tokenCount,
        lexicons.modifiers[Int(modifierMatch.value)].kind == .negator,
        clause.negation.map({ index < $0.until }) == true,
        negationScope.nesting(
          bytes, tokens, at: index, tokenCount: modifierMatch.tokenCount, afterRelative: clause.negationHasRelative,
          range: range, keys: keys) == .independent
      {
        clause.negation = nil
        clause.negationHasRelative = false
      }
      if let modifierMatch, modifierMatch.tokenCount >= (termMatch?.tokenCount ?? 0) {
        let modifier = lexicons.modifiers[Int(modifierMatch.value)]
        let end = index + modifierMatch.tokenCount
        switch modifier.kind {
        case .negator:
          let isDeterminer = negationScope.isDeterminer(
            bytes, tokens, at: index, tokenCount: modifierMatch.tokenCount, range: range, keys: keys)
          clause.suspendedNegation = nil
          let nesting =
            clause.negation.map { index < $0.until } == true
            ? negationScope.nesting(
              bytes, tokens, at: index, tokenCount: modifierMatch.tokenCount, afterRelative: clause.negationHasRelative,
              range: range, keys: keys) : .independent
          switch nesting {
          case .nested:
            // A negator nested in the reach of another cancels it ("nothing that cannot be resolved",
            // "not without risk"): the two make an affirmative, which counts the terms as written,
            // neither flipped nor weakened; a third negates again.
            let factor = clause.negation.map { $0.factor < 0 ? 1 : modifier.factor } ?? modifier.factor
            clause.negation = (factor, end + Int(settings.negationWindow))
            if !isDeterminer { clause.negatedPhrase = nil }
          case .correlative:
            // "neither … nor": the same negation reaches the second item.
            if let negation = clause.negation {
              clause.negation = (negation.factor, end + Int(settings.negationWindow))
            }
          case .independent:
            clause.negation = (modifier.factor, end + Int(settings.negationWindow))
            clause.negationHasRelative = false
            clause.negatedPhrase = isDeterminer ? end : nil
          }
        case .counter:
          clause.counter = (modifier.factor, end + Int(settings.negationWindow))
        case .booster, .hedge:
          // A booster of factor 1 ("no doubt") only keeps its words from being read as a negator.
          if modifier.factor != 1 {
            clause.booster = (modifier.factor, end + Int(settings.boosterWindow), modifier.kind == .hedge)
          }
        case .contrast:
          // "yet" and "still" inside a clause speak of time, not contrast (see `ContrastPositionRule`).
          if contrastPositionRule.marksContrast(
            bytes, tokens, at: index, tokenCount: modifierMatch.tokenCount, range: range)
          {
            clause.endClause(nextAt: end, evidence: evidence.count)
            contrast = modifier.factor
            demand = nil
            // The clause the marker answers weighs less in the same measure ("we value the dialogue, but
            // our patience is running out").
            reweighSentence(.beforeContrast) { $0 /= modifier.factor }
          }
        case .concession:
          clause.endClause(nextAt: end, evidence: evidence.count)
          clause.concession = modifier.factor
        case .conditional:
          clause.conditional = modifier.factor
        case .demand, .obligation:
          let isObligation = modifier.kind == .obligation
          let bindsOtherParty =
            obligationBinds
            ?? bindsOtherParty(
              bytes, tokens, marker: index, end: end, isObligation: isObligation, clause: clause, range: range)
          if bindsOtherParty { demand = modifier.factor }
          // A demand word that is also a tone term ("demanded", "must") keeps its own weight, but an
          // obligation the speaker's side takes on ("we must") is no reproach.
          if bindsOtherParty || !isObligation { markerEnd = end }
        }
        if markerEnd == nil || termMatch == nil {
          index = end
          continue
        }
      }
      guard let termMatch else {
        index = markerEnd ?? index + 1
        continue
      }
      let termWeight = lexicons.tone[Int(termMatch.value)].weight
      // The topic of a negated noun phrase names what did not happen ("no progress on the exchange"),
      // the topics of talks what was discussed.
      if clause.negatedTopic != nil || clause.agenda.map({ index >= $0 }) == true {
        index = max(index + termMatch.tokenCount, markerEnd ?? 0)
        continue
      }
      // An announced response with an object or a purpose ("we will respond to the letter") threatens no one.
      if isResponse[Int(termMatch.value)],
        !responseRule.isOpen(bytes, tokens, after: index + termMatch.tokenCount, range: range, keys: keys)
      {
        index = max(index + termMatch.tokenCount, markerEnd ?? 0)
        continue
      }
      // An excluded option threatens only when the exclusion is negated in a coercive form ("nothing is
      // off the table"), and the negation belongs to the idiom.
      let isNegated = clause.negation.map { index < $0.until && $0.factor < 0 } ?? false
      if isExclusion[Int(termMatch.value)] {
        guard isNegated || clause.suspendedNegation.map({ index < $0.until && $0.factor < 0 }) == true,
          exclusionRule.isCoercive(bytes, tokens, at: index, range: range)
        else {
          index = max(index + termMatch.tokenCount, markerEnd ?? 0)
          continue
        }
      }
      var weight = termWeight
      var rules: ToneRules = []
      // The step a negated obstruction names is not obstructed ("did not violate the truce"): the
      // negation belongs to the obstruction, and the step counts as written.
      let obstructed = clause.obstruction.map { index < $0.until && termWeight > 0 } ?? false
      let isShielded = obstructed && clause.obstruction?.isNegated == true
      if let negation = clause.negation, index < negation.until, !isExclusion[Int(termMatch.value)], !isShielded {
        weight *= negation.factor
        rules.insert(negation.factor < 0 ? .negated : .doubleNegated)
      }
      if let refusal = clause.refusal, index < refusal, weight > 0 {
        weight *= ToneScorer.refusalFactor
        rules.insert(.negated)
      }
      if let counter = clause.counter, index < counter.until, termWeight < 0 {
        weight *= counter.factor
        rules.insert(.countered)
      }
      if let booster = clause.booster, index < booster.until {
        weight *= booster.factor
        rules.insert(booster.isHedge ? .hedged : .boosted)
      }
      if let concession = clause.concession {
        weight *= concession
        rules.insert(.conceded)
      }
      if let conditional = clause.conditional {
        weight *= conditional
        rules.insert(.conditional)
      }
      if let contrast {
        weight *= contrast
        rules.insert(.afterContrast)
      }
      // The steps asked of another party, conciliatory as written or once negated or countered ("must
      // stop the shelling", "must not escalate"), are what it is reproached for withholding.
      if let demand, weight > 0, markerEnd == nil {
        weight *= demand
        rules.insert(.demanded)
      }
      let end = index + termMatch.tokenCount
      // The step an obstruction names is being destroyed ("sabotage the peace process").
      if obstructed, !isShielded {
        weight *= ObstructionRule.factor
        if rules.contains(.negated) {
          rules.remove(.negated)
          rules.insert(.doubleNegated)
        } else {
          rules.insert(.negated)
        }
      }
      if isObstruction[Int(termMatch.value)], weight < 0 || rules.contains(.negated) {
        clause.obstruction = (end, end + ObstructionRule.reach, weight > 0)
      }
      // A remedy ("a solution to", "the peaceful settlement of", "de-escalation of") governs the problem
      // it remedies, as a countering word does.
      if isRemedy[Int(termMatch.value)], settings.remedyFactor != 0, end < range.upperBound,
        remedyLinks.longestMatch(in: bytes, tokens: tokens, at: end, limit: range.upperBound, keys: keys) != nil
      {
        clause.counter = (settings.remedyFactor, end + 1 + Int(settings.negationWindow))
      }
      // The steps a dismissal is said of are scorned, not offered ("any talk of peace is a sham").
      if isDismissal[Int(termMatch.value)], weight < 0, !rules.contains(.negated),
        dismissalRule.followsCopula(bytes, tokens, at: index, clauseStart: clause.start.token, keys: keys)
      {
        for position in clause.start.evidence..<evidence.count where evidence[position].weight > 0 {
          evidence[position].weight *= DismissalRule.factor
          evidenceRules[position].insert(.dismissed)
          evidence[position].rule = evidenceRules[position].name
        }
      }
      if isRefusal[Int(termMatch.value)], !rules.contains(.negated) {
        clause.refusal = end + Int(settings.negationWindow)
      }
      onlyMaterial = onlyMaterial && isMaterial[Int(termMatch.value)]
      evidenceRules.append(rules)
      evidence.append(
        Evidence(
          term: lexicons.tone[Int(termMatch.value)].term, weight: weight, rule: rules.name,
          range: TextRange(Int(tokens[index].start), Int(tokens[end - 1].end))))
      index = max(end, markerEnd ?? 0)
    }
    return (evidence, onlyMaterial && evidenceRules.allSatisfy(\.isEmpty))
  }
}
