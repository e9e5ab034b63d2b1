import StanceCore

/// Output built as UTF-8 bytes: JSON strings, CSV fields and fixed-point numbers appended in place,
/// without a String per field. `Formatting`'s String functions are written on it.
///
/// The bytes live in a buffer of its own that grows by doubling; appending copies straight into
/// it (an `Array` checks uniqueness and capacity on every append, which costs more than the copy
/// for the short pieces output is made of). It cannot be copied, so the buffer has one owner.
public struct OutputBytes: ~Copyable, @unchecked Sendable {
  @usableFromInline var base: UnsafeMutablePointer<UInt8>
  @usableFromInline var count = 0
  @usableFromInline var capacity: Int

  public init(capacity: Int = 0) {
    self.capacity = max(capacity, 64)
    base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  /// The bytes written so far, copied out.
  public var bytes: [UInt8] { Array(buffer) }

  /// The bytes written so far, decoded as text.
  public var string: String { String(decoding: buffer, as: UTF8.self) }

  /// A view of the bytes written so far, valid until the next append.
  @inlinable var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// Makes room for `extra` more bytes.
  @inlinable @inline(__always)
  mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  @usableFromInline @inline(never)
  mutating func grow(to needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Copies `length` bytes from `source`.
  @inlinable @inline(__always)
  mutating func append(_ source: UnsafePointer<UInt8>, length: Int) {
    guard length > 0 else { return }
    reserve(length)
    (base + count).update(from: source, count: length)
    count += length
  }

  @inlinable @inline(__always)
  mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
    if let start = source.baseAddress { append(start, length: source.count) }
  }

  /// Copies its own bytes in `range` (written earlier) to the end.
  mutating func append(copyOf range: Range<Int>) {
    reserve(range.count)
    (base + count).update(from: base + range.lowerBound, count: range.count)
    count += range.count
  }

  /// Copies the bytes in `range` of `other`.
  mutating func append(copyOf range: Range<Int>, in other: borrowing OutputBytes) {
    append(other.base + range.lowerBound, length: range.count)
  }

  @inlinable @inline(__always) public mutating func append(_ text: StaticString) {
    append(text.utf8Start, length: text.utf8CodeUnitCount)
  }

  public mutating func append(string text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// A string that needs no escape (an enumeration's raw value), in JSON quotes.
  public mutating func append(quoted text: String) {
    append(byte: 0x22)
    append(string: text)
    append(byte: 0x22)
  }

  @inlinable public mutating func append(byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Empties the buffer, keeping its capacity.
  public mutating func removeAll() {
    count = 0
  }

  /// A decimal integer, written two digits at a time.
  public mutating func append(integer: Int) {
    reserve(21)
    if integer < 0 {
      base[count] = 0x2D
      count += 1
    }
    let magnitude = integer.magnitude
    let digits = OutputBytes.decimalDigitCount(of: magnitude)
    OutputBytes.writeDigits(of: magnitude, count: digits, endingAt: base + count + digits)
    count += digits
  }

  /// How many decimal digits `value` has (at least one).
  @inline(__always)
  static func decimalDigitCount(of value: UInt) -> Int {
    if value < 10_000 { return value < 100 ? (value < 10 ? 1 : 2) : (value < 1000 ? 3 : 4) }
    var digits = 5
    var limit: UInt = 100_000
    while digits < 20, value >= limit {
      digits += 1
      limit &*= 10
    }
    return digits
  }

  /// Writes the last `count` decimal digits of `value` (zero-padded) before `end`, two at a time
  /// (one division by 100 per pair; the tens of a pair by a multiply and shift).
  @inline(__always)
  static func writeDigits(of value: UInt, count: Int, endingAt end: UnsafeMutablePointer<UInt8>) {
    var value = value
    var position = end
    var left = count
    while left >= 2 {
      let pair = value % 100
      value /= 100
      let tens = (pair &* 103) >> 10
      position -= 2
      position[0] = UInt8(truncatingIfNeeded: tens) &+ 0x30
      position[1] = UInt8(truncatingIfNeeded: pair &- tens &* 10) &+ 0x30
      left -= 2
    }
    if left == 1 { (position - 1).pointee = UInt8(truncatingIfNeeded: value % 10) &+ 0x30 }
  }

  /// A number with exactly `digits` decimals, rounded half away from zero; "-0" never appears.
  public mutating func append(fixed value: Double, digits: Int = 4) {
    guard value.isFinite else {
      append(byte: 0x30)
      return
    }
    var scale = 1
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero))
    if value < 0 && scaled != 0 { append(byte: 0x2D) }
    let integerPart = scaled / scale
    if integerPart < 10 {
      // Scores and weights: one digit, written here.
      append(byte: UInt8(truncatingIfNeeded: integerPart) &+ 0x30)
    } else {
      append(integer: integerPart)
    }
    guard digits > 0 else { return }
    reserve(digits + 1)
    base[count] = 0x2E
    OutputBytes.writeDigits(of: UInt(scaled % scale), count: digits, endingAt: base + count + 1 + digits)
    count += digits + 1
  }

  /// A weight as written in lexicons: up to three decimals, no trailing zeros ("-2.5", "1").
  public mutating func append(weight value: Double) {
    let start = count
    append(fixed: value, digits: 3)
    while count > start, base[count - 1] == 0x30 { count -= 1 }
    if count > start, base[count - 1] == 0x2E { count -= 1 }
    if count == start + 2, base[start] == 0x2D, base[start + 1] == 0x30 {
      base[start] = 0x30
      count -= 1
    }
  }

  /// A JSON string literal of UTF-8 bytes: quotes, backslashes, control characters and
  /// U+2028 / U+2029 are escaped, everything else is copied, in runs.
  public mutating func append<Bytes: Collection<UInt8>>(jsonString source: Bytes) where Bytes.Index == Int {
    if source.withContiguousStorageIfAvailable({ appendJSONString($0) }) == nil {
      Array(source).withUnsafeBufferPointer { appendJSONString($0) }
    }
  }

  public mutating func append(jsonString text: String) {
    var text = text
    text.withUTF8 { appendJSONString($0) }
  }

  private mutating func appendJSONString(_ source: UnsafeBufferPointer<UInt8>) {
    append(byte: 0x22)
    guard let start = source.baseAddress else {
      append(byte: 0x22)
      return
    }
    var index = 0
    var runStart = index
    let end = source.count
    while index < end {
      // Past the bytes that need no escape (all but a quote, a backslash, a control character and
      // 0xE2, the lead byte of U+2028 / U+2029), eight bytes at a time.
      index = ByteLanes.firstStop(
        start, from: index, to: end,
        stops: {
          FirstStopLanes.less($0, than: 0x20) | FirstStopLanes.equal($0, to: 0x22)
            | FirstStopLanes.equal($0, to: 0x5C) | FirstStopLanes.equal($0, to: 0xE2)
        }, isStop: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 })
      guard index < end else { break }
      let byte = source[index]
      append(start + runStart, length: index - runStart)
      switch byte {
      case 0x22: append("\\\"")
      case 0x5C: append("\\\\")
      case 0x0A: append("\\n")
      case 0x0D: append("\\r")
      case 0x09: append("\\t")
      case 0x00..<0x20:
        append("\\u00")
        append(byte: OutputBytes.hexDigits[Int(byte >> 4)])
        append(byte: OutputBytes.hexDigits[Int(byte & 0x0F)])
      default:
        // 0xE2: U+2028 and U+2029 (E2 80 A8 / E2 80 A9) end lines in some JSON readers.
        if index + 2 < end, source[index + 1] == 0x80, source[index + 2] == 0xA8 || source[index + 2] == 0xA9 {
          append(source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
          index += 2
        } else {
          append(byte: byte)
        }
      }
      index += 1
      runStart = index
    }
    append(start + runStart, length: end - runStart)
    append(byte: 0x22)
  }

  /// A CSV field of UTF-8 bytes: quoted when it holds a comma, quote or line break; text (not a
  /// number) with a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
  public mutating func append<Bytes: Collection<UInt8>>(csvField source: Bytes) where Bytes.Index == Int {
    if source.withContiguousStorageIfAvailable({ appendCSVField($0) }) == nil {
      Array(source).withUnsafeBufferPointer { appendCSVField($0) }
    }
  }

  public mutating func append(csvField text: String) {
    var text = text
    text.withUTF8 { appendCSVField($0) }
  }

  /// The bytes of another buffer as a CSV field.
  public mutating func append(csvField other: borrowing OutputBytes) {
    appendCSVField(other.buffer)
  }

  private mutating func appendCSVField(_ source: UnsafeBufferPointer<UInt8>) {
    guard let start = source.baseAddress, let first = source.first else { return }
    let needsPrefix =
      first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40
      ? Double(String(decoding: source, as: UTF8.self)) == nil : false
    let firstSpecial = ByteLanes.firstStop(
      start, from: 0, to: source.count,
      stops: {
        FirstStopLanes.equal($0, to: 0x2C) | FirstStopLanes.equal($0, to: 0x22) | FirstStopLanes.equal($0, to: 0x0A)
          | FirstStopLanes.equal($0, to: 0x0D)
      }, isStop: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    let needsQuotes = firstSpecial < source.count
    if needsQuotes { append(byte: 0x22) }
    if needsPrefix { append(byte: 0x27) }
    guard needsQuotes else {
      append(source)
      return
    }
    var runStart = 0
    for index in firstSpecial..<source.count where source[index] == 0x22 {
      // The quote is copied with its run, then doubled.
      append(start + runStart, length: index + 1 - runStart)
      append(byte: 0x22)
      runStart = index + 1
    }
    append(start + runStart, length: source.count - runStart)
    append(byte: 0x22)
  }

  /// Text on one line: runs of white space (line breaks included) become one space, and the ends
  /// are trimmed. Runs of other ASCII bytes are copied at once.
  public mutating func append(oneLine source: UnsafeBufferPointer<UInt8>) {
    guard let start = source.baseAddress else { return }
    var pendingSpace = false
    var wroteAny = false
    var index = 0
    let end = source.count
    while index < end {
      let byte = source[index]
      if byte > 0x20 && byte < 0x80 {
        // The run goes on past single spaces between printable ASCII bytes: they are copied as they are.
        let runEnd = OutputBytes.plainRunEnd(source, from: index + 1)
        if pendingSpace { append(byte: 0x20) }
        pendingSpace = false
        wroteAny = true
        append(start + index, length: runEnd - index)
        index = runEnd
        continue
      }
      // An ASCII byte is one character, a space or not; anything else is decoded.
      let isSpace: Bool
      let length: Int
      if byte < 0x80 {
        isSpace = CharacterClass.isASCIISpace(byte)
        length = 1
      } else {
        let decoded = UTF8Decoding.characterClass(in: source, at: index)
        isSpace = decoded.characterClass.isSpace
        length = decoded.length
      }
      if isSpace {
        pendingSpace = wroteAny
      } else {
        if pendingSpace { append(byte: 0x20) }
        pendingSpace = false
        wroteAny = true
        append(start + index, length: min(index + length, end) - index)
      }
      index += length
    }
  }

  /// The end of the run from `start` that one-line text copies as it is: printable ASCII bytes
  /// (0x21...0x7F) and single spaces followed by one. Eight bytes at a time: a byte stops the run when
  /// it is a control byte, a non-ASCII byte, or a space whose next byte is not printable ASCII.
  /// - Complexity: O(length of the run).
  @inline(__always)
  static func plainRunEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = source.baseAddress else { return start }
    let end = source.count
    var index = start
    while index + 9 <= end {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let next = UInt64(littleEndian: UnsafeRawPointer(base + index + 1).loadUnaligned(as: UInt64.self))
      let notPrintableNext = ByteLanes.less(next, than: 0x21) | (next & 0x8080_8080_8080_8080)
      let stops =
        ByteLanes.less(word, than: 0x20) | (word & 0x8080_8080_8080_8080)
        | (ByteLanes.equal(word, to: 0x20) & notPrintableNext)
      if stops != 0 { return index + stops.trailingZeroBitCount >> 3 }
      index += 8
    }
    while index < end {
      let byte = base[index]
      let isPlain =
        (byte > 0x20 && byte < 0x80)
        || (byte == 0x20 && index + 1 < end && base[index + 1] > 0x20 && base[index + 1] < 0x80)
      guard isPlain else { break }
      index += 1
    }
    return index
  }

  static let hexDigits = Array("0123456789abcdef".utf8)
}
