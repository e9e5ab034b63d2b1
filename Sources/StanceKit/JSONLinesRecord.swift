import Foundation
import StanceCore

/// Decodes one JSON Lines record into a document.
enum JSONLinesRecord {
  /// The fields a document is made of, with the default speaker field.
  static let standardFields = JSONObjectParser.FieldNames(fields(speakerField: "speaker"))

  static func fields(speakerField: String) -> [String] {
    ["id", "text", "date", "source", "title", "unit", speakerField]
  }

  /// The fields to read when the speaker is in `speakerField`.
  static func fieldNames(speakerField: String) -> JSONObjectParser.FieldNames {
    speakerField == "speaker" ? standardFields : JSONObjectParser.FieldNames(fields(speakerField: speakerField))
  }

  /// The document of a record, or why it is skipped. `source` names the input for messages;
  /// `speakerField` is the field that names the document's own speaker.
  static func decode(
    _ line: [UInt8], lineNumber: Int, source: String, speakerField: String = "speaker",
    warnings: inout [CorpusWarning]
  ) -> CorpusItem? {
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    // Built only for a warning: most records have none.
    func location() -> String { "\(source):\(lineNumber)" }
    let record: JSONObjectParser.Object
    do {
      record = try JSONObjectParser.parse(line, keeping: fieldNames(speakerField: speakerField))
    } catch {
      return .skipped(
        SkipRecord(
          document: source, line: lineNumber, reason: "malformed-json",
          detail: error.description))
    }
    let id: String
    switch record["id"] {
    case .string(let text)?: id = text
    case .number(let number)?: id = number
    default: id = "\(source):\(lineNumber)"
    }
    guard case .string(let text)? = record["text"] else {
      let detail = record["text"] == nil ? "no \"text\" field" : "\"text\" is not a string"
      return .skipped(
        SkipRecord(document: id, line: lineNumber, reason: "missing-text", detail: detail))
    }
    func string(_ key: String) -> String? {
      switch record[key] {
      case nil, .null?: return nil
      case .string(let text)?: return text
      default:
        warnings.append(CorpusWarning(location: location(), message: "\"\(key)\" is not a string; ignored"))
        return nil
      }
    }
    var date: DocumentDate? = nil
    if let raw = string("date") {
      date = DocumentDate(parsing: raw)
      if date == nil {
        warnings.append(CorpusWarning(location: location(), message: "unreadable date '\(raw)'; undated"))
      }
    }
    let unit = string("unit")
    if let unit, unit != "statement", unit != "document" {
      warnings.append(CorpusWarning(location: location(), message: "unknown unit '\(unit)'; read as a document"))
    }
    return .document(
      Document(
        id: id, text: text, date: date, source: string("source"), title: string("title"), speaker: string(speakerField),
        isStatementUnit: unit == "statement", hasTitleLine: false))
  }
}
