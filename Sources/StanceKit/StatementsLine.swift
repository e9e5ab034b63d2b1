import StanceCore

/// Decodes one line of statements.jsonl into what `stance compare` needs.
enum StatementsLine {
  struct DecodeError: Error {
    var message: String
  }

  /// The statement of a line, or nil for a statement whose speaker is unresolved (never charted).
  static func decode(_ line: [UInt8]) throws(DecodeError) -> CompareRun.Record? {
    let fields: JSONObjectParser.Object
    do {
      fields = try JSONObjectParser.parse(line)
    } catch {
      throw DecodeError(message: error.description)
    }
    if case .string("unresolved")? = fields["speaker_kind"] { return nil }
    guard case .string(let document)? = fields["doc"] else {
      throw DecodeError(message: "\"doc\" is missing or not a string")
    }
    guard case .string(let speaker)? = fields["speaker"] else {
      throw DecodeError(message: "\"speaker\" is missing or not a string")
    }
    guard case .number(let text)? = fields["score"], let score = Double(text), (-1...1).contains(score) else {
      throw DecodeError(message: "\"score\" is missing or not a number in -1...1")
    }
    var actorID: String? = nil
    switch fields["actor"] {
    case .string(let id)?: actorID = id
    case nil, .null?: break
    default: throw DecodeError(message: "\"actor\" is not a string or null")
    }
    var date: DocumentDate? = nil
    switch fields["date"] {
    case .string(let raw)?:
      guard let parsed = DocumentDate(parsing: raw) else { throw DecodeError(message: "unreadable date '\(raw)'") }
      date = parsed
    case nil, .null?: break
    default: throw DecodeError(message: "\"date\" is not a string or null")
    }
    var targets: [String] = []
    switch fields["targets"] {
    case .strings(let ids)?: targets = ids
    case nil, .null?: break
    default: throw DecodeError(message: "\"targets\" is not an array of ids")
    }
    return CompareRun.Record(
      document: document, date: date, speaker: speaker, actorID: actorID, score: score, targets: targets)
  }
}
