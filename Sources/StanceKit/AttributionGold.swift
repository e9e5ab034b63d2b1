import Foundation
import StanceCore

/// One hand-annotated attribution relation: content, speaker mention and cue, in Unicode-scalar
/// offsets of the document text.
public struct GoldRelation: Sendable {
  /// The content from its first to its last character.
  public var content: Range<Int>
  /// The pieces of a discontinuous content (a quote split by its attribution); `[content]` otherwise.
  public var pieces: [Range<Int>]
  public var speaker: Range<Int>?
  public var speakerActor: String?
  public var cue: Range<Int>?
  public var cueText: String?
  public var kind: StatementKind
}

/// A document of an attribution gold file.
public struct GoldDocument: Sendable {
  public var document: Document
  public var relations: [GoldRelation]
}

/// Reads attribution gold files (JSON Lines: `id`, `text`, `date`, `quotes` with `start`, `end`,
/// `speaker_start`, `speaker_end`, `cue`, `cue_start`, `cue_end`, `kind`, optional `speaker_actor`).
public enum AttributionGold {
  public struct ReadError: Error, CustomStringConvertible {
    public var location: String
    public var message: String
    public var description: String { "\(location): \(message)" }
  }

  public static func read(path: String) throws -> [GoldDocument] {
    var documents: [GoldDocument] = []
    for (lineNumber, record) in try JSONLinesFile.records(path: path) {
      let location = "\(path):\(lineNumber)"
      guard let text = record["text"] as? String else {
        throw ReadError(location: location, message: "no \"text\" string")
      }
      let id = (record["id"] as? String) ?? "line-\(lineNumber)"
      let date = (record["date"] as? String).flatMap { DocumentDate(parsing: $0) }
      var relations: [GoldRelation] = []
      for quote in record["quotes"] as? [[String: Any]] ?? [] {
        guard let start = quote["start"] as? Int, let end = quote["end"] as? Int, start <= end else {
          throw ReadError(location: location, message: "a relation without integer start and end")
        }
        func range(_ startKey: String, _ endKey: String) -> Range<Int>? {
          guard let lower = quote[startKey] as? Int, let upper = quote[endKey] as? Int, lower <= upper else {
            return nil
          }
          return lower..<upper
        }
        let kind = StatementKind(rawValue: quote["kind"] as? String ?? "") ?? .indirect
        let pieces = (quote["content_spans"] as? [[Int]] ?? []).compactMap { pair -> Range<Int>? in
          pair.count == 2 && pair[0] <= pair[1] ? pair[0]..<pair[1] : nil
        }
        relations.append(
          GoldRelation(
            content: start..<end, pieces: pieces.isEmpty ? [start..<end] : pieces,
            speaker: range("speaker_start", "speaker_end"),
            speakerActor: quote["speaker_actor"] as? String, cue: range("cue_start", "cue_end"),
            cueText: quote["cue"] as? String, kind: kind))
      }
      documents.append(GoldDocument(document: Document(id: id, text: text, date: date), relations: relations))
    }
    return documents
  }
}
