/// One article, speech or statement as read from the corpus.
public struct Document: Sendable {
  /// The JSON Lines `id`, or the file name for text files.
  public var id: String
  /// The original text; every offset in every output points into it.
  public var text: String
  public var date: DocumentDate?
  public var source: String?
  public var title: String?
  /// The document's own speaker (a speech, an address), if the corpus names one.
  public var speaker: String?
  /// True when the record is a single statement by `speaker`, scored as it is.
  public var isStatementUnit: Bool
  /// True when the first non-empty line of `text` is the headline (text files).
  public var hasTitleLine: Bool

  public init(
    id: String, text: String, date: DocumentDate? = nil, source: String? = nil, title: String? = nil,
    speaker: String? = nil, isStatementUnit: Bool = false, hasTitleLine: Bool = false
  ) {
    self.id = id
    self.text = text
    self.date = date
    self.source = source
    self.title = title
    self.speaker = speaker
    self.isStatementUnit = isStatementUnit
    self.hasTitleLine = hasTitleLine
  }
}
