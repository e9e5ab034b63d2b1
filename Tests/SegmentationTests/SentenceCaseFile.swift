import Foundation
import StanceTestSupport
import Testing

/// The hard cases of `Fixtures/sentence-cases.txt`: a text and the sentences a careful editor
/// finds in it. The file's header explains the format and conventions.
struct SentenceCase: Sendable, CustomTestStringConvertible {
  var name: String
  var category: String
  var text: String
  var expected: [String]

  var testDescription: String { "\(name) [\(category)]" }

  static let all: [SentenceCase] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/sentence-cases.txt")
    guard let data = FileManager.default.contents(atPath: url.path) else { fatalError("missing \(url.path)") }
    return parse(String(decoding: data, as: UTF8.self))
  }()

  static func parse(_ file: String) -> [SentenceCase] {
    var cases: [SentenceCase] = []
    let blocks = file.components(separatedBy: "\n### ").dropFirst()
    for block in blocks {
      var lines = block.components(separatedBy: "\n")
      let header = lines.removeFirst()
      guard let open = header.lastIndex(of: "["), let close = header.lastIndex(of: "]") else { continue }
      let name = header[..<open].trimmingCharacters(in: .whitespaces)
      let category = String(header[header.index(after: open)..<close])
      guard let separator = lines.firstIndex(of: "---") else { continue }
      let text = lines[..<separator].joined(separator: "\n")
      let expected = lines[(separator + 1)...].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      cases.append(SentenceCase(name: name, category: category, text: text, expected: expected))
    }
    return cases
  }
}

/// Any run of white space as one space, as the case file writes sentences.
func collapsingWhitespace(_ text: String) -> String {
  text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
