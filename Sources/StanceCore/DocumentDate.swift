/// A calendar date with the precision it was given in: a year, a month or a day.
public struct DocumentDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var year: Int
  /// 1...12, or 0 when only the year is known.
  public var month: Int
  /// 1...31, or 0 when only the year or month is known.
  public var day: Int

  public init(year: Int, month: Int = 0, day: Int = 0) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and ISO date-times (`YYYY-MM-DDTHH:MM...`).
  /// Returns nil for anything else, including impossible dates such as `2021-02-30`.
  public init?(parsing raw: some StringProtocol) {
    var text = String(raw)
    guard let date = text.withUTF8({ DocumentDate.parse($0) }) else { return nil }
    self = date
  }

  /// The date written in `text`'s bytes, read in place (this runs once per document).
  static func parse(_ text: UnsafeBufferPointer<UInt8>) -> DocumentDate? {
    var first = 0
    while first < text.count, text[first] == 0x20 { first += 1 }
    let bytes = UnsafeBufferPointer(rebasing: text[first...])
    func number(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[from..<(from + count)] {
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    var end = bytes.count
    while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
    guard end >= 4, let year = number(0, 4), year >= 1 else { return nil }
    if end == 4 { return DocumentDate(year: year) }
    guard end >= 7, bytes[4] == 0x2D, let month = number(5, 2), (1...12).contains(month) else { return nil }
    if end == 7 { return DocumentDate(year: year, month: month) }
    guard end >= 10, bytes[7] == 0x2D, let day = number(8, 2),
      day >= 1, day <= DocumentDate.daysIn(year: year, month: month)
    else { return nil }
    if end > 10 {
      // A date-time: the character after the date must start the time part.
      guard bytes[10] == UInt8(ascii: "T") || bytes[10] == 0x20, end >= 13, number(11, 2) != nil else {
        return nil
      }
    }
    return DocumentDate(year: year, month: month, day: day)
  }

  public var description: String {
    guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day), month > 0 || day == 0 else {
      var text = pad(year, 4)
      if month > 0 { text += "-" + pad(month, 2) }
      if day > 0 { text += "-" + pad(day, 2) }
      return text
    }
    // The common case written digit by digit: this runs once per document and statement.
    let length = day > 0 ? 10 : month > 0 ? 7 : 4
    return String(unsafeUninitializedCapacity: length) { buffer in
      func digits(_ value: Int, count: Int, at start: Int) {
        var value = value
        for offset in stride(from: count - 1, through: 0, by: -1) {
          buffer[start + offset] = UInt8(value % 10) + 0x30
          value /= 10
        }
      }
      digits(year, count: 4, at: 0)
      if month > 0 {
        buffer[4] = 0x2D
        digits(month, count: 2, at: 5)
      }
      if day > 0 {
        buffer[7] = 0x2D
        digits(day, count: 2, at: 8)
      }
      return length
    }
  }

  public static func < (lhs: DocumentDate, rhs: DocumentDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Number of days in a month of the proleptic Gregorian calendar.
  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
