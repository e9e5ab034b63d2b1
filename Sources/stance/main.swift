import Foundation
import StanceKit

/// The `stance` command line: one verb per job; parsing here, the work in StanceKit.
let commands: [(spec: CommandSpec, run: (ParsedArguments) throws -> Int32)] = [
  (ScoreCommand.spec, ScoreCommand.run),
  (SegmentCommand.spec, SegmentCommand.run),
  (LexiconCommand.spec, LexiconCommand.run),
  (EvalCommand.spec, EvalCommand.run),
  (MergeCommand.spec, MergeCommand.run),
  (CompareCommand.spec, CompareCommand.run),
  (DiffCommand.spec, DiffCommand.run),
  (ExplainCommand.spec, ExplainCommand.run),
]

@MainActor func overview() -> String {
  var lines = [
    "stance: who said what in the news, and in what tone.", "",
    "USAGE: stance <command> [options]", "", "COMMANDS:",
  ]
  for command in commands { lines.append("  " + command.spec.name.padding(toLength: 10) + command.spec.summary) }
  lines += ["", "Run 'stance <command> --help' for a command's options. With no command, 'stance score' is run."]
  return lines.joined(separator: "\n")
}

func fail(_ message: String, code: Int32) -> Never {
  FileHandle.standardError.write(Data("stance: \(message)\n".utf8))
  exit(code)
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--help" || arguments.first == "-h" || arguments.first == "help" {
  print(overview())
  exit(0)
}
let name = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "score"
if arguments.first == name { arguments.removeFirst() }
guard let command = commands.first(where: { $0.spec.name == name }) else {
  fail("unknown command '\(name)'\n\n" + overview(), code: 64)
}
do {
  let parsed = try ParsedArguments(arguments, spec: command.spec)
  if parsed.wantsHelp {
    print(command.spec.help)
    exit(0)
  }
  exit(try command.run(parsed))
} catch let error as UsageError {
  fail(error.description, code: 64)
} catch let error as StanceError {
  if case .lexicon = error {
    FileHandle.standardError.write(Data("\(error.description)\n".utf8))
    exit(65)
  }
  if case .strict = error { fail(error.description, code: 67) }
  if case .invalidInput = error { fail(error.description, code: 65) }
  if case .usage(let message) = error { fail(message, code: 64) }
  fail(error.description, code: 66)
} catch {
  fail("\(error)", code: 70)
}
