import Segmentation
import StanceCore
import StanceTestSupport
import Testing

/// The golden suite of hard segmentation cases: the pass rate is printed and must reach 97%.
@Suite struct SentenceCaseTests {
  static let segmenter = Segmenter(lexicons: Fixtures.lexicons)

  static func sentences(of testCase: SentenceCase) -> [String] {
    let document = Document(id: testCase.name, text: testCase.text, hasTitleLine: testCase.category == "title")
    let segmented = segmenter.segment(document)
    return segmented.sentences.map { collapsingWhitespace(segmented.text.string($0.range)) }
  }

  @Test func theCaseFileHoldsAtLeastEightyCases() {
    #expect(SentenceCase.all.count >= 80)
    #expect(Set(SentenceCase.all.map(\.name)).count == SentenceCase.all.count)
  }

  @Test func passRateIsAtLeastNinetySevenPercent() {
    var failures: [String] = []
    for testCase in SentenceCase.all {
      let actual = Self.sentences(of: testCase)
      if actual != testCase.expected {
        failures.append(
          "\(testCase.testDescription)\n    expected: \(testCase.expected)\n    actual:   \(actual)")
      }
    }
    let total = SentenceCase.all.count
    let passed = total - failures.count
    let rate = total == 0 ? 0 : Double(passed) / Double(total)
    print("segmentation golden suite: \(passed)/\(total) cases pass (\(Int((rate * 1000).rounded()) / 10)%)")
    for failure in failures { print("  FAILED \(failure)") }
    #expect(rate >= 0.97, "pass rate \(passed)/\(total)")
  }
}
