import Aggregation
import Foundation
import Reporting
import StanceCore

/// The mergeable output of a shard (`stance score --shard i/n`), as JSON Lines: one
/// `"type":"statement"` line per statement with what the aggregate stage needs (who, when, score,
/// label, targets, words), in input order, and a last `"type":"shard"` line with the shard's run
/// summary and the options that must agree between shards.
///
/// `stance merge` replays the statement lines of every shard in input order through the same
/// aggregator as a single run, so duplicate collapse works across shards and every figure (means,
/// medians, intervals, shares) is exactly that of a single run. A line holds no offsets or evidence:
/// about the size of the statement's text plus 200 bytes.
public enum PartialFile {
  public static let name = "partial.jsonl"

  /// The settings two shards must share to be merged.
  public struct Settings: Sendable, Hashable {
    public var lexicon: String
    public var period: Period
    public var range: DateRange
    public var level: ActorGrouping.Level
    public var collapsesDuplicates: Bool
  }

  /// The trailer of a shard's partial file.
  public struct Trailer: Sendable, Hashable {
    public var shard: Shard
    public var settings: Settings
    public var summary: RunSummary
  }

  /// A statement line.
  public static func statementLine(_ record: StatementRecord, shard: Shard) -> String {
    var line = "{\"type\":\"statement\",\"shard\":\"\(shard)\",\"order\":\(record.order)"
    line += ",\"doc\":\(Formatting.jsonString(record.document))"
    line += ",\"date\":\(record.date.map { Formatting.jsonString($0.description) } ?? "null")"
    line += ",\"speaker\":\(Formatting.jsonString(record.speaker.name))"
    line += ",\"actor\":\(record.speaker.actorID.map(Formatting.jsonString) ?? "null")"
    line += ",\"speaker_kind\":\(Formatting.jsonString(record.speaker.kind.rawValue))"
    line += ",\"score\":\(Formatting.fixed(record.score)),\"label\":\(Formatting.jsonString(record.label.rawValue))"
    line += ",\"targets\":\(Formatting.jsonString(record.targets.joined(separator: " ")))"
    line += ",\"text\":\(Formatting.jsonString(record.text))}"
    return line
  }

  /// The trailer line.
  public static func trailerLine(_ trailer: Trailer) -> String {
    let summary = trailer.summary
    let settings = trailer.settings
    var fields: [(String, String)] = [
      ("type", Formatting.jsonString("shard")), ("shard", Formatting.jsonString(trailer.shard.description)),
      ("lexicon", Formatting.jsonString(settings.lexicon)), ("period", Formatting.jsonString(settings.period.rawValue)),
      ("from", settings.range.from.map { Formatting.jsonString($0.description) } ?? "null"),
      ("to", settings.range.to.map { Formatting.jsonString($0.description) } ?? "null"),
      ("by", Formatting.jsonString(settings.level.rawValue)),
      ("collapse_duplicates", settings.collapsesDuplicates ? "true" : "false"),
      ("documents_read", String(summary.documentsRead)), ("documents_scored", String(summary.documentsScored)),
      ("undated_documents", String(summary.undatedDocuments)), ("statements", String(summary.statements)),
      ("quotes", String(summary.quotes)), ("unattributed_quotes", String(summary.unattributedQuotes)),
      ("unresolved_statements", String(summary.unresolvedStatements)), ("bytes", String(summary.bytes)),
    ]
    for kind in [StatementKind.direct, .indirect, .mixed] {
      fields.append(("statements_\(kind.rawValue)", String(summary.statementsByKind[kind] ?? 0)))
    }
    for reason in summary.skipped.keys.sorted() {
      fields.append(("skipped_\(reason)", String(summary.skipped[reason]!)))
    }
    return "{" + fields.map { "\(Formatting.jsonString($0.0)):\($0.1)" }.joined(separator: ",") + "}"
  }

  /// A line of a partial file, read back.
  public enum Line: Sendable {
    case statement(StatementRecord, shard: Shard)
    case trailer(Trailer)
  }

