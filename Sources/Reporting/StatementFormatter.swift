import StanceCore

/// Formats a document's scored statements as statements.csv rows and statements.jsonl lines.
/// Offsets are converted from bytes to Unicode scalars of the original text here, once.
public struct StatementFormatter: Sendable {
  /// The statements.csv header.
  public static let csvHeader = Formatting.csvLine([
    "doc", "date", "speaker", "actor", "mention", "cue", "kind", "targets", "score", "label", "evidence",
    "start", "end", "text",
  ])

  public init() {}

  /// The CSV rows and JSON lines of a document's statements, in statement order.
  public func format(_ statements: [ScoredStatement], in document: SegmentedDocument) -> (csv: [String], json: [String])
  {
    let converter = ScalarOffsetConverter(document.text)
    var csv: [String] = []
    var json: [String] = []
    csv.reserveCapacity(statements.count)
    json.reserveCapacity(statements.count)
    let doc = document.document
    let date = doc.date?.description
    for scored in statements {
      let statement = scored.statement
      let text = document.text
      func span(_ range: TextRange) -> (start: Int, end: Int, text: String) {
        (converter.scalarOffset(range.start), converter.scalarOffset(range.end), text.string(range))
      }
      let content = span(statement.content)
      let mention = statement.mention.map { span($0) }
      let cue = statement.cue.map { span($0) }
      let evidence = scored.tone.evidence.map { item -> (Evidence, Int, Int) in
        (item, converter.scalarOffset(item.range.start), converter.scalarOffset(item.range.end))
      }
      let compactEvidence = evidence.map { item, _, _ in
        "\(item.term)\(item.rule == "term" ? "" : "[\(item.rule)]")=\(Formatting.weight(item.weight))"
      }.joined(separator: "; ")

      csv.append(
        Formatting.csvLine([
          doc.id, date ?? "", statement.speaker.name, statement.speaker.actorID ?? "",
          mention.map { Formatting.oneLine($0.text) } ?? "", cue?.text ?? "", statement.kind.rawValue,
          statement.targets.joined(separator: " "), Formatting.fixed(scored.tone.score), scored.tone.label.rawValue,
          compactEvidence, String(content.start), String(content.end), Formatting.oneLine(content.text),
        ]))

      var line = "{\"doc\":\(Formatting.jsonString(doc.id)),\"date\":\(date.map(Formatting.jsonString) ?? "null")"
      line += ",\"speaker\":\(Formatting.jsonString(statement.speaker.name))"
      line += ",\"actor\":\(statement.speaker.actorID.map(Formatting.jsonString) ?? "null")"
      line += ",\"speaker_kind\":\(Formatting.jsonString(statement.speaker.kind.rawValue))"
      line += ",\"mention\":" + (mention.map(spanJSON) ?? "null")
      line += ",\"cue\":" + (cue.map(spanJSON) ?? "null")
      line += ",\"kind\":\(Formatting.jsonString(statement.kind.rawValue))"
      line += ",\"content\":" + spanJSON(content)
      if statement.pieces.count > 1 {
        line += ",\"pieces\":[" + statement.pieces.map { spanJSON(span($0)) }.joined(separator: ",") + "]"
      }
      line += ",\"targets\":[" + statement.targets.map(Formatting.jsonString).joined(separator: ",") + "]"
      line +=
        ",\"score\":\(Formatting.fixed(scored.tone.score)),\"label\":\(Formatting.jsonString(scored.tone.label.rawValue))"
      line += ",\"evidence\":["
      line += evidence.map { item, start, end in
        "{\"term\":\(Formatting.jsonString(item.term)),\"weight\":\(Formatting.weight(item.weight)),\"rule\":\(Formatting.jsonString(item.rule)),\"start\":\(start),\"end\":\(end)}"
      }.joined(separator: ",")
      line += "]}"
      json.append(line)
    }
    return (csv, json)
  }

  func spanJSON(_ span: (start: Int, end: Int, text: String)) -> String {
    "{\"start\":\(span.start),\"end\":\(span.end),\"text\":\(Formatting.jsonString(span.text))}"
  }
}
