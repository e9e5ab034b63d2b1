import StanceCore

/// Output built as UTF-8 bytes: JSON strings, CSV fields and fixed-point numbers appended in place,
/// without a String per field. `Formatting`'s String functions are written on it.
public struct OutputBytes: Sendable {
  public var bytes: [UInt8] = []

  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  @inlinable public mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  public mutating func append(string text: String) {
    // Through a buffer: appending the UTF-8 view byte by byte costs several times more.
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  public mutating func append(byte: UInt8) {
    bytes.append(byte)
  }

  /// A decimal integer.
  public mutating func append(integer: Int) {
    if integer < 0 { bytes.append(0x2D) }
    var magnitude = integer.magnitude
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8
      ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = UInt8(magnitude % 10) + 0x30
        magnitude /= 10
        count += 1
      } while magnitude > 0
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
  }

  /// A number with exactly `digits` decimals, rounded half away from zero; "-0" never appears.
  public mutating func append(fixed value: Double, digits: Int = 4) {
    guard value.isFinite else {
      bytes.append(0x30)
      return
    }
    var scale = 1
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero))
    if value < 0 && scaled != 0 { bytes.append(0x2D) }
    append(integer: scaled / scale)
    guard digits > 0 else { return }
    bytes.append(0x2E)
    var fraction = scaled % scale
    var divisor = scale / 10
    while divisor > 0 {
      bytes.append(UInt8(fraction / divisor) + 0x30)
      fraction %= divisor
      divisor /= 10
    }
  }

  /// A weight as written in lexicons: up to three decimals, no trailing zeros ("-2.5", "1").
  public mutating func append(weight value: Double) {
    let start = bytes.count
    append(fixed: value, digits: 3)
    while bytes.count > start, bytes[bytes.count - 1] == 0x30 { bytes.removeLast() }
    if bytes.count > start, bytes[bytes.count - 1] == 0x2E { bytes.removeLast() }
    if bytes.count == start + 2, bytes[start] == 0x2D, bytes[start + 1] == 0x30 {
      bytes.remove(at: start)
    }
  }

  /// Empties the buffer, keeping its capacity.
  public mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
  }

  /// A JSON string literal of UTF-8 bytes: quotes, backslashes, control characters and
  /// U+2028 / U+2029 are escaped, everything else is copied, in runs.
  public mutating func append<Bytes: Collection<UInt8>>(jsonString source: Bytes) where Bytes.Index == Int {
    if source.withContiguousStorageIfAvailable({ appendJSONString($0) }) == nil {
      Array(source).withUnsafeBufferPointer { appendJSONString($0) }
    }
  }

  private mutating func appendJSONString(_ source: UnsafeBufferPointer<UInt8>) {
    bytes.append(0x22)
    var index = 0
    var runStart = index
    let end = source.count
    guard let base = source.baseAddress else {
      bytes.append(0x22)
      return
    }
    while index < end {
      // Past the bytes that need no escape (all but a quote, a backslash, a control character and
      // 0xE2, the lead byte of U+2028 / U+2029), eight bytes at a time.
      index = ByteLanes.firstStop(
        base, from: index, to: end,
        stops: {
          ByteLanes.less($0, than: 0x20) | ByteLanes.equal($0, to: 0x22) | ByteLanes.equal($0, to: 0x5C)
            | ByteLanes.equal($0, to: 0xE2)
        }, isStop: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 })
      guard index < end else { break }
      let byte = source[index]
      if runStart < index { bytes.append(contentsOf: source[runStart..<index]) }
      switch byte {
      case 0x22: append("\\\"")
      case 0x5C: append("\\\\")
      case 0x0A: append("\\n")
      case 0x0D: append("\\r")
      case 0x09: append("\\t")
      case 0x00..<0x20:
        append("\\u00")
        bytes.append(OutputBytes.hexDigits[Int(byte >> 4)])
        bytes.append(OutputBytes.hexDigits[Int(byte & 0x0F)])
      default:
        // 0xE2: U+2028 and U+2029 (E2 80 A8 / E2 80 A9) end lines in some JSON readers.
        if index + 2 < end, source[index + 1] == 0x80, source[index + 2] == 0xA8 || source[index + 2] == 0xA9 {
          append(source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
          index += 2
        } else {
          bytes.append(byte)
        }
      }
      index += 1
      runStart = index
    }
    if runStart < end { bytes.append(contentsOf: source[runStart..<end]) }
    bytes.append(0x22)
  }

  public mutating func append(jsonString text: String) {
    var text = text
    text.withUTF8 { append(jsonString: $0) }
  }

  /// A CSV field of UTF-8 bytes: quoted when it holds a comma, quote or line break; text (not a
  /// number) with a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
  public mutating func append<Bytes: Collection<UInt8>>(csvField source: Bytes) where Bytes.Index == Int {
    let needsPrefix: Bool
    if let first = source.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 {
      needsPrefix = Double(String(decoding: source, as: UTF8.self)) == nil
    } else {
      needsPrefix = false
    }
    let needsQuotes = source.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    if needsQuotes { bytes.append(0x22) }
    if needsPrefix { bytes.append(0x27) }
    guard needsQuotes else {
      bytes.append(contentsOf: source)
      return
    }
    var runStart = source.startIndex
    for index in source.indices where source[index] == 0x22 {
      // The quote is copied with its run, then doubled.
      bytes.append(contentsOf: source[runStart...index])
      bytes.append(0x22)
      runStart = index + 1
    }
    if runStart < source.endIndex { bytes.append(contentsOf: source[runStart..<source.endIndex]) }
    bytes.append(0x22)
  }

  public mutating func append(csvField text: String) {
    var text = text
    text.withUTF8 { append(csvField: $0) }
  }

  /// Text on one line: runs of white space (line breaks included) become one space, and the ends
  /// are trimmed. Runs of other ASCII bytes are copied at once.
  public mutating func append(oneLine source: UnsafeBufferPointer<UInt8>) {
    var pendingSpace = false
    var wroteAny = false
    var index = 0
    let end = source.count
    while index < end {
      let byte = source[index]
      if byte > 0x20 && byte < 0x80 {
        // The run goes on past single spaces between printable ASCII bytes: they are copied as they are.
        var runEnd = OutputBytes.printableRunEnd(source, from: index + 1)
        while runEnd + 1 < end, source[runEnd] == 0x20, source[runEnd + 1] > 0x20, source[runEnd + 1] < 0x80 {
          runEnd = OutputBytes.printableRunEnd(source, from: runEnd + 2)
        }
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        wroteAny = true
        bytes.append(contentsOf: source[index..<runEnd])
        index = runEnd
        continue
      }
      let (characterClass, length) = UTF8Decoding.characterClass(in: source, at: index)
      if characterClass.isSpace {
        pendingSpace = wroteAny
      } else {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        wroteAny = true
        bytes.append(contentsOf: source[index..<min(index + length, end)])
      }
      index += length
    }
  }

  /// The end of the run of printable ASCII bytes (0x21...0x7F) from `start`, eight bytes at a time.
  @inline(__always)
  static func printableRunEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = source.baseAddress else { return start }
    return ByteLanes.firstStop(
      base, from: start, to: source.count, stops: { ByteLanes.less($0, than: 0x21) | ($0 & 0x8080_8080_8080_8080) },
      isStop: { $0 <= 0x20 || $0 >= 0x80 })
  }

  static let hexDigits = Array("0123456789abcdef".utf8)
}
