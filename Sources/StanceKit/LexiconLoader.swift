import Foundation
import StanceCore

/// Reads a lexicon folder from disk and validates it.
public enum LexiconLoader {
  /// Loads `folder`, or the default lexicons when nil. Errors name the file and line.
  public static func load(folder: URL?) throws -> LexiconSet {
    let directory = try folder ?? DefaultResources.lexiconFolder()
    var files: [String: String] = [:]
    for name in LexiconSet.fileNames {
      let url = directory.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw StanceError.cannotRead(path: url.path, reason: "unreadable file")
      }
      files[name] = String(decoding: data, as: UTF8.self)
    }
    do {
      return try LexiconSet.parse(files: files)
    } catch {
      // Name the files by their path so the user can open them.
      let located = error.errors.map {
        LexiconError(file: directory.appendingPathComponent($0.file).relativePath, line: $0.line, message: $0.message)
      }
      throw StanceError.lexicon(LexiconErrors(located))
    }
  }
}
