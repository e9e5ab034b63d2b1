import StanceCore

/// Errors that stop a command, each with a message for the user.
public enum StanceError: Error, CustomStringConvertible {
  case resourcesMissing
  case cannotRead(path: String, reason: String)
  case cannotWrite(path: String, reason: String)
  case lexicon(LexiconErrors)
  case usage(String)
  /// --strict stopped at the first problem.
  case strict(String)
  /// A file the command reads is not what it should be (`location` is file:line).
  case invalidInput(location: String, reason: String)

  public var description: String {
    switch self {
    case .resourcesMissing:
      return
        "the default lexicons were not found beside the executable (stance_StanceKit.resources); pass --lexicons DIR"
    case .cannotRead(let path, let reason): return "\(path): cannot read: \(reason)"
    case .cannotWrite(let path, let reason): return "\(path): cannot write: \(reason)"
    case .lexicon(let errors): return errors.description
    case .usage(let message): return message
    case .strict(let problem): return "stopped by --strict at the first problem, nothing written: \(problem)"
    case .invalidInput(let location, let reason): return "\(location): \(reason)"
    }
  }
}
