import Foundation

/// Reads a file or stdin in chunks and yields its lines as byte arrays, without holding the file.
final class LineReader {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var position = 0
  private var isAtEnd = false
  private(set) var lineNumber = 0
  static let chunkSize = 1 << 20

  init(handle: FileHandle) {
    self.handle = handle
  }

  /// The next line without its line break, or nil at the end.
  func nextLine() -> [UInt8]? {
    while true {
      if let newline = buffer[position...].firstIndex(of: 0x0A) {
        var end = newline
        if end > position, buffer[end - 1] == 0x0D { end -= 1 }
        let line = Array(buffer[position..<end])
        position = newline + 1
        lineNumber += 1
        return line
      }
      if isAtEnd {
        guard position < buffer.count else { return nil }
        let line = Array(buffer[position...])
        position = buffer.count
        lineNumber += 1
        return line
      }
      buffer.removeFirst(position)
      position = 0
      let chunk = (try? handle.read(upToCount: LineReader.chunkSize)) ?? nil
      if let chunk, !chunk.isEmpty {
        buffer.append(contentsOf: chunk)
      } else {
        isAtEnd = true
      }
    }
  }
}
