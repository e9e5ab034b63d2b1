import Aggregation
import Foundation
import StanceKit

/// `stance score`: the main job.
struct ScoreCommand {
  static let spec = CommandSpec(
    name: "score",
    summary: "Find who said what in a corpus, score every statement's tone, and write the reports.",
    usage: "stance score [INPUT...] [--out DIR] [--lexicons DIR] [--overlay DIR]... [--period P] [--jobs N]",
    options: [
      OptionSpec(name: "out", kind: .value("DIR"), help: "Output folder (default: reports)."),
      OptionSpec(name: "lexicons", kind: .value("DIR"), help: "Lexicon folder replacing the default lexicons."),
      OptionSpec(name: "overlay", kind: .value("DIR"), help: "Lexicon overlay laid over the lexicons (repeatable)."),
      OptionSpec(name: "period", kind: .value("P"), help: "day, week, month (default), quarter or year."),
      OptionSpec(name: "jobs", kind: .value("N"), help: "Worker threads (default: the number of cores)."),
      OptionSpec(
        name: "min-count", kind: .value("N"), help: "Periods with fewer statements are flagged sparse (default 3)."),
      OptionSpec(
        name: "max-doc-bytes", kind: .value("N"), help: "Skip documents larger than N bytes (default 64 MiB)."),
      OptionSpec(name: "strict", kind: .flag, help: "Stop at the first skipped document or warning; write nothing."),
      OptionSpec(name: "quiet", kind: .flag, help: "Print nothing on stderr but errors."),
    ],
    discussion: """
      INPUT is a folder of .txt files (with an optional manifest.csv), a .txt file, a .jsonl file, or - for
      JSON Lines on stdin. With no INPUT the embedded seed articles are scored.
      Writes statements.csv, statements.jsonl, series.csv, actors.csv, report.txt and skipped.csv (every document
      skipped or scored with a warning, with the reason).
      Exit status: 0 every document scored; 3 the run completed but some documents were skipped; 64 bad usage;
      65 invalid lexicon; 66 unreadable input or unwritable output; 67 stopped by --strict.
      """)

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    var options = ScoreOptions()
    options.inputs = arguments.positionals
    if let out = arguments.values["out"] { options.outputFolder = URL(fileURLWithPath: out) }
    if let lexicons = arguments.values["lexicons"] { options.lexiconFolder = URL(fileURLWithPath: lexicons) }
    options.overlayFolders = (arguments.repeatedValues["overlay"] ?? []).map { URL(fileURLWithPath: $0) }
    if let period = arguments.values["period"] {
      guard let value = Period(rawValue: period) else {
        throw UsageError(
          "--period must be one of \(Period.allCases.map(\.rawValue).joined(separator: ", ")), not '\(period)'")
      }
      options.period = value
    }
    if let jobs = arguments.values["jobs"] {
      guard let value = Int(jobs), value >= 1 else {
        throw UsageError("--jobs must be a positive number, not '\(jobs)'")
      }
      options.jobs = value
    }
    if let minimum = arguments.values["min-count"] {
      guard let value = Int(minimum), value >= 1 else { throw UsageError("--min-count must be a positive number") }
      options.minimumCount = value
    }
    if let maximum = arguments.values["max-doc-bytes"] {
      guard let value = Int(maximum), value >= 1 else { throw UsageError("--max-doc-bytes must be a positive number") }
      options.maximumDocumentBytes = value
    }
    options.isStrict = arguments.flags.contains("strict")
    let started = Date()
    let outcome = try ScoreRun.run(options)
    let elapsed = Date().timeIntervalSince(started)
    if !arguments.flags.contains("quiet") {
      printSummary(outcome, elapsed: elapsed, folder: options.outputFolder.relativePath)
    }
    return outcome.summary.documentsSkipped > 0 ? 3 : 0
  }

  static func printSummary(_ outcome: ScoreOutcome, elapsed: Double, folder: String) {
    let summary = outcome.summary
    var lines: [String] = []
    lines.append(
      "documents: \(summary.documentsRead) read, \(summary.documentsScored) scored, \(summary.documentsSkipped) skipped"
    )
    for reason in summary.skipped.keys.sorted() { lines.append("  skipped (\(reason)): \(summary.skipped[reason]!)") }
    for record in outcome.skipped.prefix(5) { lines.append("  \(record.location): \(record.reason): \(record.detail)") }
    let kinds = summary.statementsByKind.keys.sorted { $0.rawValue < $1.rawValue }.map {
      "\($0.rawValue) \(summary.statementsByKind[$0]!)"
    }
    lines.append("statements: \(summary.statements) (\(kinds.joined(separator: ", ")))")
    lines.append("quotations: \(summary.quotes) found, \(summary.unattributedQuotes) left unattributed")
    if summary.unresolvedStatements > 0 {
      lines.append("unresolved speakers: \(summary.unresolvedStatements) statements (kept, not charted)")
    }
    if summary.undatedDocuments > 0 { lines.append("undated documents: \(summary.undatedDocuments)") }
    if !outcome.warnings.isEmpty {
      lines.append("warnings: \(outcome.warnings.count)")
      for warning in outcome.warnings.prefix(10) { lines.append("  \(warning.location): \(warning.message)") }
    }
    let megabytes = Double(summary.bytes) / 1_000_000
    lines.append(
      "elapsed: \(String(format: "%.2f", elapsed)) s (\(String(format: "%.1f", megabytes / max(elapsed, 1e-9))) MB/s) → \(folder)/"
    )
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }
}
