/// The files of one lexicon folder: the base set, or an overlay laid over it.
///
/// In an overlay, a data line replaces the entry with the same key in the layers below (the key is
/// the first field: the term, cue, pattern, abbreviation, actor id or setting name; terms, cues and
/// patterns ignore case) or adds a new entry; a line `!key` removes the entry. Comment lines,
/// including a `# version:` line, are ignored in an overlay: the base's versions stay.
public struct LexiconLayer: Sendable {
  /// The folder the files came from, named in messages; nil names files alone.
  public var location: String?
  /// File name → contents.
  public var files: [String: String]

  public init(location: String? = nil, files: [String: String]) {
    self.location = location
    self.files = files
  }

  /// The path of a file of this layer, as messages name it.
  public func path(of name: String) -> String {
    guard let location, !location.isEmpty else { return name }
    return location.hasSuffix("/") ? location + name : location + "/" + name
  }
}

extension LexiconSet {
  /// The key an overlay line replaces or removes: the first field, folded to lower case where
  /// the file compares its entries ignoring case.
  static func layerKey(_ firstField: Substring, file name: String) -> String {
    let field: String
    if firstField.utf8.allSatisfy({ $0 < 0x80 }) {
      var utf8 = firstField.utf8[...]
      while let byte = utf8.first, LexiconText.isTrimmed(byte) { utf8 = utf8.dropFirst() }
      while let byte = utf8.last, LexiconText.isTrimmed(byte) { utf8 = utf8.dropLast() }
      field = String(Substring(utf8))
    } else {
      field = firstField.trimmingSpaces()
    }
    return ["tone.tsv", "cues.tsv", "modifiers.tsv", "boilerplate.tsv"].contains(name) ? field.lowercased() : field
  }

  /// Whether `line` starts with the ASCII character `mark` standing alone, not joined by a combining
  /// mark after it. Decided on the first two bytes, by characters only when the second is not ASCII.
  static func starts(_ line: Substring, with mark: Unicode.Scalar) -> Bool {
    var bytes = line.utf8.makeIterator()
    guard bytes.next() == UInt8(mark.value) else { return false }
    guard let second = bytes.next(), second >= 0x80 else { return true }
    return line.hasPrefix(String(mark))
  }

  /// The lines of file `name` with every overlay applied; `isChanged` is false when no overlay has the file.
  static func layeredLines(of name: String, layers: [LexiconLayer], errors: inout [LexiconError])
    -> (lines: [LexiconFile.SourceLine], isChanged: Bool)
  {
    guard let base = layers.first, let text = base.files[name] else { return ([], false) }
    var lines: [LexiconFile.SourceLine?] = []
    var positions: [String: Int] = [:]
    func isData(_ line: Substring) -> Bool {
      !starts(line, with: "#") && !line.utf8.allSatisfy { $0 == LexiconText.space || $0 == LexiconText.tab }
    }
    // A tab is always a character of its own, so the first field ends at the first tab byte.
    func firstField(_ line: Substring) -> Substring {
      line.utf8.firstIndex(of: LexiconText.tab).map { line[..<$0] } ?? line
    }
    for line in LexiconFile.lines(of: text, file: base.path(of: name)) {
      if starts(line.text, with: "!") {
        errors.append(
          LexiconError(
            file: line.file, line: line.line,
            message: "'\(firstField(line.text))' removes an entry, which only an overlay can do"))
        continue
      }
      if isData(line.text) {
        let key = layerKey(firstField(line.text), file: name)
        if positions[key] == nil { positions[key] = lines.count }
      }
      lines.append(line)
    }
    var isChanged = false
    for overlay in layers.dropFirst() {
      guard let text = overlay.files[name] else { continue }
      isChanged = true
      var seen: [String: Int] = [:]
      for line in LexiconFile.lines(of: text, file: overlay.path(of: name)) where isData(line.text) {
        let isRemoval = starts(line.text, with: "!")
        let key = layerKey(firstField(isRemoval ? line.text.dropFirst() : line.text), file: name)
        if let first = seen[key] {
          errors.append(
            LexiconError(
              file: line.file, line: line.line,
              message: "'\(key)' is changed twice in one overlay (first on line \(first))"))
          continue
        }
        seen[key] = line.line
        if isRemoval {
          guard let position = positions.removeValue(forKey: key) else {
            errors.append(
              LexiconError(
                file: line.file, line: line.line, message: "'!\(key)' removes nothing: no layer below has '\(key)'"))
            continue
          }
          lines[position] = nil
        } else if let position = positions[key] {
          lines[position] = line
        } else {
          positions[key] = lines.count
          lines.append(line)
        }
      }
    }
    return (lines.compactMap { $0 }, isChanged)
  }
}
