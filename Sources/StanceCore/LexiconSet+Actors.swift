extension LexiconSet {
  /// Parses `actors.tsv`: id, name, kind, affiliation, aliases (|), roles (Title@FROM..TO, |).
  static func parseActors(_ file: LexiconFile, errors: inout [LexiconError]) -> [ActorEntry] {
    var actors: [ActorEntry] = []
    var lines: [String: Int] = [:]
    var aliasOwners: [String: String] = [:]
    for row in file.rows {
      let fields = row.fields
      let id = fields[0]
      guard id.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else {
        errors.append(
          LexiconError(
            file: row.file, line: row.line, message: "id '\(id)' must be lower-case ASCII letters, digits and hyphens")
        )
        continue
      }
      if let first = lines[id] {
        errors.append(
          LexiconError(file: row.file, line: row.line, message: "duplicate id '\(id)' (first on line \(first))"))
        continue
      }
      lines[id] = row.line
      guard let kind = ActorEntry.Kind(rawValue: fields[2]) else {
        errors.append(
          LexiconError(
            file: row.file, line: row.line,
            message: "unknown kind '\(fields[2])' (person, institution, country, organization)"))
        continue
      }
      let affiliation = fields[3] == "-" ? nil : fields[3]
      let aliases = fields[4] == "-" ? [] : splitList(fields[4])
      if aliases.contains(where: { $0.isEmpty || hasSurroundingSpaces($0) }) {
        errors.append(
          LexiconError(file: row.file, line: row.line, message: "empty alias or alias with surrounding spaces"))
        continue
      }
      var isValid = true
      func claim(_ name: String) {
        let key = foldedKey(name)
        if let owner = aliasOwners[key], owner != id {
          errors.append(
            LexiconError(file: row.file, line: row.line, message: "name '\(name)' already belongs to '\(owner)'"))
          isValid = false
        }
        aliasOwners[key] = id
      }
      claim(fields[1])
      for alias in aliases { claim(alias) }
      var roles: [ActorEntry.Role] = []
      if fields[5] != "-" {
        for roleText in splitList(fields[5]) {
          guard let role = parseRole(roleText) else {
            errors.append(
              LexiconError(
                file: row.file, line: row.line, message: "role '\(roleText)' is not Title@YYYY-MM-DD..[YYYY-MM-DD]"))
            isValid = false
            continue
          }
          if let to = role.to, to < role.from {
            errors.append(
              LexiconError(file: row.file, line: row.line, message: "role '\(roleText)' ends before it starts"))
            isValid = false
          }
          roles.append(role)
        }
      }
      guard isValid else { continue }
      actors.append(
        ActorEntry(
          id: id, name: fields[1], kind: kind, affiliation: affiliation, aliases: aliases, roles: roles, line: row.line,
          file: row.file)
      )
    }
    for actor in actors {
      if let affiliation = actor.affiliation, lines[affiliation] == nil {
        errors.append(
          LexiconError(file: actor.file, line: actor.line, message: "affiliation '\(affiliation)' is not a defined id"))
      }
    }
    return actors
  }

  /// The `|`-separated items of a field, empty ones kept. ASCII fields are split on bytes; others by
  /// characters, where a combining mark after `|` joins it.
  static func splitList(_ field: String) -> [String] {
    let split = LexiconText.withASCIIBytes(of: field) { bytes in
      var items: [String] = []
      var start = 0
      for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "|") {
        items.append(LexiconText.string(bytes, start..<index))
        start = index + 1
      }
      items.append(LexiconText.string(bytes, start..<bytes.count))
      return items
    }
    return split ?? field.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
  }

  /// Whether `text` starts or ends with a space, tab or carriage return (as `trimmingSpaces()` sees them).
  static func hasSurroundingSpaces(_ text: String) -> Bool {
    let verdict = LexiconText.withASCIIBytes(of: text) { bytes in
      LexiconText.trimmed(bytes, 0..<bytes.count).count != bytes.count
    }
    return verdict ?? (text.trimmingSpaces() != text)
  }

  /// The folded form of a name (see `TextFolding`), as a dictionary key.
  static func foldedKey(_ name: String) -> String {
    LexiconText.withBytes(of: name) { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { buffer in
        var count = 0
        TextFolding.forEachFoldedByte(bytes, TextRange(0, bytes.count)) { byte in
          buffer[count] = byte
          count += 1
        }
        return count
      }
    }
  }

  /// Parses `Title@FROM..[TO]`: ASCII roles on bytes, others by characters.
  static func parseRole(_ text: String) -> ActorEntry.Role? {
    let parsed = LexiconText.withASCIIBytes(of: text) { bytes in parseRole(bytes) }
    return parsed ?? parseRole(Substring(text))
  }

  /// Parses an ASCII `Title@FROM..[TO]`.
  static func parseRole(_ bytes: UnsafeBufferPointer<UInt8>) -> ActorEntry.Role? {
    let at = UInt8(ascii: "@")
    let dot = UInt8(ascii: ".")
    guard let atIndex = bytes.lastIndex(of: at) else { return nil }
    let title = LexiconText.trimmed(bytes, 0..<atIndex)
    let datesStart = atIndex + 1
    guard !title.isEmpty, let firstDot = bytes[datesStart...].firstIndex(of: dot),
      firstDot + 1 < bytes.count, bytes[firstDot + 1] == dot
    else { return nil }
    guard let from = DocumentDate(parsing: LexiconText.string(bytes, datesStart..<firstDot)) else { return nil }
    let titleText = LexiconText.string(bytes, title)
    if firstDot + 2 == bytes.count { return ActorEntry.Role(title: titleText, from: from, to: nil) }
    guard let to = DocumentDate(parsing: LexiconText.string(bytes, (firstDot + 2)..<bytes.count)) else { return nil }
    return ActorEntry.Role(title: titleText, from: from, to: to)
  }

  static func parseRole(_ text: Substring) -> ActorEntry.Role? {
    guard let at = text.lastIndex(of: "@") else { return nil }
    let title = text[..<at].trimmingSpaces()
    let dates = text[text.index(after: at)...]
    let parts = dates.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
    guard !title.isEmpty, parts.count == 3, parts[1].isEmpty else { return nil }
    guard let from = DocumentDate(parsing: parts[0]) else { return nil }
    let toText = parts[2]
    if toText.isEmpty { return ActorEntry.Role(title: title, from: from, to: nil) }
    guard let to = DocumentDate(parsing: toText) else { return nil }
    return ActorEntry.Role(title: title, from: from, to: to)
  }
}
