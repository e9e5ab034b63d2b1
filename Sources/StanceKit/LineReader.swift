import Foundation

/// Reads a file or stdin in chunks and yields its lines as byte arrays, without holding the file.
///
/// - Complexity: O(n) over the input, however long its lines: bytes already searched for a line
///   break are not searched again.
final class LineReader {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  /// Where each chunk is read to, allocated once: a new chunk each time would be fresh memory, whose
  /// pages the kernel faults in and zeroes on every read.
  private var chunk: [UInt8] = []
  private var position = 0
  /// Where the search for the next line break resumes.
  private var searched = 0
  private var isAtEnd = false
  private(set) var lineNumber = 0
  /// Why reading stopped before the end of the input, when a read failed: the lines after it are
  /// missing, and the reader's user says so rather than take the input as complete.
  private(set) var readError: String?
  static let chunkSize = 1 << 20

  init(handle: FileHandle) {
    self.handle = handle
  }

  /// The next line without its line break, or nil at the end.
  func nextLine() -> [UInt8]? {
    while true {
      if let newline = LineReader.firstNewline(in: buffer, from: max(position, searched)) {
        var end = newline
        if end > position, buffer[end - 1] == 0x0D { end -= 1 }
        let line = Array(buffer[position..<end])
        position = newline + 1
        searched = position
        lineNumber += 1
        return line
      }
      searched = buffer.count
      if isAtEnd {
        guard position < buffer.count else { return nil }
        let line = Array(buffer[position...])
        position = buffer.count
        searched = position
        lineNumber += 1
        return line
      }
      if position > 0 {
        buffer.removeFirst(position)
        searched -= position
        position = 0
      }
      let count = readChunk()
      if count > 0 {
        buffer.append(contentsOf: chunk[0..<count])
      } else {
        isAtEnd = true
      }
    }
  }

  /// Throws when reading stopped at a failed read (see `readError`): for readers that take the whole
  /// input or none of it.
  func throwIfIncomplete(path: String) throws {
    if let readError {
      throw StanceError.cannotRead(path: path, reason: "reading stopped after line \(lineNumber): \(readError)")
    }
  }

  /// Reads up to `chunkSize` bytes into `chunk`; returns how many (0 at the end, or on a read error,
  /// which ends the input and is kept in `readError`).
  private func readChunk() -> Int {
    if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: LineReader.chunkSize) }
    let descriptor = handle.fileDescriptor
    let count = chunk.withUnsafeMutableBytes { space in
      while true {
        let count = read(descriptor, space.baseAddress, space.count)
        if count >= 0 || errno != EINTR { return count }
      }
    }
    guard count >= 0 else {
      readError = String(cString: strerror(errno))
      return 0
    }
    return count
  }

  /// The index of the first line feed at or after `start`, found by the C library's memchr.
  static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
    buffer.withUnsafeBufferPointer { bytes in
      guard start < bytes.count, let base = bytes.baseAddress,
        let found = memchr(base + start, 0x0A, bytes.count - start)
      else { return nil }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
  }
}
