import Aggregation
import Foundation
import StanceCore
import StanceKit

/// `stance compare`: the difference in mean tone between actors, per period and overall.
struct CompareCommand {
  static let spec = CommandSpec(
    name: "compare",
    summary: "Compare actors' mean tone per period and overall, with an interval and a permutation p-value.",
    usage: "stance compare A B [C ...] [INPUT... | --scored DIR] [--period P] [--from D] [--to D] [options]",
    options: [
      OptionSpec(name: "scored", kind: .value("DIR"), help: "Read DIR/statements.jsonl of a stance score run."),
      .period,
      OptionSpec(
        name: "from", kind: .value("DATE"), help: "Only statements dated from DATE (YYYY, YYYY-MM, YYYY-MM-DD)."),
      OptionSpec(name: "to", kind: .value("DATE"), help: "Only statements dated up to DATE (inclusive)."),
      OptionSpec(name: "out", kind: .value("DIR"), help: "Also write compare.csv into DIR."),
      OptionSpec(
        name: "unit", kind: .value("U"),
        help: "statement (default) or document: what one observation is."),
      OptionSpec(name: "exact", kind: .flag, help: "Count an actor's own statements only, not affiliated actors'."),
      .speakerField,
      OptionSpec(
        name: "permutations", kind: .value("N"), help: "Random splits of the permutation test (default 9999)."),
      OptionSpec(
        name: "seed", kind: .value("N"), help: "Seed of the permutation test (default \(PermutationTest.defaultSeed))."),
      OptionSpec(
        name: "min-count", kind: .value("N"), help: "Periods with fewer statements on a side are flagged (default 3)."),
      .lexicons,
      .jobs,
    ],
    discussion: """
      A and B are actor ids or names as a user types them: lavrov, "Sergey Lavrov", russia, USA.
      A registry actor also counts the statements of the actors that roll up into it (Lavrov ->
      Russian Government -> Russia) unless --exact is given; a name outside the registry matches
      speakers of that name.
      The first arguments that are not files or folders are actors; the rest are INPUT, scored on
      the fly as stance score would (a .jsonl file, a folder of .txt files, or - for stdin). With
      neither INPUT nor --scored the embedded seeds are scored.
      For each pair, per period and overall: n and mean tone of each side, the difference of means
      with its 95% Welch t-interval, and a two-sided permutation-test p-value (random splits from a
      SplitMix64 generator with a fixed seed, so the same input always gives the same p; exact when
      there are fewer splits than permutations). The speaker -> target row compares A's statements
      that name B with B's that name A. The table goes to stdout; --out DIR also writes compare.csv.
      Statements of one document are not independent: --unit document makes each document one
      observation (the mean of its statements for that side), for honester intervals and p-values.
      """)

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    var options = CompareOptions()
    // Actors come first; the first positional that is a file, a folder, a path or "-" starts the inputs.
    let split = arguments.positionals.firstIndex(where: isInput) ?? arguments.positionals.count
    options.actors = Array(arguments.positionals[..<split])
    options.inputs = Array(arguments.positionals[split...])
    guard options.actors.count >= 2 else {
      throw UsageError("compare needs at least two actors (usage: \(spec.usage))")
    }
    if let scored = arguments.values["scored"] {
      guard options.inputs.isEmpty else { throw UsageError("give either INPUT or --scored DIR, not both") }
      options.scoredFolder = URL(fileURLWithPath: scored)
    }
    options.lexiconFolder = arguments.url("lexicons")
    if let out = arguments.url("out") { options.outputFolder = out }
    options.period = try arguments.period() ?? options.period
    options.window = try arguments.dateRange()
    options.includesAffiliated = !arguments.flags.contains("exact")
    if let unit = arguments.values["unit"] {
      guard let value = ComparisonUnit(rawValue: unit) else {
        throw UsageError("--unit must be statement or document, not '\(unit)'")
      }
      options.unit = value
    }
    if let field = arguments.values["speaker-field"] { options.speakerField = field }
    options.jobs = try arguments.positive("jobs") ?? options.jobs
    options.minimumCount = try arguments.positive("min-count") ?? options.minimumCount
    var test = PermutationTest()
    test.permutations = try arguments.positive("permutations") ?? test.permutations
    if let seed = arguments.values["seed"] {
      guard let value = UInt64(seed) else { throw UsageError("--seed must be a whole number, not '\(seed)'") }
      test.seed = value
    }
    options.test = test
    let started = Date()
    let outcome = try CompareRun.run(options)
    print(outcome.table, terminator: "")
    let elapsed = Date().timeIntervalSince(started)
    var lines = ["statements: \(outcome.statements) read, \(outcome.matched) of the compared actors"]
    if outcome.skippedDocuments > 0 { lines.append("documents skipped: \(outcome.skippedDocuments)") }
    for selector in outcome.selectors where selector.actorID == nil {
      lines.append("note: '\(selector.query)' names no registry actor; matched as an unregistered speaker's name")
    }
    if let out = options.outputFolder { lines.append("compare.csv → \(out.relativePath)/") }
    lines.append("elapsed: \(String(format: "%.2f", elapsed)) s")
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    return 0
  }

  /// Whether a positional argument names an input rather than an actor.
  static func isInput(_ argument: String) -> Bool {
    if argument == "-" || argument.contains("/") || FileManager.default.fileExists(atPath: argument) { return true }
    let lowered = argument.lowercased()
    return [".jsonl", ".ndjson", ".json", ".txt"].contains { lowered.hasSuffix($0) }
  }
}
