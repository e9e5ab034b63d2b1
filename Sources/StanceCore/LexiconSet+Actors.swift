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
      let aliases =
        fields[4] == "-" ? [] : fields[4].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      if aliases.contains(where: { $0.isEmpty || $0.trimmingSpaces() != $0 }) {
        errors.append(
          LexiconError(file: row.file, line: row.line, message: "empty alias or alias with surrounding spaces"))
        continue
      }
      var isValid = true
      for name in [fields[1]] + aliases {
        let key = String(decoding: TextFolding.folded(name), as: UTF8.self)
        if let owner = aliasOwners[key], owner != id {
          errors.append(
            LexiconError(file: row.file, line: row.line, message: "name '\(name)' already belongs to '\(owner)'"))
          isValid = false
        }
        aliasOwners[key] = id
      }
      var roles: [ActorEntry.Role] = []
      if fields[5] != "-" {
        for roleText in fields[5].split(separator: "|", omittingEmptySubsequences: false) {
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
