/// One tab-separated lexicon file split into numbered rows, with its `# version:` line.
///
/// Rows are found on the UTF-8 bytes: lines end at line-feed bytes, fields at tab bytes (a tab or a
/// line feed is always a character of its own), and only the fields of a kept row become strings.
/// Where a non-ASCII neighbour may join `#` or a space into one character (a comment line with
/// non-ASCII text, a space at the end of a field next to a non-ASCII byte), the line is read with
/// `Character` rules, as it always was.
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
    var reader = RowReader(columns: columns)
    LexiconText.withBytes(of: text) { bytes in
      LexiconText.forEachLine(in: bytes, of: text) { range, number in
        reader.read(range, of: bytes, file: name, line: number, errors: &errors) {
          LexiconText.substring(of: text, range)
        }
      }
    }
    self.init(name: name, reader: reader, errors: &errors)
  }

  /// Splits `lines` (possibly from several files, as layered) into rows of exactly `columns` fields.
  public init(name: String, lines: [SourceLine], columns: Int, errors: inout [LexiconError]) {
    var reader = RowReader(columns: columns)
    for source in lines {
      let isRead: Void? = source.text.utf8.withContiguousStorageIfAvailable { bytes in
        reader.read(0..<bytes.count, of: bytes, file: source.file, line: source.line, errors: &errors) { source.text }
      }
      if isRead == nil { reader.readCharacters(source.text, file: source.file, line: source.line, errors: &errors) }
    }
    self.init(name: name, reader: reader, errors: &errors)
  }

  private init(name: String, reader: RowReader, errors: inout [LexiconError]) {
    self.name = name
    version = reader.version
    rows = reader.rows
    if version == nil {
      errors.append(LexiconError(file: name, line: 0, message: "missing '# version:' line"))
    }
  }

  /// The numbered lines of `text` (a leading byte-order mark dropped, "\n" or "\r\n" line ends).
  public static func lines(of text: String, file: String) -> [SourceLine] {
    var lines: [SourceLine] = []
    LexiconText.withBytes(of: text) { bytes in
      LexiconText.forEachLine(in: bytes, of: text) { range, number in
        lines.append(SourceLine(text: LexiconText.substring(of: text, range), file: file, line: number))
      }
    }
    return lines
  }
}

/// Reads the lines of one lexicon file into rows of `columns` fields and its version.
struct RowReader {
  let columns: Int
  var version: String?
  var rows: [LexiconFile.Row] = []

  init(columns: Int) { self.columns = columns }

  /// Reads one line, given as a byte range of `bytes`; `text` gives its characters for the rare line
  /// where a non-ASCII byte may join a `#` or a space (see `LexiconFile`).
  /// - Complexity: O(n) in the length of the line.
  mutating func read(
    _ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int,
    errors: inout [LexiconError], text: () -> Substring
  ) {
    var union: UInt8 = 0
    var isBlank = true
    var tabs = 0
    for index in range {
      let byte = bytes[index]
      union |= byte
      if byte == LexiconText.tab {
        tabs += 1
      } else if byte != LexiconText.space {
        isBlank = false
      }
    }
    if isBlank { return }
    let isASCII = union < 0x80
    if bytes[range.lowerBound] == UInt8(ascii: "#") {
      if isASCII {
        readComment(range.dropFirst(), of: bytes, file: file, line: line, errors: &errors)
      } else {
        readCharacters(text(), file: file, line: line, errors: &errors)
      }
      return
    }
    guard tabs + 1 == columns else {
      errors.append(
        LexiconError(file: file, line: line, message: "expected \(columns) tab-separated fields, found \(tabs + 1)"))
      return
    }
    var fields: [Range<Int>] = []
    fields.reserveCapacity(columns)
    var start = range.lowerBound
    for index in range where bytes[index] == LexiconText.tab {
      fields.append(start..<index)
      start = index + 1
    }
    fields.append(start..<range.upperBound)
    if !isASCII && fields.contains(where: { hasJoinedSpace(bytes, $0) }) {
      readCharacters(text(), file: file, line: line, errors: &errors)
      return
    }
    for (index, field) in fields.enumerated() {
      if field.isEmpty {
        errors.append(LexiconError(file: file, line: line, message: "field \(index + 1) is empty"))
        return
      }
      if LexiconText.isTrimmed(bytes[field.lowerBound]) || LexiconText.isTrimmed(bytes[field.upperBound - 1]) {
        errors.append(
          LexiconError(file: file, line: line, message: "field \(index + 1) has leading or trailing spaces"))
        return
      }
    }
    rows.append(LexiconFile.Row(file: file, line: line, fields: fields.map { LexiconText.string(bytes, $0) }))
  }

  /// Whether a space at either end of `field` may join a non-ASCII neighbour into one character (a
  /// combining mark after it, a prepended mark before it), so that trimming by characters keeps it.
  private func hasJoinedSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Bool {
    guard field.count >= 2 else { return false }
    let first = field.lowerBound
    let last = field.upperBound - 1
    return (bytes[first] == LexiconText.space && bytes[first + 1] >= 0x80)
      || (bytes[last] == LexiconText.space && bytes[last - 1] >= 0x80)
  }

  /// Reads the text of a comment line after its `#`: a `version:` line sets the version.
  private mutating func readComment(
    _ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int,
    errors: inout [LexiconError]
  ) {
    var start = range.lowerBound
    while start < range.upperBound, bytes[start] == LexiconText.space { start += 1 }
    let keyEnd = min(start + 8, range.upperBound)
    guard LexiconText.matches(bytes, start..<keyEnd, "version:") else { return }
    let value = LexiconText.trimmed(bytes, keyEnd..<range.upperBound)
    setVersion(value.isEmpty ? "" : LexiconText.string(bytes, value), file: file, line: line, errors: &errors)
  }

  private mutating func setVersion(_ value: String, file: String, line: Int, errors: inout [LexiconError]) {
    if version != nil {
      errors.append(LexiconError(file: file, line: line, message: "a second version line"))
    } else if value.isEmpty {
      errors.append(LexiconError(file: file, line: line, message: "empty version"))
    } else {
      version = value
    }
  }

  /// Reads one line by its characters: for lines with non-ASCII bytes, where a combining mark may join
  /// the `#`, space or tab before it.
  mutating func readCharacters(_ line: Substring, file: String, line number: Int, errors: inout [LexiconError]) {
    if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return }
    if line.hasPrefix("#") {
      let comment = line.dropFirst().drop(while: { $0 == " " })
      if comment.hasPrefix("version:") {
        setVersion(
          comment.dropFirst("version:".count).trimmingSpaces(), file: file, line: number, errors: &errors)
      }
      return
    }
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
    if fields.count != columns {
      errors.append(
        LexiconError(
          file: file, line: number, message: "expected \(columns) tab-separated fields, found \(fields.count)"))
      return
    }
    if let bad = fields.firstIndex(where: { $0.trimmingSpaces() != $0 || $0.isEmpty }) {
      let problem = fields[bad].isEmpty ? "is empty" : "has leading or trailing spaces"
      errors.append(LexiconError(file: file, line: number, message: "field \(bad + 1) \(problem)"))
      return
    }
    rows.append(LexiconFile.Row(file: file, line: number, fields: fields))
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
