import Foundation
import StanceCore
import StanceKit

/// `stance lexicon check` validates a lexicon folder; `stance lexicon import` converts a dictionary.
struct LexiconCommand {
  static let spec = CommandSpec(
    name: "lexicon",
    summary: "Check a lexicon folder (file:line: message for each problem), or import a dictionary.",
    usage: "stance lexicon check [DIR] [--overlay DIR]... | stance lexicon import --format vader|dic FILE --out DIR",
    options: [
      OptionSpec(
        name: "overlay", kind: .value("DIR"), help: "check: lay this overlay over the lexicons (repeatable)."),
      OptionSpec(
        name: "format", kind: .value("F"), help: "import: vader or dic (default: dic for .dic files, else vader)."),
      OptionSpec(name: "out", kind: .value("DIR"), help: "import: the folder to write tone.tsv into."),
      OptionSpec(
        name: "weight", kind: .value("X"), help: "import, dic: the weight of each term, 0.1...4 (default 1.5)."),
      OptionSpec(
        name: "complete", kind: .flag,
        help: "import: also copy the other default lexicon files, so DIR works as --lexicons."),
    ],
    discussion: """
      check: with no DIR the default lexicons are checked. A lexicon that does not load (format, duplicates, weights
      out of range, unknown categories, removals of nothing) is reported on stderr as file:line: message, exit 65.
      Otherwise conflicts and terms that can never match are errors; shadowed terms, skipped characters and
      overlapping roles are warnings; each is printed as file:line: error|warning: message. Exits 1 when there
      are errors, 0 when there are only warnings or none.
      import: writes DIR/tone.tsv, usable as --overlay DIR (adds to and overrides our terms) or, with --complete, as
      --lexicons DIR. A dictionary file can also be given directly as --overlay FILE.
        VADER (token TAB mean TAB sd TAB ratings): weight = mean rounded to one decimal (VADER's -4..+4 is our
        scale); |mean| < 0.5 is left out as neutral; category hostility when negative, support when positive.
        LIWC / Lexicoder .dic (% block of id TAB category, then term TAB ids; * ends a wildcard): categories named
        pos... are conciliatory, neg... confrontational, a neg_ prefix negates (neg_positive is confrontational);
        other categories are ignored; each term gets +-weight; terms in categories of both signs are left out.
      Lines left out are listed on stderr as file:line: message.
      """)

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    switch arguments.positionals.first {
    case "check" where arguments.positionals.count <= 2: return try check(arguments)
    case "import" where arguments.positionals.count == 2: return try importDictionary(arguments)
    default: throw UsageError("usage: \(spec.usage)")
    }
  }

  static func check(_ arguments: ParsedArguments) throws -> Int32 {
    let folder = arguments.positionals.count == 2 ? URL(fileURLWithPath: arguments.positionals[1]) : nil
    let overlays = (arguments.repeatedValues["overlay"] ?? []).map { URL(fileURLWithPath: $0) }
    // A lexicon that does not load is reported like in every command: file:line: message, exit 65.
    let lexicons = try LexiconLoader.load(folder: folder, overlays: overlays)
    let findings = LexiconCheck.check(lexicons)
    for finding in findings { print(finding) }
    let errors = findings.filter { $0.severity == .error }.count
    print(
      "\(errors == 0 ? "ok" : "\(errors) errors"), \(findings.count - errors) warnings: \(lexicons.tone.count) tone terms, "
        + "\(lexicons.cues.count) cues, \(lexicons.modifiers.count) modifiers, \(lexicons.actors.count) actors, "
        + "\(lexicons.boilerplate.count) boilerplate patterns, \(lexicons.abbreviations.count) abbreviations; "
        + "lexicon \(lexicons.identifier)")
    return errors == 0 ? 0 : 1
  }

  static func importDictionary(_ arguments: ParsedArguments) throws -> Int32 {
    let file = URL(fileURLWithPath: arguments.positionals[1])
    guard let out = arguments.values["out"] else { throw UsageError("--out DIR is required") }
    var format = LexiconImport.format(of: file)
    if let name = arguments.values["format"] {
      guard let value = LexiconImport.Format(rawValue: name) else { throw UsageError("--format must be vader or dic") }
      format = value
    }
    var weight = LexiconImport.defaultDictionaryWeight
    if let text = arguments.values["weight"] {
      guard let value = Double(text), (0.1...4).contains(value) else { throw UsageError("--weight must be in 0.1...4") }
      weight = value
    }
    let result = try LexiconImport.convert(file: file, format: format, weight: weight)
    let folder = URL(fileURLWithPath: out)
    let output = try OutputFolder(url: folder)
    if arguments.flags.contains("complete") {
      let defaults = try DefaultResources.lexiconFolder()
      for name in LexiconSet.fileNames where name != "tone.tsv" {
        guard let data = FileManager.default.contents(atPath: defaults.appendingPathComponent(name).path) else {
          throw StanceError.cannotRead(path: name, reason: "default lexicon file missing")
        }
        try output.write(name, contents: String(decoding: data, as: UTF8.self))
      }
    }
    try output.write("tone.tsv", contents: result.toneFile)
    for problem in result.skipped { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
    print(
      "\(result.count) terms written to \(folder.appendingPathComponent("tone.tsv").relativePath); "
        + "\(result.skipped.count) lines left out")
    return 0
  }
}
