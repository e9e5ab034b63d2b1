/// The counts of a run: what was read, scored and skipped, and what was found.
public struct RunSummary: Sendable, Hashable {
  public var documentsRead = 0
  public var documentsScored = 0
  /// Skipped documents by reason.
  public var skipped: [String: Int] = [:]
  public var undatedDocuments = 0
  public var statements = 0
  public var statementsByKind: [StatementKind: Int] = [:]
  public var quotes = 0
  public var unattributedQuotes = 0
  /// Statements whose pronoun or role noun nothing resolved; kept, but charted for no actor.
  public var unresolvedStatements = 0
  public var bytes = 0

  public init() {}

  public var documentsSkipped: Int { skipped.values.reduce(0, +) }
}
