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
    guard !statements.isEmpty else { return ([], []) }
    var csv = OutputBytes(capacity: statements.count * 512)
    var json = OutputBytes(capacity: statements.count * 1024)
    let converter = ScalarOffsetConverter(document.text)
    // The first statement's lines start with the document's fields; the others copy them from there.
    let prefixes = writePrefixes(of: document.document, csv: &csv, json: &json)
    var scratch = OutputBytes(capacity: 1024)
    document.text.withBytes { text in
      for index in statements.indices {
        if index > 0 {
          csv.append(copyOf: 0..<prefixes.csv)
          json.append(copyOf: 0..<prefixes.json)
        }
        write(statements[index], text: text, converter: converter, csv: &csv, json: &json, scratch: &scratch)
      }
    }
    return (csv.bytes, json.bytes)
  }

  /// Writes the fields every line of a document starts with: the doc and date fields of a CSV row,
  /// each followed by its comma, and a JSON line up to the speaker's value
  /// (`{"doc":…,"date":…,"speaker":`). Returns how many bytes each took.
  private func writePrefixes(of document: Document, csv: inout OutputBytes, json: inout OutputBytes) -> (
    csv: Int, json: Int
  ) {
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
    return (csv.count, json.count)
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
    _ scored: borrowing ScoredStatement, text: UnsafeBufferPointer<UInt8>,
    converter: ScalarOffsetConverter, csv: inout OutputBytes, json: inout OutputBytes, scratch: inout OutputBytes
  ) {
    func slice(_ range: TextRange) -> Slice<UnsafeBufferPointer<UInt8>> {
      text[min(range.start, text.count)..<min(range.end, text.count)]
    }
    func comma() { csv.append(byte: 0x2C) }

    // statements.csv (after the document's fields)
    csv.append(csvField: scored.statement.speaker.name)
    comma()
    if let actor = scored.statement.speaker.actorID { csv.append(csvField: actor) }
    comma()
    if let mention = scored.statement.mention {
      csv.append(oneLineCSVField: UnsafeBufferPointer(rebasing: slice(mention)), scratch: &scratch)
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
    let score = csv.count
    csv.append(fixed: scored.tone.score)
    let scoreEnd = csv.count
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
    // The score and the content's offsets are written once, here, and copied into the JSON line.
    let contentStart = csv.count
    csv.append(integer: converter.scalarOffset(scored.statement.content.start))
    let contentStartEnd = csv.count
    comma()
    csv.append(integer: converter.scalarOffset(scored.statement.content.end))
    let contentEnd = contentStartEnd + 1..<csv.count
    comma()
    csv.append(oneLineCSVField: UnsafeBufferPointer(rebasing: slice(scored.statement.content)), scratch: &scratch)
    csv.append(byte: 0x0A)

    // statements.jsonl
    /// A span; `written` holds its offsets when the CSV row has them already.
    func span(_ range: TextRange, written: (start: Range<Int>, end: Range<Int>)? = nil) {
      json.append("{\"start\":")
      if let written {
        json.append(copyOf: written.start, in: csv)
      } else {
        json.append(integer: converter.scalarOffset(range.start))
      }
      json.append(",\"end\":")
      if let written {
        json.append(copyOf: written.end, in: csv)
      } else {
        json.append(integer: converter.scalarOffset(range.end))
      }
      json.append(",\"text\":")
      json.append(jsonString: slice(range))
      json.append(byte: 0x7D)
    }
    json.append(jsonString: scored.statement.speaker.name)
    json.append(",\"actor\":")
    if let actor = scored.statement.speaker.actorID { json.append(jsonString: actor) } else { json.append("null") }
    json.append(StatementFieldNames.jsonMembers(speakerKind: scored.statement.speaker.kind))
    if let mention = scored.statement.mention { span(mention) } else { json.append("null") }
    json.append(",\"cue\":")
    if let cue = scored.statement.cue { span(cue) } else { json.append("null") }
    json.append(StatementFieldNames.jsonMembers(kind: scored.statement.kind))
    span(scored.statement.content, written: (contentStart..<contentStartEnd, contentEnd))
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
    json.append(copyOf: score..<scoreEnd, in: csv)
    json.append(StatementFieldNames.jsonMembers(label: scored.tone.label))
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
