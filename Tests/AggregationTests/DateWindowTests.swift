import Aggregation
import StanceCore
import Testing

@Suite struct DateWindowTests {
  func date(_ text: String) -> DocumentDate? { DocumentDate(parsing: text) }

  @Test func boundsTakeTheirOwnPrecisionAndLessPreciseDatesOverlap() {
    let window = DateWindow(from: date("2000"), to: date("2024"))
    #expect(window.contains(date("2000-01-01")))
    #expect(window.contains(date("2024-12-31")))
    #expect(!window.contains(date("1999-12-31")))
    #expect(!window.contains(date("2025")))
    #expect(!window.contains(nil))
    let june = DateWindow(from: date("2021-06-15"), to: date("2021-07"))
    // A year-only or month-only date is inside when any of its days is.
    #expect(june.contains(date("2021")))
    #expect(june.contains(date("2021-06")))
    #expect(june.contains(date("2021-07-31")))
    #expect(!june.contains(date("2021-06-14")))
    #expect(!june.contains(date("2021-08-01")))
  }

  @Test func anOpenWindowKeepsEverythingUndatedIncluded() {
    #expect(DateWindow().contains(nil))
    #expect(DateWindow(to: date("2021")).contains(date("1990-05-01")))
    #expect(!DateWindow(to: date("2021")).contains(nil))
  }
}
