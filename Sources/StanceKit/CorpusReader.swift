import Foundation
import StanceCore

/// Reads documents from the inputs a user names, one at a time:
/// a folder of `.txt` files (with an optional `manifest.csv`), a single text file,
/// a `.jsonl` file, or `-` for JSON Lines on standard input.
public final class CorpusReader {
  private enum Source {
    case textFile(URL, manifest: Manifest.Entry?)
    case jsonLines(LineReader, name: String)
    /// A file in a corpus folder that is not read, reported so that nothing is dropped silently.
    case unsupported(name: String)
  }

  private var inputs: [String]
  private var pending: [Source] = []
  private var current: Source? = nil
  /// Every warning so far, in input order, as of the last entry noted.
  public private(set) var warnings: [CorpusWarning] = []
  /// Warnings raised while reading (a manifest's, a text file's) that the next entry carries.
  private var pendingWarnings: [CorpusWarning] = []
  /// Documents larger than this are skipped as too large.
  public let maximumDocumentBytes: Int
  /// Bytes of input read so far (lines and files), for progress.
  public private(set) var bytesConsumed = 0
  /// Ids seen so far, to warn about duplicates.
  /// The hash of each id seen → the ordinal of its first document (1-based): a few bytes per
  /// document, not its id and location.
  private var seenIDs: [UInt64: Int] = [:]
  private var documentsSeen = 0

  /// Text files are read from folders by these extensions.
  public static let textExtensions: Set<String> = ["txt"]
  public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson", "json"]

  /// The JSON Lines field that names a document's own speaker.
  public let speakerField: String

  public init(inputs: [String], maximumDocumentBytes: Int = 64 << 20, speakerField: String = "speaker") {
    self.inputs = inputs
    self.maximumDocumentBytes = maximumDocumentBytes
    self.speakerField = speakerField
  }

  /// Takes in a decoded entry, in input order: keeps its warnings and warns when an earlier
  /// document had its id. Returns the entry's item (nil for a blank line).
  public func note(_ entry: CorpusEntry, _ decoded: CorpusEntry.Decoded) -> CorpusItem? {
    // Appending an empty array to an empty one still allocates: most entries have no warning.
    if !entry.readerWarnings.isEmpty { warnings += entry.readerWarnings }
    if !decoded.warnings.isEmpty { warnings += decoded.warnings }
    guard case .document(let document)? = decoded.item else { return decoded.item }
    documentsSeen += 1
    let hash = TextFolding.hash(bytes: document.id.utf8)
    if let first = seenIDs[hash] {
      warnings.append(
        CorpusWarning(location: entry.location, message: "duplicate id '\(document.id)' (first as document \(first))"))
    } else {
      seenIDs[hash] = documentsSeen
    }
    return decoded.item
  }

  /// Warnings raised after the last entry (a manifest that lists files a folder lacks, with no
  /// document after it), moved into `warnings`. Called once every entry is noted.
  public func noteRemainingWarnings() {
    warnings += pendingWarnings
    pendingWarnings = []
  }

