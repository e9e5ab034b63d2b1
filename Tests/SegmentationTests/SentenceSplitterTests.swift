import Segmentation
import StanceCore
import StanceTestSupport
import Testing

/// Sentence boundaries on hard cases written for the purpose.
@Suite struct SentenceSplitterTests {
  let segmenter = Segmenter(lexicons: Fixtures.lexicons)

  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: [String]
    var testDescription: String { String(text.prefix(40)) }
  }

  static let cases: [Case] = [
    Case(
      text: "Mr. Lavrov met Dr. Smith in St. Petersburg. They talked.",
      expected: ["Mr. Lavrov met Dr. Smith in St. Petersburg.", "They talked."]),
    Case(
      text: "Prices rose 2.9 percent in November. Food led the rise.",
      expected: ["Prices rose 2.9 percent in November.", "Food led the rise."]),
    Case(text: "“Why?” he asked. Nobody answered.", expected: ["“Why?” he asked.", "Nobody answered."]),
    Case(text: "“We are ready.” The minister left.", expected: ["“We are ready.”", "The minister left."]),
    Case(text: "The U.S. and the U.N. disagreed on Friday.", expected: ["The U.S. and the U.N. disagreed on Friday."]),
    Case(
      text: "Yuri V. Ushakov spoke. J.R.R. Tolkien did not.",
      expected: ["Yuri V. Ushakov spoke.", "J.R.R. Tolkien did not."]),
    Case(text: "See No. 5 on the list. It matters.", expected: ["See No. 5 on the list.", "It matters."]),
    Case(text: "It was late… Then the talks resumed.", expected: ["It was late…", "Then the talks resumed."]),
    Case(text: "He paused... and went on.", expected: ["He paused... and went on."]),
    Case(
      text: "He said so. – NATO’s advance will affect us.",
      expected: ["He said so.", "– NATO’s advance will affect us."]),
  ]

  @Test(arguments: cases) func splitsAsExpected(_ testCase: Case) {
    let segmented = segmenter.segment(Document(id: "case", text: testCase.text))
    let sentences = segmented.sentences.map { segmented.text.string($0.range) }
    #expect(sentences == testCase.expected)
  }

  @Test func blankLinesSeparateParagraphsAndIndentedLinesStartNewOnes() {
    let text = "First paragraph line one\ncontinues here.\n\nSecond paragraph.\n    Third, indented like a wire story."
    let segmented = segmenter.segment(Document(id: "wire", text: text))
    #expect(segmented.paragraphs.count == 3)
    #expect(segmented.text.string(segmented.sentences[0].range) == "First paragraph line one\ncontinues here.")
  }

  @Test func frontMatterIsDroppedAndNotSegmented() {
    let text = "---\ndate: 2021-12-02\n---\nTitle line\n\nBody sentence."
    let segmented = segmenter.segment(Document(id: "fm", text: text, hasTitleLine: true))
    #expect(segmented.dropped.first?.reason == "front-matter")
    #expect(segmented.paragraphs.first?.kind == .title)
    #expect(segmented.text.string(segmented.paragraphs[0].range) == "Title line")
  }
}
