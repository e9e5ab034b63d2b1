import StanceCore

/// A small JSON parser for the records of JSON Lines corpora: one object a line, whose fields are
/// strings, numbers, booleans, null, arrays of strings, or other nested values that are checked and skipped.
///
/// It works on the line's bytes and builds a String only for string fields. Invalid JSON (an
/// unterminated string, a bad escape, trailing garbage) is an error with the byte offset.
enum JSONObjectParser {
  enum Value: Equatable {
    case string(String)
    /// A number, as written.
    case number(String)
    case bool(Bool)
    case null
    /// An array whose elements are all strings (statement `targets`).
    case strings([String])
    /// Any other array, or an object: valid, but not read.
    case nested
  }

  /// An object's fields in the order written; a key written twice reads as its last value. (A
  /// record has a handful of fields: a list searched in place costs less than a dictionary built.)
  struct Object: Equatable {
    var fields: [(key: String, value: Value)] = []

    subscript(key: String) -> Value? {
      fields.last(where: { $0.key == key })?.value
    }

    var keys: [String] { fields.map(\.key) }

    static func == (lhs: Object, rhs: Object) -> Bool {
      lhs.fields.elementsEqual(rhs.fields) { $0.key == $1.key && $0.value == $1.value }
    }
  }

  struct ParseError: Error, Equatable, CustomStringConvertible {
    var offset: Int
    var message: String

    /// The message with its byte, counted from 1, as every reader reports it.
    var description: String { "\(message) at byte \(offset + 1)" }
  }

  /// The names of the top-level fields a reader wants. The parser checks every other field as
  /// strictly but builds nothing for it: a corpus record carries many fields a score run never reads.
  struct FieldNames {
    let names: [String]
    let bytes: [[UInt8]]

    init(_ names: [String]) {
      self.names = names
      self.bytes = names.map { Array($0.utf8) }
    }

    /// The wanted name written as `raw` (a key without escapes), or nil.
    func name(matching raw: UnsafeBufferPointer<UInt8>) -> String? {
      for (index, candidate) in bytes.enumerated() where candidate.count == raw.count {
        if candidate.withUnsafeBufferPointer({ $0.elementsEqual(raw) }) { return names[index] }
      }
      return nil
    }
  }

  /// The top-level object of a line; with `keeping`, only the fields it names.
  /// - Complexity: O(n) in the length of the line.
  static func parse(_ line: [UInt8], keeping: FieldNames? = nil) throws(ParseError) -> Object {
    try line.withUnsafeBufferPointer { (bytes) throws(ParseError) -> Object in
      var parser = Parser(bytes: bytes, keeping: keeping)
      parser.skipSpaces()
      guard parser.peek() == UInt8(ascii: "{") else {
        throw ParseError(offset: parser.index, message: "not a JSON object")
      }
      let object = try parser.object()
      parser.skipSpaces()
      guard parser.index == bytes.count else {
        throw ParseError(offset: parser.index, message: "text after the object")
      }
      return object
    }
  }

