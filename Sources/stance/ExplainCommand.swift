import Foundation
import StanceCore
import StanceKit

/// `stance explain`: how a text was segmented, attributed and scored, term by term.
struct ExplainCommand {
  static let spec = CommandSpec(
    name: "explain",
    summary: "Show how a text is scored: sentences, statements, every term and rule, the sum and the label.",
    usage: "stance explain \"TEXT\" | --file FILE [--statement] [--speaker NAME] [--date D] [--lexicons DIR]",
    options: [
      OptionSpec(name: "file", kind: .value("FILE"), help: "Read the text from FILE (- for stdin) instead of TEXT."),
      OptionSpec(
        name: "statement", kind: .flag, help: "Score the whole text as one statement (as `stance eval tone` does)."),
      OptionSpec(
        name: "speaker", kind: .value("NAME"),
        help: "The text's own speaker: each paragraph is NAME's statement (with --statement, the whole text)."),
      OptionSpec(
        name: "date", kind: .value("D"), help: "The text's date (YYYY, YYYY-MM or YYYY-MM-DD) for dated roles."),
      .lexicons,
    ],
    discussion: """
      The text goes through segment, attribute and score exactly as in `stance score`. For each statement
      the trace lists every evidence: its offsets (Unicode scalars) and text, the lexicon entry and weight,
      the rules that changed it (negated, double-negated, countered, boosted, hedged, conceded, conditional,
      after-contrast, before-contrast, question, demanded, dismissed, descriptive, cue) with their combined
      factor, and the weight counted; then the sum S (damped when a statement carries more evidence than
      length-damping), the score S / sqrt(S^2 + alpha) and the threshold of settings.tsv that decided the label.
      """)

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    let text = try input(arguments)
    var date: DocumentDate? = nil
    if let raw = arguments.values["date"] {
      guard let parsed = DocumentDate(parsing: raw) else { throw UsageError("--date '\(raw)' is not YYYY[-MM[-DD]]") }
      date = parsed
    }
    let lexicons = try LexiconLoader.load(folder: arguments.values["lexicons"].map { URL(fileURLWithPath: $0) })
    let document = Document(
      id: arguments.values["file"] ?? "text", text: text, date: date, speaker: arguments.values["speaker"],
      isStatementUnit: arguments.flags.contains("statement"))
    let result = Pipeline(lexicons: lexicons).process(document)
    FileHandle.standardOutput.write(Data(ToneTrace(lexicons: lexicons).render(result).utf8))
    return 0
  }

  /// The text: the one positional argument, or the contents of --file.
  static func input(_ arguments: ParsedArguments) throws -> String {
    if let path = arguments.values["file"] {
      guard arguments.positionals.isEmpty else { throw UsageError("give either TEXT or --file, not both") }
      let data =
        path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
      guard let data else { throw StanceError.cannotRead(path: path, reason: "no such file or unreadable") }
      return String(decoding: data, as: UTF8.self)
    }
    guard arguments.positionals.count == 1 else {
      throw UsageError("give the text as one argument (quote it) or use --file (see stance explain --help)")
    }
    return arguments.positionals[0]
  }
}
