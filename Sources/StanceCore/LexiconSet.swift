/// Every lexicon the pipeline uses, validated.
public struct LexiconSet: Sendable {
  public var tone: [ToneTerm] = []
  public var cues: [ReportingCue] = []
  public var modifiers: [Modifier] = []
  public var actors: [ActorEntry] = []
  public var boilerplate: [BoilerplatePattern] = []
  public var abbreviations: [Abbreviation] = []
  public var settings = ScoringSettings()
  /// Each file's `# version:` value, by file name.
  public var versions: [String: String] = [:]
  /// FNV-1a hash of every file's name and content, in name order: identifies the effective lexicon.
  public var contentHash: UInt64 = 0

  /// The files a lexicon folder holds.
  public static let fileNames = [
    "abbreviations.tsv", "actors.tsv", "boilerplate.tsv", "cues.tsv", "modifiers.tsv", "settings.tsv", "tone.tsv",
  ]

  public init() {}

  /// A short identifier of the lexicon: the tone file's version and the content hash.
  public var identifier: String {
    let hex = String(contentHash, radix: 16)
    return "\(versions["tone.tsv"] ?? "unversioned")+\(String(repeating: "0", count: 16 - hex.count) + hex)"
  }
}
