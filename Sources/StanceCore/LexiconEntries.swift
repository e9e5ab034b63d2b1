/// A tone term or phrase: its weight on [-4, +4] and its category.
public struct ToneTerm: Sendable, Hashable {
  public var term: String
  public var weight: Double
  public var category: String
  public var line: Int
  /// The file the entry was read from (an overlay's file when an overlay set it).
  public var file = ""
}

/// The tone categories a tone term may carry.
public enum ToneCategories {
  public static let confrontational: Set<String> = [
    "threat", "accusation", "hostility", "force", "sanction", "rejection", "ultimatum", "alarm",
  ]
  public static let conciliatory: Set<String> = [
    "dialogue", "cooperation", "de-escalation", "reassurance", "agreement", "respect", "praise", "support",
  ]
  public static let all = confrontational.union(conciliatory)
}

/// A reporting cue ("said", "warned", "according to") with its own tone.
public struct ReportingCue: Sendable, Hashable {
  public enum Role: String, Sendable {
    /// A verb: the speaker stands before or after it ("Lavrov said", "said Lavrov").
    case verb
    /// A phrase followed by the speaker ("according to Lavrov").
    case source
    /// A verb of naming, a cue only when a quotation opens a few words after it: "Lavrov called the
    /// sanctions “an act of economic war”" reports his words, "called a snap election" does not.
    case naming
    /// A verb that reports only beside a quotation: "“…,” he continued" and "she continued: “…”" report
    /// words, "the fighting continued" and "continued to insist" do not.
    case quoting

    /// Whether the cue reports only with a quotation in place (naming, quoting); where it does, it
    /// reads as a verb.
    public var needsQuotation: Bool { self == .naming || self == .quoting }
  }
  public var cue: String
  public var weight: Double
  public var role: Role
  public var line: Int
  /// The file the entry was read from (an overlay's file when an overlay set it).
  public var file = ""
}

/// A word that changes the weight of tone terms near it.
public struct Modifier: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable {
    case negator, booster, hedge, contrast, conditional, concession
    /// A word of countering ("combat", "prevent", "resolve"): a confrontational term it governs is
    /// the problem being countered, so its weight is multiplied by the (negative) factor.
    case counter
    /// A demand addressed to another party ("demanded that", "demanding"): the conciliatory steps it
    /// asks for are what that party is accused of withholding, so their weight is multiplied by the
    /// (negative) factor, unless the party addressed is an inclusive one ("demanded that all parties").
    case demand
    /// An obligation laid on a subject ("must", "has to"): like a demand when the subject is another
    /// party ("Moscow must return to diplomacy"), no change when it is inclusive ("we must work together").
    case obligation
  }
  public var term: String
  public var kind: Kind
  public var factor: Double
  public var line: Int
  /// The file the entry was read from (an overlay's file when an overlay set it).
  public var file = ""
}

/// A pattern for site furniture and other text that is not the article.
public struct BoilerplatePattern: Sendable, Hashable {
  public enum Match: String, Sendable {
    /// The whole line, ignoring case, spaces and final punctuation.
    case line
    /// The start of the line.
    case prefix
    /// Anywhere in the line.
    case contains
    /// The start of a short line without final punctuation (a heading such as "About the author").
    case heading
    /// A word of a photo caption ("attends", "gestures") in a one-sentence paragraph without
    /// quotations that ends with a year ("… in Moscow, Russia on November 22, 2021.").
    case caption
  }
  public enum Scope: String, Sendable {
    /// Drop the matching line only.
    case line
    /// Drop the matching line and everything after it.
    case rest
  }
  public var pattern: String
  public var match: Match
  public var scope: Scope
  public var reason: String
  public var line: Int
}

/// An abbreviation whose dot does not end a sentence.
public struct Abbreviation: Sendable, Hashable {
  public enum Kind: String, Sendable {
    /// A title before a name (Mr., Gen.): never ends a sentence.
    case title
    /// Any other abbreviation (U.S., Inc.): ends a sentence only at the end of a paragraph.
    case general
    /// An abbreviation used before a number (No. 5, Art. 3): not a boundary when a digit follows.
    case number
  }
  public var text: String
  public var kind: Kind
  public var line: Int
}

/// Numeric settings of the scorer, kept in the lexicon so they are reviewed with it.
public struct ScoringSettings: Sendable, Hashable {
  /// Scores above this are conciliatory.
  public var conciliatoryThreshold = 0.4
  /// Scores below this are confrontational.
  public var confrontationalThreshold = -0.4
  /// The α in score = S / √(S² + α): larger values pull scores towards 0.
  public var normalization = 6.0
  /// How many words after a negator its negation reaches, within its clause.
  public var negationWindow = 12.0
  /// How many words after a booster or hedge it reaches, within its clause.
  public var boosterWindow = 2.0
  /// How many pieces of evidence a statement may carry before its sum is damped: with n above it,
  /// S is divided by √(n / lengthDamping), so a long statement is not more extreme for being long.
  /// 0 turns the damping off.
  public var lengthDamping = 3.0
  /// The factor on the weight of every term in a question ("Would Moscow accept monitors?"); 1 turns it off.
  public var questionDamping = 0.7
  /// The factor on a confrontational term governed by a remedy ("a solution to the conflict", "the
  /// settlement of disputes"): a remedy counters the problem it names, as "prevent" or "end to" do.
  /// 0 turns the rule off.
  public var remedyFactor = -0.5

  public init() {}

  nonisolated(unsafe) static let keys: [String: WritableKeyPath<ScoringSettings, Double>] = [
    "conciliatory-threshold": \.conciliatoryThreshold,
    "confrontational-threshold": \.confrontationalThreshold,
    "normalization": \.normalization,
    "negation-window": \.negationWindow,
    "booster-window": \.boosterWindow,
    "length-damping": \.lengthDamping,
    "question-damping": \.questionDamping,
    "remedy-factor": \.remedyFactor,
  ]
}
