/// A small RFC 4180 CSV parser: quoted fields, doubled quotes, commas and line breaks inside quotes.
public enum CSVParser {
  public struct Row: Equatable, Sendable {
    /// The 1-based line the row starts on.
    public var line: Int
    public var fields: [String]
  }

  public struct ParseError: Error, Equatable, Sendable {
    public var line: Int
    public var message: String
  }

  /// Parses `text` into rows; an unterminated quoted field is an error at its line.
  public static func parse(_ text: String) throws(ParseError) -> [Row] {
    var rows: [Row] = []
    var fields: [String] = []
    var field = ""
    var isQuoted = false
    var wasQuoted = false
    var line = 1
    var rowLine = 1
    var quoteLine = 1
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func endRow() {
      fields.append(field)
      if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { rows.append(Row(line: rowLine, fields: fields)) }
      fields = []
      field = ""
      wasQuoted = false
    }
    while let scalar = pending ?? scalars.next() {
      pending = nil
      if isQuoted {
        if scalar == "\"" {
          let next = scalars.next()
          if next == "\"" {
            field.unicodeScalars.append("\"")
          } else {
            isQuoted = false
            pending = next
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty:
        isQuoted = true
        wasQuoted = true
        quoteLine = line
      case ",":
        fields.append(field)
        field = ""
      case "\r":
        let next = scalars.next()
        if next != "\n" { pending = next }
        endRow()
        line += 1
        rowLine = line
      case "\n":
        endRow()
        line += 1
        rowLine = line
      default:
        field.unicodeScalars.append(scalar)
      }
    }
    if isQuoted { throw ParseError(line: quoteLine, message: "unterminated quoted field") }
    if !field.isEmpty || !fields.isEmpty || wasQuoted { endRow() }
    return rows
  }
}
