import Foundation
import StanceCore
import StanceKit

/// `stance eval attribution`: measures attribution against a gold file, with a gate for CI.
struct EvalCommand {
  static let spec = CommandSpec(
    name: "eval",
    summary: "Measure attribution or tone against a labelled gold file; exits 1 below a gate.",
    usage:
      "stance eval attribution|tone --gold FILE.jsonl [--min-f1 X] [--min-auc X] [--lexicons DIR] [--overlay DIR]... [--jobs N]",
    options: [
      OptionSpec(name: "gold", kind: .value("FILE"), help: "Gold JSON Lines: id, text, date, quotes (see README)."),
      OptionSpec(
        name: "min-f1", kind: .value("X"), help: "attribution: fail when speech-cue F1 at 30% overlap is below X."),
      OptionSpec(name: "min-auc", kind: .value("X"), help: "tone: fail when the AUC is below X."),
      .lexicons,
      .overlay,
      .jobs,
    ],
    discussion: """
      A predicted statement matches a gold relation when it covers at least 30% (lenient) or 80% (strict)
      of the gold content's characters, one to one, best coverage first. The speaker is right when the
      predicted mention overlaps the gold mention (or, where the gold names a registry actor, when the
      actor is the same); the cue is right when the cues overlap. Speech-cue relations are those whose
      cue is a reporting cue of the lexicon or a colon.
      Tone: each record (text, optional speaker, label_polarity -1/0/+1 or label) is scored as one statement;
      the AUC ranks the confrontational score against conflict (±1 records), macro-F1 compares labels, and
      records whose label_name is "irrelevant" are left out.
      """)

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    guard arguments.positionals == ["attribution"] || arguments.positionals == ["tone"] else {
      throw UsageError("usage: \(spec.usage)")
    }
    guard let gold = arguments.values["gold"] else { throw UsageError("--gold FILE is required") }
    if arguments.positionals == ["tone"] { return try runTone(arguments, gold: gold) }
    let minimumF1 = try gate("min-f1", in: arguments)
    let documents = try AttributionGold.read(path: gold)
    let evaluator = AttributionEvaluator(pipeline: try pipeline(for: arguments))
    let reports = evaluator.evaluate(documents, jobs: jobs(in: arguments))
    print(AttributionTable.render(reports, documents: documents.count))
    if let minimumF1, let lenient = reports.first, lenient.speechCue.f1 < minimumF1 {
      FileHandle.standardError.write(
        Data("stance: speech-cue F1 \(format(lenient.speechCue.f1)) is below --min-f1 \(format(minimumF1))\n".utf8))
      return 1
    }
    return 0
  }
}

extension EvalCommand {
  /// A gate value in 0...1 from `--NAME`, if given.
  static func gate(_ name: String, in arguments: ParsedArguments) throws -> Double? {
    guard let text = arguments.values[name] else { return nil }
    guard let value = Double(text), (0...1).contains(value) else { throw UsageError("--\(name) must be in 0...1") }
    return value
  }

  static func jobs(in arguments: ParsedArguments) -> Int {
    max(1, Int(arguments.values["jobs"] ?? "") ?? ProcessInfo.processInfo.activeProcessorCount)
  }

  static func pipeline(for arguments: ParsedArguments) throws -> Pipeline {
    Pipeline(
      lexicons: try LexiconLoader.load(
        folder: arguments.values["lexicons"].map { URL(fileURLWithPath: $0) },
        overlays: (arguments.repeatedValues["overlay"] ?? []).map { URL(fileURLWithPath: $0) }))
  }

  static func runTone(_ arguments: ParsedArguments, gold: String) throws -> Int32 {
    let minimumAUC = try gate("min-auc", in: arguments)
    let items = try ToneEvaluator.read(path: gold)
    let report = ToneEvaluator(pipeline: try pipeline(for: arguments)).evaluate(items, jobs: jobs(in: arguments))
    var lines = ["tone on \(report.count) statements"]
    lines.append("AUC (confrontational score vs conflict): \(format(report.auc))")
    lines.append("macro-F1: \(format(report.macroF1))   statements with evidence: \(format(report.coverage))")
    lines.append("gold \\ predicted   confrontational   neutral   conciliatory")
    for (name, row) in zip(["confrontational", "neutral", "conciliatory"], report.confusion) {
      lines.append(
        name.padding(toLength: 18) + String(row[0]).padding(toLength: 18) + String(row[1]).padding(toLength: 10)
          + String(row[2]))
    }
    print(lines.joined(separator: "\n"))
    if let minimumAUC, report.auc < minimumAUC {
      FileHandle.standardError.write(
        Data("stance: AUC \(format(report.auc)) is below --min-auc \(format(minimumAUC))\n".utf8))
      return 1
    }
    return 0
  }
}

/// The attribution metrics as a plain-text table.
enum AttributionTable {
  static func render(_ reports: [AttributionEvaluator.Report], documents: Int) -> String {
    var lines = ["attribution on \(documents) documents"]
    lines.append(
      "slice".padding(toLength: 22) + "overlap  " + "gold".padding(toLength: 7) + "pred".padding(toLength: 7)
        + "match  precision  recall     F1  speaker    cue")
    for report in reports {
      var rows: [(String, AttributionEvaluator.Counts)] = [
        ("speech-cue relations", report.speechCue), ("all relations", report.all),
      ]
      for kind in [StatementKind.direct, .mixed, .indirect] {
        if let counts = report.byKind[kind] { rows.append(("  \(kind.rawValue)", counts)) }
      }
      for (name, counts) in rows {
        lines.append(
          name.padding(toLength: 22) + "≥\(Int(report.threshold * 100))%".padding(toLength: 9)
            + String(counts.gold).padding(toLength: 7) + String(counts.predicted).padding(toLength: 7)
            + String(counts.matched).padding(toLength: 7) + format(counts.precision).padding(toLength: 11)
            + format(counts.recall).padding(toLength: 9) + format(counts.f1).padding(toLength: 7)
            + format(counts.speakerAccuracy).padding(toLength: 9) + format(counts.cueAccuracy))
      }
    }
    lines.append("(by kind: recall by gold kind, precision by predicted kind)")
    return lines.joined(separator: "\n")
  }
}

func format(_ value: Double) -> String { String(format: "%.3f", value) }
