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

  public mutating func merge(_ other: RunSummary) {
    documentsRead += other.documentsRead
    documentsScored += other.documentsScored
    for (reason, count) in other.skipped { skipped[reason, default: 0] += count }
    undatedDocuments += other.undatedDocuments
    statements += other.statements
    for (kind, count) in other.statementsByKind { statementsByKind[kind, default: 0] += count }
    quotes += other.quotes
    unattributedQuotes += other.unattributedQuotes
    unresolvedStatements += other.unresolvedStatements
    bytes += other.bytes
  }
}
