import Foundation

/// Writes output files atomically: each is written to a temporary file in the same folder and
/// renamed into place when complete, so an interrupted run never leaves a file that looks whole.
public final class OutputFolder {
  public let url: URL
  private var open: [String: (handle: FileHandle, temporary: URL)] = [:]
  private var buffers: [String: [UInt8]] = [:]
  static let flushSize = 1 << 20

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
    open[name] = (handle, temporary)
    buffers[name] = []
  }

  /// Appends a line (a line break is added).
  public func append(_ name: String, line: String) throws {
    buffers[name, default: []].append(contentsOf: line.utf8)
    buffers[name]!.append(0x0A)
    if buffers[name]!.count >= OutputFolder.flushSize { try flush(name) }
  }

  /// Appends bytes as they are (lines with their line breaks).
  public func append(_ name: String, bytes: [UInt8]) throws {
    // Copied from the bytes in place: a batch run's bytes were made on another thread, whose
    // reference count a retain would touch from this one.
    let count = bytes.withUnsafeBufferPointer { source in
      buffers[name, default: []].append(contentsOf: source)
      return buffers[name]!.count
    }
    if count >= OutputFolder.flushSize { try flush(name) }
  }

  private func flush(_ name: String) throws {
    guard let file = open[name], buffers[name]?.isEmpty == false else { return }
    do {
      // Written from the buffer itself, not a copy of it; no other reference to it outlives the
      // write, so emptying it below keeps its storage instead of allocating a new one.
      try buffers[name]!.withUnsafeBytes { try file.handle.write(contentsOf: $0) }
    } catch {
      throw StanceError.cannotWrite(path: url.appendingPathComponent(name).path, reason: error.localizedDescription)
    }
    buffers[name]!.removeAll(keepingCapacity: true)
  }

  /// Completes a file begun with `begin` and moves it into place.
  public func commit(_ name: String) throws {
    try flush(name)
    guard let file = open.removeValue(forKey: name) else { return }
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
    for (_, file) in open {
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
