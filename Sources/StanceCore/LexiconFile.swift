/// One tab-separated lexicon file split into numbered rows, with its `# version:` line.
public struct LexiconFile: Sendable {
  public struct Row: Sendable {
    /// The file the row was read from (an overlay's rows name the overlay's file).
    public var file: String
    public var line: Int
    public var fields: [String]
  }

  /// One line of lexicon text and where it came from.
  public struct SourceLine: Sendable {
    public var text: Substring
    public var file: String
    public var line: Int
  }

  public var name: String
  public var version: String?
  public var rows: [Row] = []

  /// Splits `text` into rows of exactly `columns` fields; reports malformed lines to `errors`.
  public init(name: String, text: String, columns: Int, errors: inout [LexiconError]) {
    self.init(name: name, lines: LexiconFile.lines(of: text, file: name), columns: columns, errors: &errors)
  }

  /// Splits `lines` (possibly from several files, as layered) into rows of exactly `columns` fields.
  public init(name: String, lines: [SourceLine], columns: Int, errors: inout [LexiconError]) {
    self.name = name
    for source in lines {
      let line = source.text
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      if line.hasPrefix("#") {
        let comment = line.dropFirst().drop(while: { $0 == " " })
        if comment.hasPrefix("version:") {
          let value = comment.dropFirst("version:".count).trimmingSpaces()
          if version != nil {
            errors.append(LexiconError(file: source.file, line: source.line, message: "a second version line"))
          } else if value.isEmpty {
            errors.append(LexiconError(file: source.file, line: source.line, message: "empty version"))
          } else {
            version = value
          }
        }
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
      if fields.count != columns {
        errors.append(
          LexiconError(
            file: source.file, line: source.line,
            message: "expected \(columns) tab-separated fields, found \(fields.count)"))
        continue
      }
      if let bad = fields.firstIndex(where: { $0.trimmingSpaces() != $0 || $0.isEmpty }) {
        let problem = fields[bad].isEmpty ? "is empty" : "has leading or trailing spaces"
        errors.append(LexiconError(file: source.file, line: source.line, message: "field \(bad + 1) \(problem)"))
        continue
      }
      rows.append(Row(file: source.file, line: source.line, fields: fields))
    }
    if version == nil {
      errors.append(LexiconError(file: name, line: 0, message: "missing '# version:' line"))
    }
  }

  /// The numbered lines of `text` (a leading byte-order mark dropped, "\n" or "\r\n" line ends).
  public static func lines(of text: String, file: String) -> [SourceLine] {
    var content = Substring(text)
    if content.hasPrefix("\u{FEFF}") { content = content.dropFirst() }
    var lines: [SourceLine] = []
    // "\r\n" is one Character, so split on either form of line end.
    for (index, rawLine) in content.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
    ).enumerated() {
      var line = rawLine
      if line.hasSuffix("\r") { line = line.dropLast() }
      lines.append(SourceLine(text: line, file: file, line: index + 1))
    }
    return lines
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  public func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = lastIndex(where: { !isSpace($0) })!
    return String(self[first...last])
  }
}

/// Parses a weight or factor and checks its range.
func parseNumber(
  _ text: String, in range: ClosedRange<Double>, what: String, file: String, line: Int, errors: inout [LexiconError]
) -> Double? {
  guard let value = Double(text), value.isFinite else {
    errors.append(LexiconError(file: file, line: line, message: "\(what) '\(text)' is not a number"))
    return nil
  }
  guard range.contains(value) else {
    errors.append(
      LexiconError(
        file: file, line: line,
        message: "\(what) \(text) is outside \(formatPlain(range.lowerBound))...\(formatPlain(range.upperBound))"))
    return nil
  }
  return value
}

func formatPlain(_ value: Double) -> String {
  value == value.rounded() ? String(Int(value)) : String(value)
}
