import Reporting
import StanceCore
import StanceKit

/// Segment, attribute and score any bytes as a document; then format its statement lines.
let pipeline = Pipeline(lexicons: try! LexiconLoader.load(folder: nil))
let formatter = StatementFormatter()

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let text = String(decoding: bytes, as: UTF8.self)
  let hasTitle = size > 0 && data[0] & 1 == 1
  let result = pipeline.process(
    Document(id: "fuzz", text: text, speaker: size % 7 == 0 ? "Lavrov" : nil, hasTitleLine: hasTitle))
  let converter = ScalarOffsetConverter(result.segmented.text)
  let scalarCount = text.unicodeScalars.count
  for statement in result.statements {
    let content = statement.statement.content
    precondition(content.start <= content.end && content.end <= result.segmented.text.count, "content out of range")
    precondition(converter.scalarOffset(content.end) <= scalarCount, "scalar offset out of range")
    precondition(statement.tone.score > -1 && statement.tone.score < 1, "score out of range")
  }
  // The statement lines, as `stance score` writes them: one CSV row and one JSON line each.
  let lines = formatter.formatBytes(result.statements, in: result.segmented)
  precondition(lines.json.filter { $0 == 0x0A }.count == result.statements.count, "one JSON line per statement")
  precondition(lines.csv.isEmpty == result.statements.isEmpty, "CSV rows for statements only")
  return 0
}