  /// The end of the run of bytes from `start` that are neither a quote, a backslash nor a control
  /// character, eight bytes at a time.
  @inline(__always)
  static func plainRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    return ByteLanes.firstStop(
      base, from: start, to: bytes.count,
      stops: { ByteLanes.less($0, than: 0x20) | ByteLanes.equal($0, to: 0x22) | ByteLanes.equal($0, to: 0x5C) },
      isStop: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C })
  }

  struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The top-level fields to build (nil: all of them).
    let keeping: FieldNames?
    var index = 0
    /// Nesting is bounded so that hostile input cannot exhaust the stack.
    var depth = 0
    static let maximumDepth = 64

    init(bytes: UnsafeBufferPointer<UInt8>, keeping: FieldNames? = nil) {
      self.bytes = bytes
      self.keeping = keeping
    }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpaces() {
      while index < bytes.count,
        bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D
      {
        index += 1
      }
    }

    mutating func expect(_ byte: UInt8) throws(ParseError) {
      guard peek() == byte else {
        throw ParseError(offset: index, message: "expected '\(Character(Unicode.Scalar(byte)))'")
      }
      index += 1
    }

    /// The object at the index. Its fields are built when `keep` is true (at the top level, only
    /// those `keeping` names); otherwise the object is checked and stepped over.
    mutating func object(keep: Bool = true) throws(ParseError) -> Object {
      try expect(UInt8(ascii: "{"))
      var result = Object()
      skipSpaces()
      if peek() == UInt8(ascii: "}") {
        index += 1
        return result
      }
      let isTop = depth == 0
      // A record keeps at most the fields its reader names: room for them, made once.
      if isTop, let keeping { result.fields.reserveCapacity(keeping.names.count) }
      while true {
        skipSpaces()
        let key = try key(keep: keep, isTop: isTop)
        skipSpaces()
        try expect(UInt8(ascii: ":"))
        skipSpaces()
        if let key, let value = try value(keep: true) {
          result.fields.append((key, value))
        } else {
          _ = try value(keep: false)
        }
        skipSpaces()
        if peek() == UInt8(ascii: ",") {
          index += 1
          continue
        }
        try expect(UInt8(ascii: "}"))
        return result
      }
    }

    /// A field's key, or nil when its value is not to be built.
    mutating func key(keep: Bool, isTop: Bool) throws(ParseError) -> String? {
      guard keep else {
        _ = try string(keep: false)
        return nil
      }
      guard isTop, let keeping else { return try string() }
      // A key without escapes is matched on its bytes, scanned once; any other goes the full way.
      if peek() == UInt8(ascii: "\"") {
        let start = index + 1
        let end = JSONObjectParser.plainRunEnd(bytes, from: start)
        if end < bytes.count, bytes[end] == 0x22 {
          index = end + 1
          return keeping.name(matching: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
      }
      let written = try string()
      return keeping.names.contains(written) ? written : nil
    }

    /// The value at the index, or nil when `keep` is false: then it is checked as strictly, and
    /// stepped over without building anything.
    mutating func value(keep: Bool = true) throws(ParseError) -> Value? {
      guard let byte = peek() else { throw ParseError(offset: index, message: "a value is missing") }
      switch byte {
      case UInt8(ascii: "\""): return try string(keep: keep).map(Value.string)
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        defer { depth -= 1 }
        guard depth <= Parser.maximumDepth else { throw ParseError(offset: index, message: "nested too deeply") }
        if byte == UInt8(ascii: "{") {
          _ = try object(keep: false)
          return keep ? .nested : nil
        }
        let strings = try array(keep: keep)
        return keep ? strings.map(Value.strings) ?? .nested : nil
      case UInt8(ascii: "t"): try literal("true"); return keep ? .bool(true) : nil
      case UInt8(ascii: "f"): try literal("false"); return keep ? .bool(false) : nil
      case UInt8(ascii: "n"): try literal("null"); return keep ? .null : nil
      default: return try number(keep: keep).map(Value.number)
      }
    }

    /// Checks an array; returns its elements when they are all strings and `keep` is true.
    mutating func array(keep: Bool = true) throws(ParseError) -> [String]? {
      try expect(UInt8(ascii: "["))
      skipSpaces()
      if peek() == UInt8(ascii: "]") {
        index += 1
        return keep ? [] : nil
      }
      var strings: [String]? = keep ? [] : nil
      while true {
        skipSpaces()
        if case .string(let text)? = try value(keep: strings != nil) { strings?.append(text) } else { strings = nil }
        skipSpaces()
        if peek() == UInt8(ascii: ",") {
          index += 1
          continue
        }
        try expect(UInt8(ascii: "]"))
        return strings
      }
    }

    mutating func literal(_ word: StaticString) throws(ParseError) {
      let count = word.utf8CodeUnitCount
      guard index + count <= bytes.count else { throw ParseError(offset: index, message: "bad literal") }
      for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
        throw ParseError(offset: index, message: "bad literal")
      }
      index += count
    }

    /// A number as written (nil when `keep` is false).
    mutating func number(keep: Bool = true) throws(ParseError) -> String? {
      let start = index
      if peek() == UInt8(ascii: "-") { index += 1 }
      var digits = 0
      while let byte = peek(),
        (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x65 || byte == 0x45
          || byte == 0x2B || byte == 0x2D
      {
        if byte >= 0x30 && byte <= 0x39 { digits += 1 }
        index += 1
      }
      guard digits > 0 else { throw ParseError(offset: start, message: "not a value") }
      return keep ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    mutating func string() throws(ParseError) -> String {
      // Built when kept, so never nil.
      try string(keep: true)!
    }

    /// The string at the index (nil when `keep` is false: a string without escapes is then only
    /// scanned).
    mutating func string(keep: Bool) throws(ParseError) -> String? {
      try expect(UInt8(ascii: "\""))
      let start = index
      // Fast path: no escapes. Eight bytes at a time up to a quote, backslash or control character.
      index = JSONObjectParser.plainRunEnd(bytes, from: index)
      if index < bytes.count, bytes[index] < 0x20 {
        throw ParseError(offset: index, message: "control character in a string")
      }
      guard index < bytes.count else { throw ParseError(offset: start - 1, message: "unterminated string") }
      if bytes[index] == 0x22 {
        index += 1
        return keep ? String(decoding: bytes[start..<index - 1], as: UTF8.self) : nil
      }
      // Escapes: the string is decoded in one pass into a scratch buffer the size of the rest of the
      // line, which no escape makes longer. The pass ends where the string does (its closing quote),
      // or at the first byte that makes it invalid.
      let (text, stop) = try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count - start) {
        output throws(ParseError) in
        let (written, stop) = try decodeEscaped(from: start, into: output)
        return (String(decoding: UnsafeBufferPointer(rebasing: output[..<written]), as: UTF8.self), stop)
      }
      guard stop < bytes.count, bytes[stop] == 0x22 else {
        if stop < bytes.count { throw ParseError(offset: stop, message: "control character in a string") }
        throw ParseError(offset: start - 1, message: "unterminated string")
      }
      index = stop + 1
      return text
    }

    /// Decodes the bytes of a string from `start` into `output` up to where it stops: its closing
    /// quote, a control character, or the end of the line. Returns the number of bytes written and
    /// where it stopped.
    mutating func decodeEscaped(from start: Int, into output: UnsafeMutableBufferPointer<UInt8>)
      throws(ParseError) -> (written: Int, stop: Int)
    {
      var written = 0
      func write(_ byte: UInt8) {
        output[written] = byte
        written += 1
      }
      index = start
      while true {
        // Bytes up to the next escape are copied at once.
        let runEnd = JSONObjectParser.plainRunEnd(bytes, from: index)
        if runEnd > index {
          UnsafeMutableRawPointer(output.baseAddress! + written).copyMemory(
            from: bytes.baseAddress! + index, byteCount: runEnd - index)
          written += runEnd - index
          index = runEnd
        }
        guard index < bytes.count, bytes[index] == 0x5C else { return (written, index) }
        guard index + 1 < bytes.count else { return (written, bytes.count) }
        let escape = bytes[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): write(escape)
        case UInt8(ascii: "b"): write(0x08)
        case UInt8(ascii: "f"): write(0x0C)
        case UInt8(ascii: "n"): write(0x0A)
        case UInt8(ascii: "r"): write(0x0D)
        case UInt8(ascii: "t"): write(0x09)
        case UInt8(ascii: "u"):
          var scalar = try hex4()
          if scalar >= 0xD800 && scalar < 0xDC00, index + 1 < bytes.count, bytes[index] == 0x5C,
            bytes[index + 1] == UInt8(ascii: "u")
          {
            index += 2
            let low = try hex4()
            if low >= 0xDC00 && low < 0xE000 {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
              write(0xEF)
              write(0xBF)
              write(0xBD)
              scalar = low
            }
          }
          for byte in UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")! { write(byte) }
        default:
          throw ParseError(offset: index - 2, message: "bad escape")
        }
      }
    }

    mutating func hex4() throws(ParseError) -> UInt32 {
      guard index + 4 <= bytes.count else { throw ParseError(offset: index, message: "bad \\u escape") }
      var value: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[index]
        let digit: UInt32
        switch byte {
        case 0x30...0x39: digit = UInt32(byte - 0x30)
        case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
        case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
        default: throw ParseError(offset: index, message: "bad \\u escape")
        }
        value = value << 4 | digit
        index += 1
      }
      return value
    }
  }
}
