import Foundation
import StanceKit

/// `stance lexicon check`: validates a lexicon folder.
struct LexiconCommand {
  static let spec = CommandSpec(
    name: "lexicon",
    summary: "Check a lexicon folder: every malformed line is reported as file:line: message.",
    usage: "stance lexicon check [DIR]",
    options: [],
    discussion: "With no DIR the default lexicons are checked. Exits 1 when there are errors.")

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    guard arguments.positionals.first == "check", arguments.positionals.count <= 2 else {
      throw UsageError("usage: \(spec.usage)")
    }
    let folder = arguments.positionals.count == 2 ? URL(fileURLWithPath: arguments.positionals[1]) : nil
    let lexicons = try LexiconLoader.load(folder: folder)
    print(
      "ok: \(lexicons.tone.count) tone terms, \(lexicons.cues.count) cues, \(lexicons.modifiers.count) modifiers, "
        + "\(lexicons.actors.count) actors, \(lexicons.boilerplate.count) boilerplate patterns, "
        + "\(lexicons.abbreviations.count) abbreviations; lexicon \(lexicons.identifier)")
    return 0
  }
}
