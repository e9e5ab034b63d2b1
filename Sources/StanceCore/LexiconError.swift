/// A problem in a lexicon file, located by file and line.
public struct LexiconError: Error, Sendable, CustomStringConvertible, Equatable {
  public var file: String
  /// 1-based line number, or 0 for a problem with the file as a whole.
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Every problem found while loading a lexicon set.
public struct LexiconErrors: Error, Sendable, CustomStringConvertible {
  public var errors: [LexiconError]
  public init(_ errors: [LexiconError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
