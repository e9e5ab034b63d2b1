import Aggregation
import StanceCore
import Testing

@Suite struct DateRangeTests {
  func date(_ text: String) -> DocumentDate? { DocumentDate(parsing: text) }

  @Test func boundsOfReducedPrecisionCoverTheirWholeSpan() {
    let range = DateRange(from: date("2021"), to: date("2021-06"))
    #expect(range.contains(date("2021-01-01")))
    #expect(range.contains(date("2021-06-30")))
    #expect(!range.contains(date("2021-07-01")))
    #expect(!range.contains(date("2020-12-31")))
  }

  @Test func aDateLessPreciseThanTheRangeCountsOnlyWhenWhollyInside() {
    let range = DateRange(from: date("2021-06"), to: nil)
    #expect(!range.contains(date("2021")))
    #expect(range.contains(date("2022")))
    #expect(range.contains(date("2021-06")))
  }

  @Test func undatedStatementsAreOutsideEveryRangeButInsideNone() {
    #expect(!DateRange(from: date("2000"), to: nil).contains(nil))
    #expect(DateRange(from: nil, to: nil).contains(nil))
  }

  @Test func aRangeEndingBeforeItStartsIsEmpty() {
    #expect(DateRange(from: date("2022"), to: date("2021-12-31")).isEmpty)
    #expect(!DateRange(from: date("2021-12"), to: date("2021-12")).isEmpty)
  }
}
