extension LexiconSet {
  /// Parses and validates lexicon files given as (file name → contents).
  ///
  /// Every file of `fileNames` must be present. All problems are collected and thrown together
  /// as `LexiconErrors`, each as `file:line: message`.
  public static func parse(files: [String: String]) throws(LexiconErrors) -> LexiconSet {
    var errors: [LexiconError] = []
    var set = LexiconSet()
    for name in fileNames where files[name] == nil {
      errors.append(LexiconError(file: name, line: 0, message: "missing lexicon file"))
    }
    var hash = TextFolding.fnvOffset
    for name in files.keys.sorted() {
      for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* TextFolding.fnvPrime }
      for byte in files[name]!.utf8 { hash = (hash ^ UInt64(byte)) &* TextFolding.fnvPrime }
    }
    set.contentHash = hash

    func file(_ name: String, columns: Int) -> LexiconFile? {
      guard let text = files[name] else { return nil }
      let parsed = LexiconFile(name: name, text: text, columns: columns, errors: &errors)
      if let version = parsed.version { set.versions[name] = version }
      return parsed
    }

    if let tone = file("tone.tsv", columns: 3) {
      var seen = DuplicateFinder(file: tone.name, what: "term")
      for row in tone.rows {
        let term = row.fields[0]
        guard seen.isFirst(term, line: row.line, errors: &errors) else { continue }
        guard isValidPhrase(term, file: tone.name, line: row.line, errors: &errors) else { continue }
        guard
          let weight = parseNumber(
            row.fields[1], in: -4...4, what: "weight", file: tone.name, line: row.line, errors: &errors)
        else { continue }
        let category = row.fields[2]
        guard ToneCategories.all.contains(category) else {
          errors.append(LexiconError(file: tone.name, line: row.line, message: "unknown category '\(category)'"))
          continue
        }
        set.tone.append(ToneTerm(term: term, weight: weight, category: category, line: row.line))
      }
    }

    if let cues = file("cues.tsv", columns: 3) {
      var seen = DuplicateFinder(file: cues.name, what: "cue")
      for row in cues.rows {
        let cue = row.fields[0]
        guard seen.isFirst(cue, line: row.line, errors: &errors) else { continue }
        guard isValidPhrase(cue, file: cues.name, line: row.line, errors: &errors, allowsPrefix: false) else {
          continue
        }
        guard
          let weight = parseNumber(
            row.fields[1], in: -4...4, what: "weight", file: cues.name, line: row.line, errors: &errors)
        else { continue }
        guard let role = ReportingCue.Role(rawValue: row.fields[2]) else {
          errors.append(
            LexiconError(file: cues.name, line: row.line, message: "unknown role '\(row.fields[2])' (verb or source)"))
          continue
        }
        set.cues.append(ReportingCue(cue: cue, weight: weight, role: role, line: row.line))
      }
    }

    if let modifiers = file("modifiers.tsv", columns: 3) {
      var seen = DuplicateFinder(file: modifiers.name, what: "term")
      for row in modifiers.rows {
        let term = row.fields[0]
        guard seen.isFirst(term, line: row.line, errors: &errors) else { continue }
        guard isValidPhrase(term, file: modifiers.name, line: row.line, errors: &errors, allowsPrefix: false) else {
          continue
        }
        guard let kind = Modifier.Kind(rawValue: row.fields[1]) else {
          let known = Modifier.Kind.allCases.map(\.rawValue).joined(separator: ", ")
          errors.append(
            LexiconError(file: modifiers.name, line: row.line, message: "unknown kind '\(row.fields[1])' (\(known))"))
          continue
        }
        let range: ClosedRange<Double> =
          kind == .negator || kind == .counter
          ? -1...0 : (kind == .hedge || kind == .concession || kind == .conditional ? 0...1 : 1...4)
        guard
          let factor = parseNumber(
            row.fields[2], in: range, what: "factor of a \(kind.rawValue)", file: modifiers.name, line: row.line,
            errors: &errors)
        else { continue }
        set.modifiers.append(Modifier(term: term, kind: kind, factor: factor, line: row.line))
      }
    }

    if let actors = file("actors.tsv", columns: 6) {
      set.actors = parseActors(actors, errors: &errors)
    }

