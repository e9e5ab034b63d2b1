/// Who made a statement.
public struct Speaker: Sendable, Hashable {
  public enum Kind: String, Sendable {
    /// Resolved to an actor of the registry.
    case registered
    /// A name not in the registry, kept as written.
    case unregistered
    /// An anonymous source ("officials", "a source").
    case anonymous
    /// A pronoun or role noun that no earlier mention resolves ("he said" with no one before):
    /// the statement is kept, but it is charted for no actor.
    case unresolved
  }
  /// The canonical name, or the name as written when unregistered.
  public var name: String
  /// The registry id, when registered.
  public var actorID: String?
  public var kind: Kind

  public init(name: String, actorID: String?, kind: Kind) {
    self.name = name
    self.actorID = actorID
    self.kind = kind
  }

  /// The key statements are grouped by: the registry id, or the name as written.
  public var key: String { actorID ?? name }

  /// Whether `key` is its key, compared in place.
  @inlinable
  public func hasKey(_ other: String) -> Bool {
    if let actorID { return actorID == other }
    return name == other
  }

  /// The hash of its key's bytes (`TextFolding.hash`), read in place.
  @inlinable
  public var keyHash: UInt64 {
    if let actorID { return TextFolding.hash(bytes: actorID.utf8) }
    return TextFolding.hash(bytes: name.utf8)
  }
}

/// How much of a statement is in quotation marks.
public enum StatementKind: String, Sendable {
  case direct, indirect, mixed
}

/// An attributed statement: who said what, with offsets into the original text.
public struct Statement: Sendable, Hashable {
  public var speaker: Speaker
  public var mention: TextRange?
  public var cue: TextRange?
  /// Index of the cue in `LexiconSet.cues`, when the cue is a lexicon entry.
  public var cueEntry: Int?
  public var kind: StatementKind
  /// The content from its first to its last character.
  public var content: TextRange
  /// The pieces of the content: one, or several when a quote is split by its attribution
  /// ("“…,” Lavrov said, “…”"). Only the pieces are scored.
  public var pieces: [TextRange]
  /// Registry ids of the actors the statement is about, in order of first mention.
  public var targets: [String]

  public init(
    speaker: Speaker, mention: TextRange?, cue: TextRange?, cueEntry: Int?, kind: StatementKind,
    content: TextRange, targets: [String] = []
  ) {
    self.speaker = speaker
    self.mention = mention
    self.cue = cue
    self.cueEntry = cueEntry
    self.kind = kind
    self.content = content
    self.pieces = [content]
    self.targets = targets
  }
}

/// The tone label of a score.
public enum ToneLabel: String, Sendable {
  case confrontational, neutral, conciliatory
}

/// One lexicon entry that fired, its effective weight and the rule that changed it.
public struct Evidence: Sendable, Hashable {
  public var term: String
  public var weight: Double
  /// "term", or the rules applied, joined by "+": "negated", "boosted", "hedged", "after-contrast", "cue".
  public var rule: String
  public var range: TextRange

  public init(term: String, weight: Double, rule: String, range: TextRange) {
    self.term = term
    self.weight = weight
    self.rule = rule
    self.range = range
  }
}

/// A statement's tone: a score on [-1, +1], its label and its evidence.
public struct Tone: Sendable, Hashable {
  public var score: Double
  public var label: ToneLabel
  public var evidence: [Evidence]

  public init(score: Double, label: ToneLabel, evidence: [Evidence]) {
    self.score = score
    self.label = label
    self.evidence = evidence
  }
}

/// A statement with its tone.
public struct ScoredStatement: Sendable, Hashable {
  public var statement: Statement
  public var tone: Tone

  public init(statement: Statement, tone: Tone) {
    self.statement = statement
    self.tone = tone
  }
}
