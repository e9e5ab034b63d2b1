import StanceCore

/// The length of the periods a series is cut into.
public enum Period: String, Sendable, CaseIterable {
  case day, week, month, quarter, year

  /// The label of the period a date falls in. A date less precise than the period keeps its
  /// own precision ("2021" stays a year under `month`): it is never spread over finer periods.
  /// Undated statements are labelled "undated".
  public func label(for date: DocumentDate?) -> String {
    guard let date else { return "undated" }
    let year = pad4(date.year)
    switch self {
    case .year:
      return year
    case .quarter:
      guard date.month > 0 else { return year }
      return "\(year)-Q\((date.month - 1) / 3 + 1)"
    case .month:
      guard date.month > 0 else { return year }
      return "\(year)-\(pad2(date.month))"
    case .week:
      guard date.month > 0 else { return year }
      guard date.day > 0 else { return "\(year)-\(pad2(date.month))" }
      let (weekYear, week) = Period.isoWeek(date)
      return "\(pad4(weekYear))-W\(pad2(week))"
    case .day:
      guard date.month > 0 else { return year }
      guard date.day > 0 else { return "\(year)-\(pad2(date.month))" }
      return "\(year)-\(pad2(date.month))-\(pad2(date.day))"
    }
  }

  /// Days since 1970-01-01 of a full date (proleptic Gregorian).
  static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 719468
  }

  /// The ISO 8601 week-numbering year and week of a full date.
  static func isoWeek(_ date: DocumentDate) -> (year: Int, week: Int) {
    let days = daysSinceEpoch(year: date.year, month: date.month, day: date.day)
    let weekday = ((days % 7) + 7 + 3) % 7 + 1  // 1 = Monday; 1970-01-01 was a Thursday
    let thursday = days - weekday + 4
    // The week's year is the year of its Thursday.
    var year = date.year
    if thursday < daysSinceEpoch(year: year, month: 1, day: 1) { year -= 1 }
    if thursday >= daysSinceEpoch(year: year + 1, month: 1, day: 1) { year += 1 }
    let week = (thursday - daysSinceEpoch(year: year, month: 1, day: 1)) / 7 + 1
    return (year, week)
  }
}

func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
func pad4(_ value: Int) -> String {
  let text = String(value)
  return text.count >= 4 ? text : String(repeating: "0", count: 4 - text.count) + text
}
