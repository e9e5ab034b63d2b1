import Foundation
import StanceCore
import StanceTestSupport

/// The project's lexicon files as (name → text), to lay overlays over in tests.
enum LexiconTestFiles {
  static let base: [String: String] = {
    var files: [String: String] = [:]
    for name in LexiconSet.fileNames {
      let data = FileManager.default.contents(atPath: Fixtures.lexiconFolder.appendingPathComponent(name).path)!
      files[name] = String(decoding: data, as: UTF8.self)
    }
    return files
  }()

  /// The base with `text` appended to one file.
  static func base(appending text: String, to name: String) -> [String: String] {
    var files = base
    files[name]! += (files[name]!.hasSuffix("\n") ? "" : "\n") + text
    return files
  }

  /// The number the next appended line gets.
  static func nextLine(of name: String) -> Int {
    let content = base[name]!
    let lines = content.split(separator: "\n", omittingEmptySubsequences: false).count
    return content.hasSuffix("\n") ? lines : lines + 1
  }
}
