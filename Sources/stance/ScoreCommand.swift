import Aggregation
import Foundation
import StanceCore
import StanceKit

/// `stance score`: the main job.
struct ScoreCommand {
  static let spec = CommandSpec(
    name: "score",
    summary: "Find who said what in a corpus, score every statement's tone, and write the reports.",
    usage:
      "stance score [INPUT...] [--out DIR] [--lexicons DIR] [--overlay DIR]... [--period P] [--from DATE] [--to DATE] [--by G] [--jobs N]",
    options: [
      OptionSpec(name: "out", kind: .value("DIR"), help: "Output folder (default: reports)."),
      .lexicons,
      .overlay,
      .period,
      .from,
      .to,
      OptionSpec(
        name: "by", kind: .value("G"),
        help: "actor (default), or affiliation: roll people up to their country or organisation."),
      OptionSpec(
        name: "keep-duplicates", kind: .flag,
        help: "Count a speaker's same words in several documents each time (default: once)."),
      .jobs,
      .speakerField,
      OptionSpec(
        name: "shard", kind: .value("I/N"),
        help: "Score only slice I of N (by a hash of the document id) and write partial.jsonl for stance merge."),
      OptionSpec(
        name: "part", kind: .value("I/N"),
        help: "Score all the input as part I of N of a corpus split by a batch engine; write partial.jsonl."),
      OptionSpec(
        name: "partial", kind: .value("FILE"),
        help: "Where the partial file goes (default partial.jsonl in --out with --shard; - for stdout)."),
      OptionSpec(
        name: "min-count", kind: .value("N"), help: "Periods with fewer statements are flagged sparse (default 3)."),
      OptionSpec(
        name: "max-doc-bytes", kind: .value("N"), help: "Skip documents larger than N bytes (default 64 MiB)."),
      OptionSpec(name: "strict", kind: .flag, help: "Stop at the first skipped document or warning; write nothing."),
      .quiet,
    ],
    discussion: """
      INPUT is a folder of .txt files (with an optional manifest.csv), a .txt file, a .jsonl file, or - for
      JSON Lines on stdin. With no INPUT the embedded seed articles are scored.
      Writes statements.csv, statements.jsonl, series.csv, actors.csv, report.txt, chart.svg and skipped.csv (every
      document skipped or scored with a warning, with the reason). A statement dated less precisely than --from/--to is
      charted only when its whole span lies inside ("2021" is outside --from 2021-06); undated statements are
      outside any range. With --shard, combine the shards' folders with stance merge.
      Exit status: 0 every document scored; 3 the run completed but some documents were skipped; 64 bad usage;
      65 invalid lexicon; 66 unreadable input or unwritable output; 67 stopped by --strict.
      """)

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    var options = ScoreOptions()
    options.inputs = arguments.positionals
    options.outputFolder = arguments.url("out") ?? options.outputFolder
    options.lexiconFolder = arguments.url("lexicons")
    options.overlayFolders = (arguments.repeatedValues["overlay"] ?? []).map { URL(fileURLWithPath: $0) }
    options.period = try arguments.period() ?? options.period
    options.aggregation.range = try arguments.dateRange()
    options.aggregation.level = try arguments.grouping() ?? options.aggregation.level
    options.aggregation.collapsesDuplicates = !arguments.flags.contains("keep-duplicates")
    if let shard = arguments.values["shard"] {
      guard let value = Shard(parsing: shard) else {
        throw UsageError("--shard must be I/N with 1 ≤ I ≤ N, not '\(shard)'")
      }
      options.shard = value
      options.partialPath = PartialFile.name
    }
    if let part = arguments.values["part"] {
      guard arguments.values["shard"] == nil else { throw UsageError("--part and --shard cannot be combined") }
      guard let value = Shard(parsing: part) else {
        throw UsageError("--part must be I/N with 1 ≤ I ≤ N, not '\(part)'")
      }
      options.shard = value
      options.shardSelectsDocuments = false
      options.partialPath = PartialFile.name
    }
    if let partial = arguments.values["partial"] { options.partialPath = partial }
    options.showsProgress = !arguments.flags.contains("quiet")
    options.jobs = try arguments.positive("jobs") ?? options.jobs
    if let field = arguments.values["speaker-field"] { options.speakerField = field }
    options.minimumCount = try arguments.positive("min-count") ?? options.minimumCount
    options.maximumDocumentBytes = try arguments.positive("max-doc-bytes") ?? options.maximumDocumentBytes
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
    if outcome.counts.duplicates > 0 { lines.append("duplicates collapsed: \(outcome.counts.duplicates)") }
    if outcome.counts.outsideRange > 0 { lines.append("outside --from/--to: \(outcome.counts.outsideRange)") }
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
