import StanceCore

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
    var quoted: [UInt8] = [0x22]
    quoted.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      quoted.append(byte)
      if byte == 0x22 { quoted.append(0x22) }
    }
    quoted.append(0x22)
    return String(decoding: quoted, as: UTF8.self)
  }

  /// A CSV line from fields.
  public static func csvLine(_ fields: [String]) -> String {
    fields.map(csvField).joined(separator: ",")
  }

  /// A JSON string literal. Works on UTF-8 bytes: quotes, backslashes, control characters and
  /// U+2028 / U+2029 are escaped, everything else is copied.
  public static func jsonString(_ value: String) -> String {
    var result: [UInt8] = [0x22]
    result.reserveCapacity(value.utf8.count + 2)
    let hexDigits = Array("0123456789abcdef".utf8)
    var bytes = value.utf8.makeIterator()
    var pending: [UInt8] = []
    while let byte = bytes.next() {
      switch byte {
      case 0x22: result += [0x5C, 0x22]
      case 0x5C: result += [0x5C, 0x5C]
      case 0x0A: result += [0x5C, 0x6E]
      case 0x0D: result += [0x5C, 0x72]
      case 0x09: result += [0x5C, 0x74]
      case 0x00..<0x20:
        result += [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
      case 0xE2:
        // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) end lines in some JSON readers.
        pending = [byte]
        if let second = bytes.next() {
          pending.append(second)
          if second == 0x80, let third = bytes.next() {
            pending.append(third)
            if third == 0xA8 || third == 0xA9 {
              result += Array("\\u202".utf8) + [third == 0xA8 ? 0x38 : 0x39]
              continue
            }
          }
        }
        result += pending
      default:
        result.append(byte)
      }
    }
    result.append(0x22)
    return String(decoding: result, as: UTF8.self)
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

  /// Text on one line: runs of white space (line breaks included) become one space, and the
  /// ends are trimmed. Works on UTF-8 bytes.
  public static func oneLine(_ text: String) -> String {
    var result: [UInt8] = []
    var pendingSpace = false
    var text = text
    text.withUTF8 { bytes in
      result.reserveCapacity(bytes.count)
      var index = 0
      while index < bytes.count {
        let (characterClass, length) = UTF8Decoding.characterClass(in: bytes, at: index)
        if characterClass.isSpace {
          pendingSpace = !result.isEmpty
        } else {
          if pendingSpace { result.append(0x20) }
          pendingSpace = false
          result.append(contentsOf: bytes[index..<index + length])
        }
        index += length
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}
