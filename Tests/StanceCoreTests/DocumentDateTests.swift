import StanceCore
import Testing

@Suite struct DocumentDateTests {
  struct ParseCase: CustomTestStringConvertible, Sendable {
    var raw: String
    var year: Int
    var month: Int
    var day: Int
    var testDescription: String { "'\(raw)'" }
  }

  @Test(arguments: [
    ParseCase(raw: "2021", year: 2021, month: 0, day: 0),
    ParseCase(raw: "2021-12", year: 2021, month: 12, day: 0),
    ParseCase(raw: "2021-12-02", year: 2021, month: 12, day: 2),
    ParseCase(raw: "2022-01-21T09:30:00Z", year: 2022, month: 1, day: 21),
    ParseCase(raw: "2022-01-21T09", year: 2022, month: 1, day: 21),
    ParseCase(raw: "2022-01-21 09:30", year: 2022, month: 1, day: 21),
    ParseCase(raw: "  2021-12-31  ", year: 2021, month: 12, day: 31),
    ParseCase(raw: "2024-02-29", year: 2024, month: 2, day: 29),
    ParseCase(raw: "2000-02-29", year: 2000, month: 2, day: 29),
  ])
  func acceptedFormsKeepTheirPrecision(_ example: ParseCase) throws {
    let date = try #require(DocumentDate(parsing: example.raw))
    #expect(date.year == example.year)
    #expect(date.month == example.month)
    #expect(date.day == example.day)
  }

  @Test(arguments: [
    "",  // nothing
    "21",  // two-digit year
    "0000",  // year zero
    "2021-02-30",  // impossible day
    "2023-02-29",  // not a leap year
    "1900-02-29",  // century, not a leap year
    "2021-13-01",  // month 13
    "2021-00",  // month zero
    "2021-12-00",  // day zero
    "2021-1-2",  // unpadded
    "2021-12-1",  // unpadded day
    "20211202",  // no separators
    "2021/12/02",  // wrong separator
    "31/12/2021",  // day first
    "December 2, 2021",  // words
    "2021-12-02X",  // junk after the day
    "2021-12-02T",  // a T without a time
    "2021-12-02T9",  // a one-digit hour
    "yesterday",
  ])
  func malformedOrImpossibleDatesAreRejected(_ raw: String) {
    #expect(DocumentDate(parsing: raw) == nil)
  }

  @Test func descriptionWritesOnlyTheKnownPrecisionZeroPadded() {
    #expect(DocumentDate(year: 2021).description == "2021")
    #expect(DocumentDate(year: 2021, month: 3).description == "2021-03")
    #expect(DocumentDate(year: 2021, month: 3, day: 4).description == "2021-03-04")
    #expect(DocumentDate(year: 998, month: 11, day: 9).description == "0998-11-09")
  }

  @Test func descriptionRoundTripsThroughParsing() throws {
    for raw in ["2021", "2021-12", "2021-12-02", "0998-11-09"] {
      let date = try #require(DocumentDate(parsing: raw))
      #expect(date.description == raw)
    }
  }

  @Test func lessPreciseDatesSortBeforeTheFirstDayTheyContain() {
    let year = DocumentDate(year: 2021)
    let month = DocumentDate(year: 2021, month: 1)
    let day = DocumentDate(year: 2021, month: 1, day: 1)
    let nextMonth = DocumentDate(year: 2021, month: 2)
    let nextYear = DocumentDate(year: 2022, month: 1, day: 1)
    #expect([nextYear, day, nextMonth, year, month].sorted() == [year, month, day, nextMonth, nextYear])
  }

  @Test(arguments: [
    (2021, 1, 31), (2021, 2, 28), (2024, 2, 29), (1900, 2, 28), (2000, 2, 29), (2021, 4, 30), (2021, 9, 30),
    (2021, 11, 30), (2021, 12, 31),
  ])
  func daysInMonthFollowsTheGregorianCalendar(year: Int, month: Int, days: Int) {
    #expect(DocumentDate.daysIn(year: year, month: month) == days)
  }
}
