import StanceCore

/// Output encodings shared by every report: CSV fields, JSON strings and fixed-point numbers.
public enum Formatting {
  /// A CSV field: quoted when it holds a comma, quote or line break; text (not a number) with a
  /// leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
  public static func csvField(_ value: String) -> String {
    var output = OutputBytes()
    output.append(csvField: value)
    return output.string
  }

  /// A CSV line from fields.
  public static func csvLine(_ fields: [String]) -> String {
    fields.map(csvField).joined(separator: ",")
  }

  /// A JSON string literal: quotes, backslashes, control characters and U+2028 / U+2029 are
  /// escaped, everything else is copied.
  public static func jsonString(_ value: String) -> String {
    var output = OutputBytes()
    output.append(jsonString: value)
    return output.string
  }

  /// A number with exactly `digits` decimals, rounded half away from zero; "-0" never appears.
  public static func fixed(_ value: Double, _ digits: Int = 4) -> String {
    var output = OutputBytes()
    output.append(fixed: value, digits: digits)
    return output.string
  }

  /// A weight as written in lexicons: no trailing zeros ("-2.5", "1").
  public static func weight(_ value: Double) -> String {
    var output = OutputBytes()
    output.append(weight: value)
    return output.string
  }

  /// Text on one line: runs of white space (line breaks included) become one space, and the
  /// ends are trimmed. Works on UTF-8 bytes.
  public static func oneLine(_ text: String) -> String {
    var output = OutputBytes()
    var text = text
    text.withUTF8 { output.append(oneLine: $0) }
    return output.string
  }
}
