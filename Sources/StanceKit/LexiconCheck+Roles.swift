import StanceCore

/// The role titles of the actor registry that two actors hold at once.
enum LexiconRoleCheck {
  /// One warning per title (ignoring case and dots) held by different actors over dates that
  /// overlap by more than a handover day, listing up to three such pairs.
  static func overlappingRoles(_ actors: [ActorEntry]) -> [LexiconFinding] {
    var holders: [[UInt8]: [(actor: ActorEntry, role: ActorEntry.Role)]] = [:]
    var titles: [[UInt8]] = []
    for actor in actors {
      for role in actor.roles {
        let key = TextFolding.folded(role.title)
        if holders[key] == nil { titles.append(key) }
        holders[key, default: []].append((actor, role))
      }
    }
    var findings: [LexiconFinding] = []
    for title in titles {
      let list = holders[title]!
      var pairs: [String] = []
      var firstLater: ActorEntry? = nil
      for later in list.indices {
        for earlier in 0..<later where list[earlier].actor.id != list[later].actor.id {
          guard let overlap = overlap(list[earlier].role, list[later].role) else { continue }
          pairs.append("\(list[earlier].actor.id) and \(list[later].actor.id) \(overlap)")
          if firstLater == nil { firstLater = list[later].actor }
        }
      }
      guard let actor = firstLater else { continue }
      let shown = pairs.prefix(3).joined(separator: "; ") + (pairs.count > 3 ? "; \(pairs.count - 3) more" : "")
      findings.append(
        LexiconFinding(
          severity: .warning, file: actor.file, line: actor.line,
          message: "role '\(list[0].role.title)' is held by two actors at once (\(shown)): it resolves to no one then"))
    }
    return findings
  }

  /// The shared dates of two roles, written FROM..TO, when they share more than one boundary day.
  static func overlap(_ first: ActorEntry.Role, _ second: ActorEntry.Role) -> String? {
    let start = max(first.from, second.from)
    let end = [first.to, second.to].compactMap { $0 }.min()
    if let end, end <= start { return nil }
    return "\(start)..\(end.map(\.description) ?? "")"
  }
}
