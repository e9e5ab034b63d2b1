/// The classes of Unicode scalars that text matching cares about.
///
/// Curly, straight and angle quotation marks, the dashes and the many Unicode spaces
/// each fall into one canonical class, so rules are written once for all their forms.
public enum CharacterClass: UInt8, Sendable {
  case letter, upperLetter, digit, space, newline
  case openingQuote, closingQuote, straightDoubleQuote, apostrophe, openingSingleQuote
  case dash, hyphen, ellipsis, bullet
  case sentenceEnd  // . ! ?
  case punctuation
  case other

  /// Classifies one scalar.
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public static func of(_ scalar: UInt32) -> CharacterClass {
    scalar < 0x80 ? ascii(UInt8(truncatingIfNeeded: scalar)) : nonASCII(scalar)
  }

  /// The class of a scalar outside ASCII.
  public static func nonASCII(_ scalar: UInt32) -> CharacterClass {
    switch scalar {
    case 0x201C, 0x201E, 0x00AB, 0x2039: return .openingQuote  // “ „ « ‹
    case 0x201D, 0x00BB, 0x203A: return .closingQuote  // ” » ›
    case 0x2018, 0x201A: return .openingSingleQuote  // ‘ ‚
    case 0x2019, 0x02BC: return .apostrophe  // ’ ʼ
    case 0x2013, 0x2014, 0x2012, 0x2015, 0x2212: return .dash
    case 0x2010, 0x2011: return .hyphen
    case 0x2026: return .ellipsis
    case 0x2022, 0x25CF, 0x25AA, 0x2023, 0x25E6: return .bullet
    case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x200B: return .space
    case 0x2028, 0x2029, 0x0085: return .newline
    case 0x00C0...0x00DE where scalar != 0x00D7: return .upperLetter
    case 0x0391...0x03A9, 0x0410...0x042F: return .upperLetter
    case 0x00A1...0x00BF, 0x00D7, 0x00F7, 0x2016...0x2017, 0x2020...0x2021, 0x2027...0x2027,
      0x2030...0x205E:
      return .punctuation
    default:
      if let value = Unicode.Scalar(scalar), value.properties.isUppercase { return .upperLetter }
      return .letter
    }
  }

  /// The class of an ASCII byte; comparisons only, no table, so no global initialisation check.
  @inlinable @inline(__always)
  public static func ascii(_ code: UInt8) -> CharacterClass {
    if code >= 0x61 && code <= 0x7A { return .letter }
    if code >= 0x41 && code <= 0x5A { return .upperLetter }
    if code >= 0x30 && code <= 0x39 { return .digit }
    if code == 0x20 { return .space }
    switch code {
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return .letter
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .upperLetter
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
    case 0x20, 0x09, 0x0B, 0x0C: return .space
    case 0x0A, 0x0D: return .newline
    case UInt8(ascii: "\""): return .straightDoubleQuote
    case UInt8(ascii: "'"): return .apostrophe
    case UInt8(ascii: "-"): return .hyphen
    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return .sentenceEnd
    case 0x00..<0x20, 0x7F: return .other
    default: return .punctuation
    }
  }

  /// Whether an ASCII byte is a space or a line break (tab, LF, VT, FF, CR, space): `ascii(byte).isSpace`
  /// in two comparisons.
  @inlinable @inline(__always)
  public static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte &- 0x09 < 5
  }

  @inlinable public var isLetter: Bool { self == .letter || self == .upperLetter }
  @inlinable public var isWordCharacter: Bool { self == .letter || self == .upperLetter || self == .digit }
  @inlinable public var isSpace: Bool { self == .space || self == .newline }
}

/// Decoding helpers over a buffer of UTF-8 bytes.
public enum UTF8Decoding {
  /// Decodes the scalar starting at `index`; returns the scalar value and its byte length.
  /// Invalid or truncated sequences decode as U+FFFD of length 1, so scanning always advances.
  @inlinable
  public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let count = bytes.count
    if lead & 0xE0 == 0xC0, index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 {
      return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
    }
    if lead & 0xF0 == 0xE0, index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
      return (
        (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3
      )
    }
    if lead & 0xF8 == 0xF0, index + 3 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80,
      bytes[index + 3] & 0xC0 == 0x80
    {
      return (
        (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12) | (UInt32(bytes[index + 2] & 0x3F) << 6)
          | UInt32(bytes[index + 3] & 0x3F), 4
      )
    }
    return (0xFFFD, 1)
  }

  /// The class and byte length of the scalar at `index`; ASCII takes a fast path.
  @inlinable @inline(__always)
  public static func characterClass(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    characterClass: CharacterClass, length: Int
  ) {
    let byte = bytes[index]
    if byte < 0x80 { return (CharacterClass.ascii(byte), 1) }
    let (value, length) = scalar(in: bytes, at: index)
    return (CharacterClass.nonASCII(value), length)
  }

  /// The start of the scalar that ends just before `index`.
  @inlinable
  public static func scalarStart(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
    var position = index - 1
    var steps = 0
    while position > 0, bytes[position] & 0xC0 == 0x80, steps < 3 {
      position -= 1
      steps += 1
    }
    return position
  }
}
