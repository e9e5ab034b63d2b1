import Foundation

/// Where a run's partial file is written: a file (atomically, like every output) or standard output,
/// for batch engines that collect a mapper's stdout.
final class PartialSink {
  private let folder: OutputFolder?
  /// The file's name in the output folder, when it is written there.
  let fileName: String?
  private let name: String
  private var buffer: [UInt8] = []

  /// `path` is "-" for stdout, a bare name for a file in the output folder, or any other path.
  init(path: String, output: OutputFolder) throws {
    if path == "-" {
      folder = nil
      fileName = nil
      name = "-"
      return
    }
    let url = URL(fileURLWithPath: path)
    let isBareName = !path.contains("/")
    let target = isBareName ? output : try OutputFolder(url: url.deletingLastPathComponent())
    folder = target
    fileName = isBareName ? path : nil
    name = url.lastPathComponent
    try target.begin(name)
  }

  func append(_ line: String) throws {
    if let folder {
      try folder.append(name, line: line)
    } else {
      buffer.append(contentsOf: line.utf8)
      buffer.append(0x0A)
    }
  }

  /// Writes what stdout's buffer holds once it is large.
  func flushIfFull() throws {
    if buffer.count >= 1 << 20 { flush() }
  }

  private func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }

  /// Completes the file.
  func finish() throws {
    if let folder { try folder.commit(name) } else { flush() }
  }
}