  /// The size in bytes of everything the inputs hold, or nil when it cannot be known (stdin).
  public static func totalBytes(inputs: [String]) -> Int? {
    var total = 0
    for input in inputs {
      guard input != "-" else { return nil }
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else { continue }
      if !isFolder.boolValue {
        total += fileSize(input) ?? 0
        continue
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
      for name in names where textExtensions.contains((name as NSString).pathExtension.lowercased()) {
        total += fileSize((input as NSString).appendingPathComponent(name)) ?? 0
      }
    }
    return total
  }

  static func fileSize(_ path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
  }

  /// The next document or skip record, decoded and noted; nil when every input is read.
  public func next() -> CorpusItem? {
    while let entry = nextEntry() {
      if let item = note(entry, entry.decoded()) { return item }
    }
    noteRemainingWarnings()
    return nil
  }

  /// The next entry, not yet decoded: batch runs decode entries on worker threads and `note`
  /// them in input order. nil when every input is read.
  public func nextEntry() -> CorpusEntry? {
    while true {
      if let source = current {
        switch source {
        case .textFile(let url, let manifest):
          current = nil
          return entry(.item(readTextFile(url, manifest: manifest), location: url.lastPathComponent))
        case .unsupported(let name):
          current = nil
          return entry(
            .item(
              .skipped(
                SkipRecord(
                  document: name, line: nil, reason: "unsupported-file",
                  detail: "folders are read for .txt files only")), location: name))
        case .jsonLines(let reader, let name):
          guard let line = reader.nextLine() else {
            current = nil
            if let error = reader.readError {
              return entry(
                .item(
                  .skipped(
                    SkipRecord(
                      document: name, line: reader.lineNumber + 1, reason: "unreadable",
                      detail: "reading stopped after line \(reader.lineNumber): \(error)")),
                  location: "\(name):\(reader.lineNumber + 1)"))
            }
            continue
          }
          bytesConsumed += line.count + 1
          if line.count > maximumDocumentBytes {
            return entry(
              .item(
                .skipped(
                  SkipRecord(
                    document: name, line: reader.lineNumber, reason: "too-large",
                    detail: "\(line.count) bytes, more than --max-doc-bytes \(maximumDocumentBytes)")),
                location: "\(name):\(reader.lineNumber)"))
          }
          return entry(.record(line, lineNumber: reader.lineNumber, source: name, speakerField: speakerField))
        }
      }
      if !pending.isEmpty {
        current = pending.removeFirst()
        continue
      }
      guard !inputs.isEmpty else { return nil }
      let input = inputs.removeFirst()
      if let skipped = open(input) { return entry(.item(.skipped(skipped), location: input)) }
    }
  }

  /// An entry that carries the warnings raised since the last one.
  private func entry(_ content: CorpusEntry.Content) -> CorpusEntry {
    defer { pendingWarnings = [] }
    return CorpusEntry(content: content, readerWarnings: pendingWarnings)
  }

  /// Queues the sources of one input; returns a skip record when the input cannot be opened.
  private func open(_ input: String) -> SkipRecord? {
    if input == "-" {
      pending.append(.jsonLines(LineReader(handle: FileHandle.standardInput), name: "stdin"))
      return nil
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
      return SkipRecord(document: input, line: nil, reason: "unreadable", detail: "no such file or folder")
    }
    let url = URL(fileURLWithPath: input)
    if isDirectory.boolValue {
      return openFolder(url)
    }
    if CorpusReader.jsonLinesExtensions.contains(url.pathExtension.lowercased()) {
      guard let handle = try? FileHandle(forReadingFrom: url) else {
        return SkipRecord(document: input, line: nil, reason: "unreadable", detail: "cannot open")
      }
      pending.append(.jsonLines(LineReader(handle: handle), name: url.lastPathComponent))
      return nil
    }
    pending.append(.textFile(url, manifest: nil))
    return nil
  }

  private func openFolder(_ url: URL) -> SkipRecord? {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted {
        $0.utf8.lexicographicallyPrecedes($1.utf8)
      }
    } catch {
      return SkipRecord(document: url.path, line: nil, reason: "unreadable", detail: "cannot list the folder")
    }
    var manifest = Manifest(text: "", path: "", warnings: &pendingWarnings)
    if names.contains("manifest.csv") {
      let path = url.appendingPathComponent("manifest.csv").path
      if let data = FileManager.default.contents(atPath: path) {
        manifest = Manifest(text: String(decoding: data, as: UTF8.self), path: path, warnings: &pendingWarnings)
      }
    }
    let textNames = names.filter {
      CorpusReader.textExtensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased())
    }
    for name in manifest.entries.keys.sorted() where !textNames.contains(name) {
      pendingWarnings.append(
        CorpusWarning(
          location: url.appendingPathComponent("manifest.csv").path,
          message: "'\(name)' is listed but not in the folder"))
    }
    for name in names where !name.hasPrefix(".") && name != "manifest.csv" {
      if textNames.contains(name) {
        pending.append(.textFile(url.appendingPathComponent(name), manifest: manifest.entries[name]))
      } else {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory)
        if !isDirectory.boolValue { pending.append(.unsupported(name: name)) }
      }
    }
    return nil
  }

  private func readTextFile(_ url: URL, manifest: Manifest.Entry?) -> CorpusItem {
    let name = url.lastPathComponent
    let size = CorpusReader.fileSize(url.path) ?? 0
    bytesConsumed += size
    if size > maximumDocumentBytes {
      return .skipped(
        SkipRecord(
          document: name, line: nil, reason: "too-large",
          detail: "\(size) bytes, more than --max-doc-bytes \(maximumDocumentBytes)"))
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return .skipped(SkipRecord(document: name, line: nil, reason: "unreadable", detail: "cannot read the file"))
    }
    if let problem = BinaryDetector.problem(data) {
      return .skipped(SkipRecord(document: name, line: nil, reason: problem.reason, detail: problem.detail))
    }
    let text: String
    if let valid = String(validating: data, as: UTF8.self) {
      text = valid
    } else {
      text = String(decoding: data, as: UTF8.self)
      pendingWarnings.append(CorpusWarning(location: name, message: "invalid UTF-8 replaced by U+FFFD"))
    }
    var document = Document(id: name, text: text, hasTitleLine: true)
    document.date = manifest?.date
    document.source = manifest?.source
    document.title = manifest?.title
    let frontMatter = text.utf8.withContiguousStorageIfAvailable { FrontMatter.parse($0) } ?? nil
    if let fields = frontMatter?.fields {
      if let raw = fields["date"] {
        if let date = DocumentDate(parsing: raw) {
          document.date = date
        } else {
          pendingWarnings.append(CorpusWarning(location: name, message: "unreadable front-matter date '\(raw)'"))
        }
      }
      document.title = fields["title"] ?? document.title
      document.source = fields["source"] ?? document.source
      document.speaker = fields["speaker"] ?? document.speaker
    }
    return .document(document)
  }
}
