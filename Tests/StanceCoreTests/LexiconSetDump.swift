import StanceCore

/// A loaded lexicon set written out in full, one entry a line, in load order: every table's
/// entries with their weights, categories, roles, kinds and the file:line they came from, the
/// actors with aliases and dated roles, the settings, the versions and the content hash.
/// Two sets that dump alike load alike.
enum LexiconSetDump {
  static func text(of set: LexiconSet) -> String {
    var lines: [String] = []
    lines.append("identifier \(set.identifier)")
    for name in set.versions.keys.sorted() { lines.append("version \(name) \(set.versions[name]!)") }
    for term in set.tone {
      lines.append("tone \(term.term)|\(term.weight)|\(term.category)|\(term.file):\(term.line)")
    }
    for cue in set.cues { lines.append("cue \(cue.cue)|\(cue.weight)|\(cue.role.rawValue)|\(cue.file):\(cue.line)") }
    for modifier in set.modifiers {
      lines.append(
        "modifier \(modifier.term)|\(modifier.kind.rawValue)|\(modifier.factor)|\(modifier.file):\(modifier.line)")
    }
    for actor in set.actors {
      let roles = actor.roles.map { "\($0.title)@\($0.from)..\($0.to.map(\.description) ?? "")" }
      lines.append(
        "actor \(actor.id)|\(actor.name)|\(actor.kind.rawValue)|\(actor.affiliation ?? "-")|"
          + "\(actor.aliases.joined(separator: "/"))|\(roles.joined(separator: "/"))|\(actor.file):\(actor.line)")
    }
    for pattern in set.boilerplate {
      lines.append(
        "boilerplate \(pattern.pattern)|\(pattern.match.rawValue)|\(pattern.scope.rawValue)|\(pattern.reason)|"
          + "\(pattern.line)")
    }
    for abbreviation in set.abbreviations {
      lines.append("abbreviation \(abbreviation.text)|\(abbreviation.kind.rawValue)|\(abbreviation.line)")
    }
    let settings = set.settings
    lines.append(
      "settings \(settings.conciliatoryThreshold) \(settings.confrontationalThreshold) \(settings.normalization) "
        + "\(settings.negationWindow) \(settings.boosterWindow) \(settings.lengthDamping) "
        + "\(settings.questionDamping) \(settings.remedyFactor)")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The dump of the set the layers load, or the `file:line: message` list they throw.
  static func text(ofLoading layers: [LexiconLayer]) -> String {
    do {
      return text(of: try LexiconSet.parse(layers: layers))
    } catch {
      return error.errors.map { "error \($0.description)" }.joined(separator: "\n") + "\n"
    }
  }
}
