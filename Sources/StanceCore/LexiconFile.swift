/// One tab-separated lexicon file split into numbered rows, with its `# version:` line.
public struct LexiconFile: Sendable {
  public struct Row: Sendable {
    public var line: Int
    public var fields: [String]
  }

  public var name: String
  public var version: String?
  public var rows: [Row] = []

  /// Splits `text` into rows of exactly `columns` fields; reports malformed lines to `errors`.
  public init(name: String, text: String, columns: Int, errors: inout [LexiconError]) {
    self.name = name
    var lineNumber = 0
    var content = Substring(text)
    if content.hasPrefix("\u{FEFF}") { content = content.dropFirst() }
    // "\r\n" is one Character, so split on either form of line end.
    for rawLine in content.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      lineNumber += 1
      var line = rawLine
      if line.hasSuffix("\r") { line = line.dropLast() }
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      if line.hasPrefix("#") {
        let comment = line.dropFirst().drop(while: { $0 == " " })
        if comment.hasPrefix("version:") {
          let value = comment.dropFirst("version:".count).trimmingSpaces()
          if version != nil {
            errors.append(LexiconError(file: name, line: lineNumber, message: "a second version line"))
          } else if value.isEmpty {
            errors.append(LexiconError(file: name, line: lineNumber, message: "empty version"))
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
            file: name, line: lineNumber,
            message: "expected \(columns) tab-separated fields, found \(fields.count)"))
        continue
      }
      if let bad = fields.firstIndex(where: { $0.trimmingSpaces() != $0 || $0.isEmpty }) {
        let problem = fields[bad].isEmpty ? "is empty" : "has leading or trailing spaces"
        errors.append(LexiconError(file: name, line: lineNumber, message: "field \(bad + 1) \(problem)"))
        continue
      }
      rows.append(Row(line: lineNumber, fields: fields))
    }
    if version == nil {
      errors.append(LexiconError(file: name, line: 0, message: "missing '# version:' line"))
    }
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
