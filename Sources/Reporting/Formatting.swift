/// Output encodings shared by every report: CSV fields, JSON strings and fixed-point numbers.
public enum Formatting {
  /// A CSV field: quoted when it holds a comma, quote or line break; text (not a number) with a
  /// leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
  public static func csvField(_ value: String) -> String {
    var text = value
    if let first = text.utf8.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40,
      Double(text) == nil
    {
      text = "'" + text
    }
    let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard needsQuotes else { return text }
    var quoted = "\""
    for character in text {
      quoted.append(character)
      if character == "\"" { quoted.append("\"") }
    }
    return quoted + "\""
  }

  /// A CSV line from fields.
  public static func csvLine(_ fields: [String]) -> String {
    fields.map(csvField).joined(separator: ",")
  }

  /// A JSON string literal.
  public static func jsonString(_ value: String) -> String {
    var result = "\""
    result.reserveCapacity(value.utf8.count + 2)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// A number with exactly `digits` decimals, rounded half away from zero; "-0" never appears.
  public static func fixed(_ value: Double, _ digits: Int = 4) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    let integer = Int(scaled)
    let negative = value < 0 && integer != 0
    var whole = String(integer / Int(scale))
    if digits > 0 {
      let fraction = String(integer % Int(scale))
      whole += "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
    return negative ? "-" + whole : whole
  }

  /// A weight as written in lexicons: no trailing zeros ("-2.5", "1").
  public static func weight(_ value: Double) -> String {
    var text = fixed(value, 3)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  /// Text on one line: runs of white space (line breaks included) become one space.
  public static func oneLine(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result += " " }
        pendingSpace = false
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
