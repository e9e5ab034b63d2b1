import StanceCore

/// Formats a document's scored statements as statements.csv rows and statements.jsonl lines,
/// writing UTF-8 bytes straight from the document's text. Offsets are converted from bytes to
/// Unicode scalars of the original text here, once.
public struct StatementFormatter: Sendable {
  /// The statements.csv header.
  public static let csvHeader = Formatting.csvLine([
    "doc", "date", "speaker", "actor", "mention", "cue", "kind", "targets", "score", "label", "evidence",
    "start", "end", "text",
  ])

  public init() {}

  /// The CSV rows and JSON lines of a document's statements, in statement order, each line ending
  /// with a line break.
  public func formatBytes(_ statements: [ScoredStatement], in document: SegmentedDocument) -> (
    csv: [UInt8], json: [UInt8]
  ) {
    var csv = OutputBytes(capacity: statements.count * 512)
    var json = OutputBytes(capacity: statements.count * 1024)
    let converter = ScalarOffsetConverter(document.text)
    let prefixes = DocumentPrefixes(document.document)
    var scratch = OutputBytes(capacity: 1024)
    document.text.withBytes { text in
      for index in statements.indices {
        write(
          statements[index], prefixes: prefixes, text: text, converter: converter, csv: &csv, json: &json,
          scratch: &scratch)
      }
    }
    return (csv.bytes, json.bytes)
  }

  /// The fields every statement of a document starts with, encoded once per document.
  private struct DocumentPrefixes: ~Copyable {
    /// The doc and date fields of a CSV row, each followed by its comma.
    var csv = OutputBytes(capacity: 64)
    /// A JSON line up to the speaker's value: `{"doc":…,"date":…,"speaker":`.
    var json = OutputBytes(capacity: 96)

    init(_ document: Document) {
      let date = document.date?.description
      csv.append(csvField: document.id)
      csv.append(byte: 0x2C)
      if let date { csv.append(string: date) }
      csv.append(byte: 0x2C)
      json.append("{\"doc\":")
      json.append(jsonString: document.id)
      json.append(",\"date\":")
      if let date { json.append(jsonString: date) } else { json.append("null") }
      json.append(",\"speaker\":")
    }
  }

  /// The same as lines without their line breaks.
  public func format(_ statements: [ScoredStatement], in document: SegmentedDocument) -> (csv: [String], json: [String])
  {
    let (csv, json) = formatBytes(statements, in: document)
    func lines(_ bytes: [UInt8]) -> [String] {
      bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map {
        String(decoding: $0, as: UTF8.self)
      }
    }
    return (lines(csv), lines(json))
  }

  private func write(
    _ scored: borrowing ScoredStatement, prefixes: borrowing DocumentPrefixes, text: UnsafeBufferPointer<UInt8>,
    converter: ScalarOffsetConverter, csv: inout OutputBytes, json: inout OutputBytes, scratch: inout OutputBytes
  ) {
    func slice(_ range: TextRange) -> Slice<UnsafeBufferPointer<UInt8>> {
      text[min(range.start, text.count)..<min(range.end, text.count)]
    }
    func comma() { csv.append(byte: 0x2C) }

    // statements.csv
    csv.append(prefixes.csv.buffer)
    csv.append(csvField: scored.statement.speaker.name)
    comma()
    if let actor = scored.statement.speaker.actorID { csv.append(csvField: actor) }
    comma()
    if let mention = scored.statement.mention {
      scratch.removeAll()
      scratch.append(oneLine: UnsafeBufferPointer(rebasing: slice(mention)))
      csv.append(csvField: scratch)
    }
    comma()
    if let cue = scored.statement.cue { csv.append(csvField: slice(cue)) }
    comma()
    csv.append(StatementFieldNames.name(of: scored.statement.kind))
    comma()
    scratch.removeAll()
    for (index, target) in scored.statement.targets.enumerated() {
      if index > 0 { scratch.append(byte: 0x20) }
      scratch.append(string: target)
    }
    csv.append(csvField: scratch)
    comma()
    csv.append(fixed: scored.tone.score)
    comma()
    csv.append(StatementFieldNames.name(of: scored.tone.label))
    comma()
    scratch.removeAll()
    for (index, item) in scored.tone.evidence.enumerated() {
      if index > 0 { scratch.append("; ") }
      scratch.append(string: item.term)
      if item.rule != "term" {
        scratch.append(byte: 0x5B)
        scratch.append(string: item.rule)
        scratch.append(byte: 0x5D)
      }
      scratch.append(byte: 0x3D)
      scratch.append(weight: item.weight)
    }
    csv.append(csvField: scratch)
    comma()
    let contentStart = converter.scalarOffset(scored.statement.content.start)
    let contentEnd = converter.scalarOffset(scored.statement.content.end)
    csv.append(integer: contentStart)
    comma()
    csv.append(integer: contentEnd)
    comma()
    scratch.removeAll()
    scratch.append(oneLine: UnsafeBufferPointer(rebasing: slice(scored.statement.content)))
    csv.append(csvField: scratch)
    csv.append(byte: 0x0A)

    // statements.jsonl
    func span(_ range: TextRange, start: Int? = nil, end: Int? = nil) {
      json.append("{\"start\":")
      json.append(integer: start ?? converter.scalarOffset(range.start))
      json.append(",\"end\":")
      json.append(integer: end ?? converter.scalarOffset(range.end))
      json.append(",\"text\":")
      json.append(jsonString: slice(range))
      json.append(byte: 0x7D)
    }
    json.append(prefixes.json.buffer)
    json.append(jsonString: scored.statement.speaker.name)
    json.append(",\"actor\":")
    if let actor = scored.statement.speaker.actorID { json.append(jsonString: actor) } else { json.append("null") }
    json.append(",\"speaker_kind\":")
    json.append(quoted: StatementFieldNames.name(of: scored.statement.speaker.kind))
    json.append(",\"mention\":")
    if let mention = scored.statement.mention { span(mention) } else { json.append("null") }
    json.append(",\"cue\":")
    if let cue = scored.statement.cue { span(cue) } else { json.append("null") }
    json.append(",\"kind\":")
    json.append(quoted: StatementFieldNames.name(of: scored.statement.kind))
    json.append(",\"content\":")
    span(scored.statement.content, start: contentStart, end: contentEnd)
    if scored.statement.pieces.count > 1 {
      json.append(",\"pieces\":[")
      for (index, piece) in scored.statement.pieces.enumerated() {
        if index > 0 { json.append(byte: 0x2C) }
        span(piece)
      }
      json.append(byte: 0x5D)
    }
    json.append(",\"targets\":[")
    for (index, target) in scored.statement.targets.enumerated() {
      if index > 0 { json.append(byte: 0x2C) }
      json.append(jsonString: target)
    }
    json.append("],\"score\":")
    json.append(fixed: scored.tone.score)
    json.append(",\"label\":")
    json.append(quoted: StatementFieldNames.name(of: scored.tone.label))
    json.append(",\"evidence\":[")
    for (index, item) in scored.tone.evidence.enumerated() {
      if index > 0 { json.append(byte: 0x2C) }
      json.append("{\"term\":")
      json.append(jsonString: item.term)
      json.append(",\"weight\":")
      json.append(weight: item.weight)
      json.append(",\"rule\":")
      json.append(jsonString: item.rule)
      json.append(",\"start\":")
      json.append(integer: converter.scalarOffset(item.range.start))
      json.append(",\"end\":")
      json.append(integer: converter.scalarOffset(item.range.end))
      json.append(byte: 0x7D)
    }
    json.append("]}\n")
  }
}
