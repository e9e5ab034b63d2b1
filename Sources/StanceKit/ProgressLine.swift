import Foundation

/// A progress line on stderr for long runs: documents, MB read, MB/s and, when the input size is
/// known, the share done and the time left. Drawn only when stderr is a terminal, first after one
/// second, then at most four times a second; cleared at the end.
public final class ProgressLine {
  private let totalBytes: Int?
  private let started = Date()
  private var lastDrawn: Date? = nil
  private var isDrawn = false

  /// A progress line, or nil when stderr is not a terminal.
  public static func forTerminal(totalBytes: Int?) -> ProgressLine? {
    isatty(STDERR_FILENO) == 1 ? ProgressLine(totalBytes: totalBytes) : nil
  }

  init(totalBytes: Int?) {
    self.totalBytes = totalBytes
  }

  /// Redraws the line if it is due.
  public func update(documents: Int, bytes: Int) {
    let now = Date()
    let elapsed = now.timeIntervalSince(started)
    guard elapsed >= 1, lastDrawn.map({ now.timeIntervalSince($0) >= 0.25 }) ?? true else { return }
    lastDrawn = now
    FileHandle.standardError.write(
      Data(
        ("\r\u{1B}[K"
          + ProgressLine.text(
            documents: documents, bytes: bytes, totalBytes: totalBytes, elapsed: elapsed)).utf8))
    isDrawn = true
  }

  /// Clears the line.
  public func finish() {
    if isDrawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    isDrawn = false
  }

  /// The line's text.
  static func text(documents: Int, bytes: Int, totalBytes: Int?, elapsed: Double) -> String {
    let megabytes = Double(bytes) / 1_000_000
    let rate = megabytes / max(elapsed, 1e-9)
    var text = "\(documents) documents, \(String(format: "%.1f", megabytes)) MB, \(String(format: "%.1f", rate)) MB/s"
    if let totalBytes, totalBytes > 0 {
      let done = min(1, Double(bytes) / Double(totalBytes))
      let left = rate > 0 ? (Double(totalBytes - min(bytes, totalBytes)) / 1_000_000) / rate : 0
      text += ", \(Int(done * 100))%, ETA \(duration(left))"
    }
    return text
  }

  static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    return total >= 3600
      ? "\(total / 3600)h\(String(format: "%02d", total % 3600 / 60))m"
      : "\(total / 60)m\(String(format: "%02d", total % 60))s"
  }
}
