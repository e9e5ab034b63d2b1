import Aggregation
import Foundation
import StanceKit

/// `stance diff`: what moved between two lexicons, and why.
struct DiffCommand {
  static let spec = CommandSpec(
    name: "diff",
    summary: "Score a corpus with two lexicons and report the statements that moved and the entries that moved them.",
    usage:
      "stance diff [INPUT...] [--base DIR] [--lexicons DIR] [--overlay DIR]... [--out DIR] [--gold FILE] [--fail-on G]...",
    options: [
      OptionSpec(
        name: "base", kind: .value("DIR"), help: "The lexicons before the change (default: the default ones)."),
      OptionSpec(
        name: "lexicons", kind: .value("DIR"), help: "The lexicons after the change (default: the default ones)."),
      OptionSpec(name: "overlay", kind: .value("DIR"), help: "Overlay laid over the after side (repeatable)."),
      OptionSpec(name: "out", kind: .value("DIR"), help: "Folder for the CSV files and report.txt (default: diff)."),
      OptionSpec(
        name: "threshold", kind: .value("X"),
        help: "A statement moved when |score shift| > X or its label flipped (0.1)."),
      OptionSpec(
        name: "gold", kind: .value("FILE"), help: "Tone gold JSON Lines: AUC, macro-F1, coverage before and after."),
      OptionSpec(
        name: "fail-on", kind: .value("G"),
        help: "Gate, repeatable or comma-separated: flips, shift>X (an actor's mean), auc-drop>X (needs --gold)."),
      .period,
      OptionSpec(
        name: "min-count", kind: .value("N"), help: "Actors with fewer statements are left out of shift>X (3)."),
      .jobs,
      OptionSpec(
        name: "max-doc-bytes", kind: .value("N"), help: "Skip documents larger than N bytes (default 64 MiB)."),
      OptionSpec(name: "quiet", kind: .flag, help: "Print the report to the output folder only, not to stdout."),
    ],
    discussion: """
      INPUT is read as by 'stance score'; with no INPUT the embedded seed articles are compared. Each statement is
      scored with both lexicons; when they differ only in what scoring reads (tone terms, modifiers, settings, cue
      weights) each document is segmented and attributed once. A moved statement lists its causes: the entries
      added, removed or reweighted (from the evidence of both runs), an entry that fired differently because a
      modifier or a longer phrase changed, settings.tsv, or attribution (a statement only one side finds).
      Writes to --out: moved.csv (one row per moved statement), actors.csv and periods.csv (n, mean before and
      after, shift), entries.csv (the word shift: each changed entry's share of the total score change) and
      report.txt, which is also printed. Every CSV opens with '# stance diff BEFORE → AFTER' (the lexicon identifiers).
      Exit status: 0 no gate failed; 1 a --fail-on gate failed (each failure is printed on stderr); 64 bad usage;
      65 invalid lexicon; 66 unreadable input or unwritable output.
      """)

  /// A CI gate of --fail-on.
  enum Gate: Equatable {
    case flips
    case shift(Double)
    case aucDrop(Double)

    init(_ text: String) throws {
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      if trimmed == "flips" {
        self = .flips
        return
      }
      for (prefix, make) in [("shift>", Gate.shift), ("auc-drop>", Gate.aucDrop)] where trimmed.hasPrefix(prefix) {
        guard let value = Double(trimmed.dropFirst(prefix.count)), value >= 0 else { break }
        self = make(value)
        return
      }
      throw UsageError("--fail-on takes flips, shift>X or auc-drop>X, not '\(text)'")
    }
  }

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    var options = LexiconDiffOptions()
    options.inputs = arguments.positionals
    if let out = arguments.values["out"] { options.outputFolder = URL(fileURLWithPath: out) }
    if let text = arguments.values["threshold"] {
      guard let value = Double(text), value >= 0 else { throw UsageError("--threshold must be a number ≥ 0") }
      options.threshold = value
    }
    options.period = try arguments.period() ?? options.period
    options.minimumCount = try arguments.positive("min-count") ?? options.minimumCount
    options.jobs = try arguments.positive("jobs") ?? options.jobs
    options.maximumDocumentBytes = try arguments.positive("max-doc-bytes") ?? options.maximumDocumentBytes
    options.goldPath = arguments.values["gold"]
    let gates = try (arguments.repeatedValues["fail-on"] ?? []).flatMap { $0.split(separator: ",") }.map {
      try Gate(String($0))
    }
    if gates.contains(where: { if case .aucDrop = $0 { return true } else { return false } }), options.goldPath == nil {
      throw UsageError("--fail-on auc-drop>X needs --gold FILE")
    }
    let before = try LexiconLoader.load(folder: arguments.values["base"].map { URL(fileURLWithPath: $0) })
    let after = try LexiconLoader.load(
      folder: arguments.values["lexicons"].map { URL(fileURLWithPath: $0) },
      overlays: (arguments.repeatedValues["overlay"] ?? []).map { URL(fileURLWithPath: $0) })
    let started = Date()
    let outcome = try LexiconDiff(before: before, after: after).run(options)
    if !arguments.flags.contains("quiet") { print(outcome.report, terminator: "") }
    FileHandle.standardError.write(
      Data(
        ("diff: \(outcome.summary.documents) documents (\(outcome.skippedDocuments) skipped), "
          + "\(outcome.summary.statements) statements, "
          + "\(outcome.summary.moved) moved in \(String(format: "%.2f", Date().timeIntervalSince(started))) s → "
          + "\(options.outputFolder.relativePath)/\n").utf8))
    var failures: [String] = []
    for gate in gates {
      switch gate {
      case .flips where outcome.summary.flipCount > 0:
        failures.append("\(outcome.summary.flipCount) label flips (--fail-on flips)")
      case .shift(let limit):
        if let largest = outcome.summary.largestActorShift(minimumCount: options.minimumCount),
          abs(largest.shift) > limit
        {
          failures.append(
            "actor '\(largest.actor)' moved by \(format(largest.shift)) (--fail-on shift>\(format(limit)))")
        }
      case .aucDrop(let limit):
        if let auc = outcome.goldBefore?.auc, let newAUC = outcome.goldAfter?.auc, auc - newAUC > limit {
          failures.append("AUC dropped by \(format(auc - newAUC)) (--fail-on auc-drop>\(format(limit)))")
        }
      default: break
      }
    }
    for failure in failures { FileHandle.standardError.write(Data("stance: gate failed: \(failure)\n".utf8)) }
    return failures.isEmpty ? 0 : 1
  }
}
