import Foundation

/// Writes output files atomically: each is written to a temporary file in the same folder and
/// renamed into place when complete, so an interrupted run never leaves a file that looks whole.
public final class OutputFolder {
  public let url: URL
  /// The files begun and not yet committed, each with the bytes not yet written. A run has two or
  /// three: found by comparing names, which costs less than hashing one for every document.
  private var open: [OpenFile] = []
  static let flushSize = 1 << 20

  private struct OpenFile {
    let name: String
    let handle: FileHandle
    let temporary: URL
    var buffer: [UInt8] = []
  }

  public init(url: URL) throws {
    self.url = url
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw StanceError.cannotWrite(path: url.path, reason: error.localizedDescription)
    }
  }

  /// Starts a file written line by line.
  public func begin(_ name: String) throws {
    let temporary = url.appendingPathComponent(".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let handle = try? FileHandle(forWritingTo: temporary)
    else { throw StanceError.cannotWrite(path: temporary.path, reason: "cannot create the file") }
    if let index = index(of: name) { open.remove(at: index) }
    open.append(OpenFile(name: name, handle: handle, temporary: temporary))
  }

  /// Appends a line (a line break is added) to a file begun with `begin`.
  public func append(_ name: String, line: String) throws {
    let index = try openIndex(of: name)
    open[index].buffer.append(contentsOf: line.utf8)
    open[index].buffer.append(0x0A)
    if open[index].buffer.count >= OutputFolder.flushSize { try flush(at: index) }
  }

  /// Appends bytes as they are (lines with their line breaks) to a file begun with `begin`.
  public func append(_ name: String, bytes: [UInt8]) throws {
    let index = try openIndex(of: name)
    // Copied from the bytes in place: a batch run's bytes were made on another thread, whose
    // reference count a retain would touch from this one.
    let count = bytes.withUnsafeBufferPointer { source in
      open[index].buffer.append(contentsOf: source)
      return open[index].buffer.count
    }
    if count >= OutputFolder.flushSize { try flush(at: index) }
  }

  private func index(of name: String) -> Int? {
    open.firstIndex { $0.name == name }
  }

  private func openIndex(of name: String) throws -> Int {
    guard let index = index(of: name) else {
      throw StanceError.cannotWrite(path: url.appendingPathComponent(name).path, reason: "the file was not begun")
    }
    return index
  }

  private func flush(at index: Int) throws {
    guard !open[index].buffer.isEmpty else { return }
    let handle = open[index].handle
    do {
      // Written from the buffer itself, not a copy of it, so emptying it below keeps its storage.
      try open[index].buffer.withUnsafeBytes { try handle.write(contentsOf: $0) }
    } catch {
      throw StanceError.cannotWrite(
        path: url.appendingPathComponent(open[index].name).path, reason: error.localizedDescription)
    }
    open[index].buffer.removeAll(keepingCapacity: true)
  }

  /// Completes a file begun with `begin` and moves it into place.
  public func commit(_ name: String) throws {
    guard let index = index(of: name) else { return }
    try flush(at: index)
    let file = open.remove(at: index)
    try? file.handle.close()
    try replace(url.appendingPathComponent(name), with: file.temporary)
  }

  /// Writes a whole file at once, atomically.
  public func write(_ name: String, contents: String) throws {
    let destination = url.appendingPathComponent(name)
    do {
      try Data(contents.utf8).write(to: destination, options: .atomic)
    } catch {
      throw StanceError.cannotWrite(path: destination.path, reason: error.localizedDescription)
    }
  }

  /// Removes unfinished temporary files (after a failure).
  public func abandon() {
    for file in open {
      try? file.handle.close()
      try? FileManager.default.removeItem(at: file.temporary)
    }
    open.removeAll()
  }

  private func replace(_ destination: URL, with temporary: URL) throws {
    if rename(temporary.path, destination.path) != 0 {
      throw StanceError.cannotWrite(path: destination.path, reason: String(cString: strerror(errno)))
    }
  }
}
