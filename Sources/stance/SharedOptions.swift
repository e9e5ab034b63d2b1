import Aggregation
import Foundation
import StanceCore

/// Reading the options several commands share, with one message for each mistake.
extension ParsedArguments {
  /// `--period`, if given.
  func period() throws(UsageError) -> Period? {
    guard let text = values["period"] else { return nil }
    guard let period = Period(rawValue: text) else {
      throw UsageError(
        "--period must be one of \(Period.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
    }
    return period
  }

  /// `--from` and `--to` (both optional); `--from` after `--to` is refused.
  func dateRange() throws(UsageError) -> DateRange {
    func date(_ name: String) throws(UsageError) -> DocumentDate? {
      guard let raw = values[name] else { return nil }
      guard let date = DocumentDate(parsing: raw) else {
        throw UsageError("--\(name) must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '\(raw)'")
      }
      return date
    }
    let range = DateRange(from: try date("from"), to: try date("to"))
    guard !range.isEmpty else { throw UsageError("--from is after --to") }
    return range
  }

  /// `--by`, if given.
  func grouping() throws(UsageError) -> ActorGrouping.Level? {
    guard let text = values["by"] else { return nil }
    guard let level = ActorGrouping.Level(rawValue: text) else {
      throw UsageError("--by must be actor or affiliation, not '\(text)'")
    }
    return level
  }

  /// A whole-number option of at least 1, if given.
  func positive(_ name: String) throws(UsageError) -> Int? {
    guard let text = values[name] else { return nil }
    guard let value = Int(text), value >= 1 else {
      throw UsageError("--\(name) must be a positive number, not '\(text)'")
    }
    return value
  }

  /// A folder or file option as a URL, if given.
  func url(_ name: String) -> URL? {
    values[name].map { URL(fileURLWithPath: $0) }
  }
}

/// Options several commands declare alike.
extension OptionSpec {
  static let lexicons = OptionSpec(
    name: "lexicons", kind: .value("DIR"), help: "Lexicon folder replacing the default lexicons.")
  static let overlay = OptionSpec(
    name: "overlay", kind: .value("DIR"), help: "Lexicon overlay laid over the lexicons (repeatable).")
  static let jobs = OptionSpec(name: "jobs", kind: .value("N"), help: "Worker threads (default: the number of cores).")
  static let period = OptionSpec(
    name: "period", kind: .value("P"), help: "day, week, month (default), quarter or year.")
  static let from = OptionSpec(
    name: "from", kind: .value("DATE"), help: "Only statements dated on or after DATE (YYYY[-MM[-DD]]).")
  static let to = OptionSpec(
    name: "to", kind: .value("DATE"), help: "Only statements dated on or before DATE (YYYY[-MM[-DD]]).")
  static let quiet = OptionSpec(name: "quiet", kind: .flag, help: "Print nothing on stderr but errors.")
  static let speakerField = OptionSpec(
    name: "speaker-field", kind: .value("FIELD"),
    help: "JSON Lines field naming a document's own speaker (default: speaker; e.g. country for speeches).")
}