  /// Reads one line; `location` names it in errors.
  public static func parse(_ bytes: [UInt8], location: String) throws -> Line {
    let object: JSONObjectParser.Object
    do {
      object = try JSONObjectParser.parse(bytes)
    } catch {
      throw StanceError.invalidInput(location: location, reason: error.description)
    }
    func fail(_ reason: String) -> StanceError { StanceError.invalidInput(location: location, reason: reason) }
    func string(_ key: String) throws -> String {
      guard case .string(let value)? = object[key] else { throw fail("\"\(key)\" must be a string") }
      return value
    }
    func optionalString(_ key: String) throws -> String? {
      if case .null? = object[key] { return nil }
      if object[key] == nil { return nil }
      return try string(key)
    }
    func integer(_ key: String) throws -> Int {
      guard case .number(let value)? = object[key], let number = Int(value) else {
        throw fail("\"\(key)\" must be an integer")
      }
      return number
    }
    func date(_ key: String) throws -> DocumentDate? {
      guard let raw = try optionalString(key) else { return nil }
      guard let date = DocumentDate(parsing: raw) else { throw fail("unreadable \"\(key)\" '\(raw)'") }
      return date
    }
    let shardText = try string("shard")
    guard let shard = Shard(parsing: shardText) else { throw fail("unreadable shard '\(shardText)'") }
    switch try string("type") {
    case "statement":
      guard case .number(let scoreText)? = object["score"], let score = Double(scoreText), (-1...1).contains(score)
      else { throw fail("\"score\" must be a number in [-1, 1]") }
      let labelText = try string("label")
      guard let label = ToneLabel(rawValue: labelText) else { throw fail("unknown label '\(labelText)'") }
      let kindText = try string("speaker_kind")
      guard let kind = Speaker.Kind(rawValue: kindText) else { throw fail("unknown speaker_kind '\(kindText)'") }
      let targets = try string("targets").split(separator: " ").map(String.init)
      let record = StatementRecord(
        speaker: Speaker(name: try string("speaker"), actorID: try optionalString("actor"), kind: kind), score: score,
        label: label, document: try string("doc"), date: try date("date"), text: try string("text"),
        targets: targets, order: try integer("order"))
      return .statement(record, shard: shard)
    case "shard":
      let periodText = try string("period")
      guard let period = Period(rawValue: periodText) else { throw fail("unknown period '\(periodText)'") }
      let levelText = try string("by")
      guard let level = ActorGrouping.Level(rawValue: levelText) else { throw fail("unknown grouping '\(levelText)'") }
      guard case .bool(let collapses)? = object["collapse_duplicates"] else {
        throw fail("\"collapse_duplicates\" must be true or false")
      }
      var summary = RunSummary()
      summary.documentsRead = try integer("documents_read")
      summary.documentsScored = try integer("documents_scored")
      summary.undatedDocuments = try integer("undated_documents")
      summary.statements = try integer("statements")
      summary.quotes = try integer("quotes")
      summary.unattributedQuotes = try integer("unattributed_quotes")
      summary.unresolvedStatements = try integer("unresolved_statements")
      summary.bytes = try integer("bytes")
      for kind in [StatementKind.direct, .indirect, .mixed] {
        let count = try integer("statements_\(kind.rawValue)")
        if count > 0 { summary.statementsByKind[kind] = count }
      }
      for key in object.keys where key.hasPrefix("skipped_") {
        summary.skipped[String(key.dropFirst("skipped_".count))] = try integer(key)
      }
      let settings = Settings(
        lexicon: try string("lexicon"), period: period, range: DateRange(from: try date("from"), to: try date("to")),
        level: level, collapsesDuplicates: collapses)
      return .trailer(Trailer(shard: shard, settings: settings, summary: summary))
    case let other:
      throw fail("unknown line type '\(other)'")
    }
  }
}

extension ReportWriter {
  /// The settings a partial file records, for `stance merge` to check.
  var partialSettings: PartialFile.Settings {
    PartialFile.Settings(
      lexicon: lexicons.identifier, period: options.period, range: options.range, level: options.level,
      collapsesDuplicates: options.collapsesDuplicates)
  }
}