    if let boilerplate = file("boilerplate.tsv", columns: 4) {
      for row in boilerplate.rows {
        guard let match = BoilerplatePattern.Match(rawValue: row.fields[1]) else {
          errors.append(
            LexiconError(
              file: boilerplate.name, line: row.line,
              message: "unknown match '\(row.fields[1])' (line, prefix, contains, heading, caption)"))
          continue
        }
        guard let scope = BoilerplatePattern.Scope(rawValue: row.fields[2]) else {
          errors.append(
            LexiconError(
              file: boilerplate.name, line: row.line, message: "unknown scope '\(row.fields[2])' (line, rest)"))
          continue
        }
        set.boilerplate.append(
          BoilerplatePattern(pattern: row.fields[0], match: match, scope: scope, reason: row.fields[3], line: row.line))
      }
    }

    if let abbreviations = file("abbreviations.tsv", columns: 2) {
      var seen = DuplicateFinder(file: abbreviations.name, what: "abbreviation", ignoresCase: false)
      for row in abbreviations.rows {
        let text = row.fields[0]
        guard text.hasSuffix(".") else {
          errors.append(
            LexiconError(
              file: abbreviations.name, line: row.line, message: "abbreviation '\(text)' must end with a dot"))
          continue
        }
        guard seen.isFirst(text, line: row.line, errors: &errors) else { continue }
        guard let kind = Abbreviation.Kind(rawValue: row.fields[1]) else {
          errors.append(
            LexiconError(
              file: abbreviations.name, line: row.line,
              message: "unknown kind '\(row.fields[1])' (title, general, number)"))
          continue
        }
        set.abbreviations.append(Abbreviation(text: text, kind: kind, line: row.line))
      }
    }

    if let settings = file("settings.tsv", columns: 2) {
      var seen: Set<String> = []
      for row in settings.rows {
        let key = row.fields[0]
        guard let path = ScoringSettings.keys[key] else {
          let known = ScoringSettings.keys.keys.sorted().joined(separator: ", ")
          errors.append(
            LexiconError(file: settings.name, line: row.line, message: "unknown setting '\(key)' (\(known))"))
          continue
        }
        guard seen.insert(key).inserted else {
          errors.append(LexiconError(file: settings.name, line: row.line, message: "setting '\(key)' given twice"))
          continue
        }
        guard
          let value = parseNumber(
            row.fields[1], in: -1...100, what: key, file: settings.name, line: row.line, errors: &errors)
        else { continue }
        set.settings[keyPath: path] = value
      }
      if set.settings.confrontationalThreshold >= set.settings.conciliatoryThreshold {
        errors.append(
          LexiconError(
            file: settings.name, line: 0, message: "confrontational-threshold must be below conciliatory-threshold"))
      }
    }

    guard errors.isEmpty else { throw LexiconErrors(errors) }
    return set
  }

  /// A phrase is one or more words with single spaces; `*` only at its very end.
  static func isValidPhrase(
    _ phrase: String, file: String, line: Int, errors: inout [LexiconError], allowsPrefix: Bool = true
  ) -> Bool {
    let body = allowsPrefix && phrase.hasSuffix("*") ? String(phrase.dropLast()) : phrase
    if body.contains("*") {
      errors.append(LexiconError(file: file, line: line, message: "'*' may only end a term: '\(phrase)'"))
      return false
    }
    if body.contains("  ") || body.hasPrefix(" ") || body.hasSuffix(" ") {
      errors.append(
        LexiconError(file: file, line: line, message: "words must be separated by single spaces: '\(phrase)'"))
      return false
    }
    if Tokenizer.tokenize(body).tokens.isEmpty {
      errors.append(LexiconError(file: file, line: line, message: "no word in '\(phrase)'"))
      return false
    }
    return true
  }
}

/// Reports the second and later occurrences of a key in a lexicon file.
struct DuplicateFinder {
  let file: String
  let what: String
  let ignoresCase: Bool
  private var firstLines: [String: Int] = [:]

  init(file: String, what: String, ignoresCase: Bool = true) {
    self.file = file
    self.what = what
    self.ignoresCase = ignoresCase
  }

  /// True the first time `entry` is seen (ignoring case when `ignoresCase`); otherwise records
  /// `duplicate WHAT 'entry' (first on line N)`, naming the entry as written.
  mutating func isFirst(_ entry: String, line: Int, errors: inout [LexiconError]) -> Bool {
    let key = ignoresCase ? entry.lowercased() : entry
    if let first = firstLines[key] {
      errors.append(
        LexiconError(file: file, line: line, message: "duplicate \(what) '\(entry)' (first on line \(first))"))
      return false
    }
    firstLines[key] = line
    return true
  }
}
