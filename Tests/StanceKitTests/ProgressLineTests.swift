import Testing

@testable import StanceKit

@Suite struct ProgressLineTests {
  @Test func lineShowsDocumentsMegabytesRateShareAndTimeLeft() {
    // 12 MB in 2 s is 6 MB/s; 12 of 24 MB is 50%; the other 12 MB take 2 s.
    let text = ProgressLine.text(documents: 120, bytes: 12_000_000, totalBytes: 24_000_000, elapsed: 2)
    #expect(text == "120 documents, 12.0 MB, 6.0 MB/s, 50%, ETA 0m02s")
  }

  @Test func withoutAKnownSizeThereIsNoShareOrTimeLeft() {
    let text = ProgressLine.text(documents: 7, bytes: 1_500_000, totalBytes: nil, elapsed: 3)
    #expect(text == "7 documents, 1.5 MB, 0.5 MB/s")
  }

  @Test func longRunsShowHoursAndMinutes() {
    #expect(ProgressLine.duration(3 * 3600 + 25 * 60 + 10) == "3h25m")
    #expect(ProgressLine.duration(59.6) == "1m00s")
  }
}
