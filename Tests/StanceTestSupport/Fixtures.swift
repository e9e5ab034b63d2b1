import Foundation
import StanceCore
import StanceKit

/// Shared fixtures: the project's lexicons and seeds, read from the source tree.
public enum Fixtures {
  /// The package root, found from this file's location.
  public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  public static var lexiconFolder: URL { packageRoot.appendingPathComponent("lexicons") }
  public static var seedFolder: URL { packageRoot.appendingPathComponent("seeds") }
  public static var reportsFolder: URL { packageRoot.appendingPathComponent("reports") }

  /// The default lexicons, loaded once.
  public static let lexicons: LexiconSet = {
    do {
      return try LexiconLoader.load(folder: lexiconFolder)
    } catch {
      fatalError("the project's lexicons do not load: \(error)")
    }
  }()

  /// The pipeline over the default lexicons.
  public static let pipeline = Pipeline(lexicons: lexicons)

  /// The five seed documents, in file order, dated by the manifest.
  public static func seedDocuments() -> [Document] {
    let reader = CorpusReader(inputs: [seedFolder.path])
    var documents: [Document] = []
    while let item = reader.next() {
      if case .document(let document) = item { documents.append(document) }
    }
    return documents
  }

  /// The seed whose file name starts with `prefix` ("000", "001", ...).
  public static func seed(_ prefix: String) -> Document {
    guard let document = seedDocuments().first(where: { $0.id.hasPrefix(prefix) }) else {
      fatalError("no seed \(prefix)")
    }
    return document
  }

  /// A temporary folder removed by the caller.
  public static func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stance-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
