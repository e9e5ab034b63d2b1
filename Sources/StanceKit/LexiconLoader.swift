import Foundation
import StanceCore

/// Reads a lexicon folder from disk, lays overlays over it, and validates the result.
public enum LexiconLoader {
  /// Loads `folder`, or the default lexicons when nil. Errors name the file and line.
  public static func load(folder: URL?) throws -> LexiconSet {
    try load(folder: folder, overlays: [])
  }

  /// Loads `folder` (nil: the default lexicons) with each overlay laid over it in order.
  ///
  /// An overlay is a folder holding any of the lexicon files, or a single dictionary file that
  /// `LexiconImport` reads as a tone.tsv: a `.dic` file (LIWC / Lexicoder) or any other file in
  /// VADER's format (its entries are named `FILE/tone.tsv` in messages). Errors name the file and line.
  public static func load(folder: URL?, overlays: [URL]) throws -> LexiconSet {
    var layers = [try layer(folder: try folder ?? DefaultResources.lexiconFolder(), requiresFiles: false)]
    for overlay in overlays { layers.append(try layer(folder: overlay, requiresFiles: true)) }
    do {
      return try LexiconSet.parse(layers: layers)
    } catch {
      throw StanceError.lexicon(error)
    }
  }

  /// The lexicon files of one folder (or one imported dictionary file) as a layer.
  static func layer(folder: URL, requiresFiles: Bool) throws -> LexiconLayer {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
    if requiresFiles && exists && !isDirectory.boolValue {
      return LexiconLayer(location: folder.relativePath, files: ["tone.tsv": try LexiconImport.toneFile(from: folder)])
    }
    var files: [String: String] = [:]
    for name in LexiconSet.fileNames {
      let url = folder.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw StanceError.cannotRead(path: url.path, reason: "unreadable file")
      }
      files[name] = String(decoding: data, as: UTF8.self)
    }
    if requiresFiles && files.isEmpty {
      let reason = exists ? "no lexicon file (\(LexiconSet.fileNames.joined(separator: ", ")))" : "no such folder"
      throw StanceError.cannotRead(path: folder.relativePath, reason: reason)
    }
    return LexiconLayer(location: folder.relativePath, files: files)
  }
}
