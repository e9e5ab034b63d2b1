import Aggregation
import StanceCore
import Testing

@Suite struct PeriodTests {
  func date(_ raw: String) -> DocumentDate {
    guard let date = DocumentDate(parsing: raw) else { fatalError("bad fixture date \(raw)") }
    return date
  }

  @Test(arguments: [
    ("2021-01-03", "2020-W53"),  // a Sunday: 2020 began on a Wednesday and was a leap year, so it has 53 weeks
    ("2021-01-04", "2021-W01"),  // the Monday after
    ("2024-12-29", "2024-W52"),  // a Sunday
    ("2024-12-30", "2025-W01"),  // a Monday whose Thursday is 2025-01-02
    ("2021-12-31", "2021-W52"),  // a Friday
    ("2022-01-02", "2021-W52"),  // a Sunday
    ("2022-01-03", "2022-W01"),
    ("2026-01-01", "2026-W01"),  // a Thursday
    ("2027-01-01", "2026-W53"),  // a Friday: 2026 began on a Thursday, so it has 53 weeks
    ("2008-12-29", "2009-W01"),
    ("2010-01-03", "2009-W53"),
    ("1969-12-29", "1970-W01"),  // before the epoch: 1970-01-01 was a Thursday
    ("2021-12-02", "2021-W48"),  // Thursday 2021-12-02 is day 336; week 1's Thursday is day 7: (336 - 7) / 7 + 1 = 48
    ("2024-02-29", "2024-W09"),
  ])
  func fullDatesFallInTheirISOWeek(_ raw: String, _ label: String) {
    #expect(Period.week.label(for: date(raw)) == label)
  }

  @Test(arguments: [
    (Period.day, "2021-12-02", "2021-12-02"),
    (.month, "2021-12-31", "2021-12"),
    (.quarter, "2021-12-31", "2021-Q4"),
    (.quarter, "2022-01-21", "2022-Q1"),
    (.quarter, "2021-03-31", "2021-Q1"),
    (.quarter, "2021-04-01", "2021-Q2"),
    (.quarter, "2021-09", "2021-Q3"),
    (.year, "2021-12-31", "2021"),
    (.year, "2021-07", "2021"),
  ])
  func datesAreLabelledByTheirPeriod(_ period: Period, _ raw: String, _ label: String) {
    #expect(period.label(for: date(raw)) == label)
  }

  @Test(arguments: [
    (Period.day, "2021", "2021"), (.week, "2021", "2021"), (.month, "2021", "2021"), (.quarter, "2021", "2021"),
    (.day, "2021-12", "2021-12"), (.week, "2021-12", "2021-12"),
  ])
  func lessPreciseDatesKeepTheirOwnPrecision(_ period: Period, _ raw: String, _ label: String) {
    #expect(period.label(for: date(raw)) == label)
  }

  @Test(arguments: Period.allCases)
  func undatedStatementsAreLabelledUndated(_ period: Period) {
    #expect(period.label(for: nil) == "undated")
  }

  @Test func yearsBeforeOneThousandArePaddedToFourDigits() {
    #expect(Period.month.label(for: DocumentDate(year: 998, month: 5, day: 1)) == "0998-05")
    #expect(Period.year.label(for: DocumentDate(year: 45)) == "0045")
  }

  @Test func everyDayOfAFullYearGetsAWeekBetweenOneAndFiftyThree() {
    // 2020: Wednesday 2020-01-01 is in 2020-W01; Thursday 2020-12-31 is in 2020-W53.
    var labels: [String] = []
    for month in 1...12 {
      for day in 1...DocumentDate.daysIn(year: 2020, month: month) {
        labels.append(Period.week.label(for: DocumentDate(year: 2020, month: month, day: day)))
      }
    }
    #expect(labels.first == "2020-W01")
    #expect(labels.last == "2020-W53")
    #expect(Set(labels).count == 53)
    // Labels never go backwards through the year.
    #expect(labels == labels.sorted())
  }
}
