import StanceCore

/// A document the reader could not use, and why.
public struct SkipRecord: Sendable, Hashable {
  /// The document id or file name (with the line for JSON Lines).
  public var document: String
  public var line: Int?
  /// A short reason code: empty, malformed-json, missing-text, unreadable, unsupported-file.
  public var reason: String
  public var detail: String

  public init(document: String, line: Int?, reason: String, detail: String) {
    self.document = document
    self.line = line
    self.reason = reason
    self.detail = detail
  }

  public var location: String { line.map { "\(document):\($0)" } ?? document }
}

/// A problem that does not stop a document from being scored.
public struct CorpusWarning: Sendable, Hashable {
  public var location: String
  public var message: String
}

/// What the reader yields: a document, or a record of one it skipped.
public enum CorpusItem: Sendable {
  case document(Document)
  case skipped(SkipRecord)
}
