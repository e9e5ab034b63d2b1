import Aggregation
import Foundation
import StanceCore
import StanceKit

/// `stance merge`: combines shards into the reports of one run.
struct MergeCommand {
  static let spec = CommandSpec(
    name: "merge",
    summary: "Combine the partial files of shards (stance score --shard I/N) into the reports of one run.",
    usage:
      "stance merge PARTIAL... [--out DIR] [--lexicons DIR] [--period P] [--from DATE] [--to DATE] [--by G] [--jobs N]",
    options: [
      OptionSpec(name: "out", kind: .value("DIR"), help: "Output folder (default: reports)."),
      OptionSpec(name: "lexicons", kind: .value("DIR"), help: "The lexicon folder the shards were scored with."),
      OptionSpec(name: "period", kind: .value("P"), help: "day, week, month, quarter or year (default: the shards')."),
      .from,
      .to,
      OptionSpec(name: "by", kind: .value("G"), help: "actor or affiliation (default: the shards')."),
      OptionSpec(name: "keep-duplicates", kind: .flag, help: "Count repeated statements each time."),
      OptionSpec(
        name: "min-count", kind: .value("N"), help: "Periods with fewer statements are flagged sparse (default 3)."),
      .jobs,
      .quiet,
    ],
    discussion: """
      PARTIAL is a shard's partial.jsonl, a folder holding one, or - for partial lines on stdin (several shards
      concatenated in any order, as a batch engine's reducer receives them). Every shard of the split is needed.
      Writes series.csv, actors.csv and report.txt, identical to those of a single run over the whole corpus
      with the same options. The statements stay in each shard's statements.csv and statements.jsonl.
      Exit status: 0 merged; 64 bad usage or missing shards; 65 a malformed partial file or shards scored with
      other lexicons; 66 unreadable input or unwritable output.
      """)

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    var options = MergeOptions()
    options.inputs = arguments.positionals
    guard !options.inputs.isEmpty else { throw UsageError("usage: \(spec.usage)") }
    options.outputFolder = arguments.url("out") ?? options.outputFolder
    options.lexiconFolder = arguments.url("lexicons")
    options.period = try arguments.period()
    if arguments.values["from"] != nil || arguments.values["to"] != nil { options.range = try arguments.dateRange() }
    options.level = try arguments.grouping()
    if arguments.flags.contains("keep-duplicates") { options.collapsesDuplicates = false }
    options.minimumCount = try arguments.positive("min-count") ?? options.minimumCount
    options.jobs = try arguments.positive("jobs") ?? options.jobs
    let (summary, counts) = try MergeRun.run(options)
    if !arguments.flags.contains("quiet") {
      FileHandle.standardError.write(
        Data(
          ("merged \(options.inputs.count) input(s): \(summary.documentsRead) documents, \(summary.statements) statements, "
            + "\(counts.counted) charted, \(counts.duplicates) duplicates collapsed → \(options.outputFolder.relativePath)/\n")
            .utf8))
    }
    return 0
  }
}
