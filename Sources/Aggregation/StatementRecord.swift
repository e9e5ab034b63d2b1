import StanceCore

/// What the aggregate stage needs of one scored statement: who, when, how, and the words
/// (for the duplicate check and the report's quotations).
public struct StatementRecord: Sendable, Hashable {
  public var speaker: Speaker
  public var score: Double
  public var label: ToneLabel
  public var document: String
  public var date: DocumentDate?
  /// The statement's content on one line.
  public var text: String
  public var targets: [String]
  /// Its words' fingerprint, for the duplicate check; empty for an unresolved speaker, whose
  /// statements are never charted (so never checked).
  public var fingerprint: StatementFingerprint
  /// The position of the statement in the run (document index, then position): breaks ties.
  public var order: Int

  public init(
    speaker: Speaker, score: Double, label: ToneLabel, document: String, date: DocumentDate?, text: String,
    targets: [String], order: Int, fingerprint: StatementFingerprint? = nil
  ) {
    self.speaker = speaker
    self.score = score
    self.label = label
    self.document = document
    self.date = date
    self.text = text
    self.targets = targets
    self.order = order
    self.fingerprint =
      fingerprint ?? (speaker.kind == .unresolved ? StatementFingerprint(keys: []) : StatementFingerprint(text: text))
  }

  /// The order of statement `position` of document `documentIndex`.
  public static func order(documentIndex: Int, position: Int) -> Int {
    documentIndex << positionBits | min(position, 1 << positionBits - 1)
  }

  /// The low bits of `order` that hold the position within the document.
  public static let positionBits = 20
}
