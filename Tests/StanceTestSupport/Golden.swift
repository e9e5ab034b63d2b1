import Foundation

/// Golden-file comparison: the expected file is compared with the actual text; a difference is
/// reported as a line diff. With STANCE_RECORD=1 in the environment the golden file is rewritten.
public enum Golden {
  public static var isRecording: Bool { ProcessInfo.processInfo.environment["STANCE_RECORD"] == "1" }

  /// nil when `actual` matches the file, otherwise a readable description of the difference.
  public static func difference(actual: String, golden url: URL) -> String? {
    if isRecording {
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: url)
      return nil
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return "\(url.lastPathComponent): golden file missing (run with STANCE_RECORD=1 to create it)"
    }
    let expected = String(decoding: data, as: UTF8.self)
    return lineDiff(expected: expected, actual: actual, name: url.lastPathComponent)
  }

  /// The first differing lines of two texts, or nil when they are equal.
  public static func lineDiff(expected: String, actual: String, name: String, limit: Int = 8) -> String? {
    guard expected != actual else { return nil }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report = ["\(name) differs (expected \(expectedLines.count) lines, got \(actualLines.count)):"]
    var shown = 0
    for index in 0..<max(expectedLines.count, actualLines.count) where shown < limit {
      let left = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
      let right = index < actualLines.count ? String(actualLines[index]) : "<none>"
      if left != right {
        report.append("  line \(index + 1):\n    - \(left)\n    + \(right)")
        shown += 1
      }
    }
    return report.joined(separator: "\n")
  }
}
