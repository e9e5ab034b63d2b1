import Foundation

/// Finds the lexicons and seeds that ship with the tool.
///
/// They are copied beside the executable as `stance_StanceKit.resources` by the build; an
/// installed binary needs that folder next to it. A development build also finds them in the
/// source tree. `Bundle.module` is never touched, because it aborts when the bundle is missing.
public enum DefaultResources {
  static let bundleName = "stance_StanceKit.resources"

  /// The folder holding `lexicons/` and `seeds/`, or nil when neither place has them.
  public static func folder() -> URL? {
    var candidates: [URL] = []
    if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
    }
    candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
    // The source tree this file was compiled from: Sources/StanceKit/ → the package root.
    candidates.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent())
    return candidates.first {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("lexicons/tone.tsv").path)
    }
  }

  /// The default lexicon folder.
  public static func lexiconFolder() throws -> URL {
    guard let folder = folder() else { throw StanceError.resourcesMissing }
    return folder.appendingPathComponent("lexicons")
  }

  /// The embedded seed corpus.
  public static func seedFolder() throws -> URL {
    guard let folder = folder() else { throw StanceError.resourcesMissing }
    return folder.appendingPathComponent("seeds")
  }
}
