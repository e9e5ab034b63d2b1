import Foundation

/// Reads a JSON Lines file of labelled records (gold files), one object a line, blank lines skipped.
enum JSONLinesFile {
  /// Each record with its 1-based line number; a line that is not a JSON object is an error at
  /// `path:line`.
  static func records(path: String) throws -> [(line: Int, record: [String: Any])] {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw StanceError.cannotRead(path: path, reason: "cannot open")
    }
    let reader = LineReader(handle: handle)
    var records: [(line: Int, record: [String: Any])] = []
    while let line = reader.nextLine() {
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      guard let record = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
        throw StanceError.usage("\(path):\(reader.lineNumber): not a JSON object")
      }
      records.append((reader.lineNumber, record))
    }
    try reader.throwIfIncomplete(path: path)
    return records
  }
}
