extension LexiconSet {
  /// Parses and validates lexicon files given as (file name → contents).
  ///
  /// Every file of `fileNames` must be present. All problems are collected and thrown together
  /// as `LexiconErrors`, each as `file:line: message`.
  public static func parse(files: [String: String]) throws(LexiconErrors) -> LexiconSet {
    try parse(layers: [LexiconLayer(files: files)])
  }

  /// Parses a base lexicon and the overlays laid over it, in order, and validates the result.
  ///
  /// The base must hold every file of `fileNames`; an overlay holds only the files it changes.
  /// An overlay line replaces the entry with the same key below it (in place), adds an entry
  /// that no layer below has (at the end), or, written `!key`, removes one (see `LexiconLayer`).
  /// The content hash covers the effective content, so it changes with every overlay that changes
  /// something. All problems are thrown together, each as `file:line: message`.
  public static func parse(layers: [LexiconLayer]) throws(LexiconErrors) -> LexiconSet {
    var errors: [LexiconError] = []
    var set = LexiconSet()
    let base = layers.first ?? LexiconLayer(files: [:])
    for name in fileNames where base.files[name] == nil {
      errors.append(LexiconError(file: base.path(of: name), line: 0, message: "missing lexicon file"))
    }
    var effective: [String: EffectiveText] = [:]
    var hash = TextFolding.fnvOffset
    for name in base.files.keys.sorted() {
      for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* TextFolding.fnvPrime }
      let text = base.files[name]!
      if !layers.dropFirst().contains(where: { $0.files[name] != nil }) {
        // No overlay has the file: its rows are read straight from its bytes, unless a line starts with
        // "!", which only an overlay may write: then the layering below reports it.
        let mayRemove = LexiconText.withBytes(of: text) { bytes in
          hashAndFindRemovals(bytes, hash: &hash)
        }
        guard mayRemove else {
          effective[name] = .text(text)
          continue
        }
      }
      let layered = layeredLines(of: name, layers: layers, errors: &errors)
      effective[name] = .lines(layered.lines)
      if layered.isChanged {
        for (index, line) in layered.lines.enumerated() {
          if index > 0 { hash = (hash ^ 0x0A) &* TextFolding.fnvPrime }
          for byte in line.text.utf8 { hash = (hash ^ UInt64(byte)) &* TextFolding.fnvPrime }
        }
      }
    }
    set.contentHash = hash

    func file(_ name: String, columns: Int) -> LexiconFile? {
      let parsed: LexiconFile
      switch effective[name] {
      case nil: return nil
      case .text(let text):
        parsed = LexiconFile(name: base.path(of: name), text: text, columns: columns, errors: &errors)
      case .lines(let lines):
        parsed = LexiconFile(name: base.path(of: name), lines: lines, columns: columns, errors: &errors)
      }
      if let version = parsed.version { set.versions[name] = version }
      return parsed
    }

    if let tone = file("tone.tsv", columns: 3) {
      var seen = DuplicateFinder(what: "term")
      for row in tone.rows {
        let term = row.fields[0]
        guard seen.isFirst(term, row: row, errors: &errors) else { continue }
        guard isValidPhrase(term, file: row.file, line: row.line, errors: &errors) else { continue }
        guard
          let weight = parseNumber(
            row.fields[1], in: -4...4, what: "weight", file: row.file, line: row.line, errors: &errors)
        else { continue }
        let category = row.fields[2]
        guard ToneCategories.all.contains(category) else {
          errors.append(LexiconError(file: row.file, line: row.line, message: "unknown category '\(category)'"))
          continue
        }
        set.tone.append(ToneTerm(term: term, weight: weight, category: category, line: row.line, file: row.file))
      }
    }

    if let cues = file("cues.tsv", columns: 3) {
      var seen = DuplicateFinder(what: "cue")
      for row in cues.rows {
        let cue = row.fields[0]
        guard seen.isFirst(cue, row: row, errors: &errors) else { continue }
        guard isValidPhrase(cue, file: row.file, line: row.line, errors: &errors, allowsPrefix: false) else {
          continue
        }
        guard
          let weight = parseNumber(
            row.fields[1], in: -4...4, what: "weight", file: row.file, line: row.line, errors: &errors)
        else { continue }
        guard let role = ReportingCue.Role(rawValue: row.fields[2]) else {
          errors.append(
            LexiconError(
              file: row.file, line: row.line,
              message: "unknown role '\(row.fields[2])' (verb, source, naming or quoting)"))
          continue
        }
        set.cues.append(ReportingCue(cue: cue, weight: weight, role: role, line: row.line, file: row.file))
      }
    }

    if let modifiers = file("modifiers.tsv", columns: 3) {
      var seen = DuplicateFinder(what: "term")
      for row in modifiers.rows {
        let term = row.fields[0]
        guard seen.isFirst(term, row: row, errors: &errors) else { continue }
        guard isValidPhrase(term, file: row.file, line: row.line, errors: &errors, allowsPrefix: false) else {
          continue
        }
        guard let kind = Modifier.Kind(rawValue: row.fields[1]) else {
          let known = Modifier.Kind.allCases.map(\.rawValue).joined(separator: ", ")
          errors.append(
            LexiconError(file: row.file, line: row.line, message: "unknown kind '\(row.fields[1])' (\(known))"))
          continue
        }
        let range: ClosedRange<Double> =
          kind == .negator || kind == .counter || kind == .demand || kind == .obligation
          ? -1...0 : (kind == .hedge || kind == .concession || kind == .conditional ? 0...1 : 1...4)
        guard
          let factor = parseNumber(
            row.fields[2], in: range, what: "factor of a \(kind.rawValue)", file: row.file, line: row.line,
            errors: &errors)
        else { continue }
        set.modifiers.append(Modifier(term: term, kind: kind, factor: factor, line: row.line, file: row.file))
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
              file: row.file, line: row.line,
              message: "unknown match '\(row.fields[1])' (line, prefix, contains, heading, caption)"))
          continue
        }
        guard let scope = BoilerplatePattern.Scope(rawValue: row.fields[2]) else {
          errors.append(
            LexiconError(
              file: row.file, line: row.line, message: "unknown scope '\(row.fields[2])' (line, rest)"))
          continue
        }
        set.boilerplate.append(
          BoilerplatePattern(pattern: row.fields[0], match: match, scope: scope, reason: row.fields[3], line: row.line))
      }
    }

    if let abbreviations = file("abbreviations.tsv", columns: 2) {
      var seen = DuplicateFinder(what: "abbreviation", ignoresCase: false)
      for row in abbreviations.rows {
        let text = row.fields[0]
        guard text.hasSuffix(".") else {
          errors.append(
            LexiconError(
              file: row.file, line: row.line, message: "abbreviation '\(text)' must end with a dot"))
          continue
        }
        guard seen.isFirst(text, row: row, errors: &errors) else { continue }
        guard let kind = Abbreviation.Kind(rawValue: row.fields[1]) else {
          errors.append(
            LexiconError(
              file: row.file, line: row.line,
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
            LexiconError(file: row.file, line: row.line, message: "unknown setting '\(key)' (\(known))"))
          continue
        }
        guard seen.insert(key).inserted else {
          errors.append(LexiconError(file: row.file, line: row.line, message: "setting '\(key)' given twice"))
          continue
        }
        guard
          let value = parseNumber(
            row.fields[1], in: -1...100, what: key, file: row.file, line: row.line, errors: &errors)
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

  /// Where the rows of one file come from: the text of the base file, or its lines with overlays applied.
  enum EffectiveText {
    case text(String)
    case lines([LexiconFile.SourceLine])
  }

  /// Folds every byte into `hash` (FNV-1a) and tells whether a line may start with "!" (a removal).
  /// - Complexity: O(n) in the number of bytes.
  static func hashAndFindRemovals(_ bytes: UnsafeBufferPointer<UInt8>, hash: inout UInt64) -> Bool {
    var value = hash
    var mayRemove = false
    var isLineStart = true
    for (index, byte) in bytes.enumerated() {
      value = (value ^ UInt64(byte)) &* TextFolding.fnvPrime
      if isLineStart && byte == UInt8(ascii: "!") { mayRemove = true }
      // A line starts after a line feed, and after a byte-order mark at the start.
      isLineStart = byte == LexiconText.lineFeed || (index == 2 && LexiconText.hasByteOrderMark(bytes))
    }
    hash = value
    return mayRemove
  }

  /// A phrase is one or more words with single spaces; `*` only at its very end. Problems go to `errors`.
  public static func isValidPhrase(
    _ phrase: String, file: String, line: Int, errors: inout [LexiconError], allowsPrefix: Bool = true
  ) -> Bool {
    let problem = LexiconText.withASCIIBytes(of: phrase) { bytes in
      phraseProblem(bytes, phrase: phrase, allowsPrefix: allowsPrefix)
    }
    guard let problem = problem ?? phraseProblem(characters: phrase, allowsPrefix: allowsPrefix) else { return true }
    errors.append(LexiconError(file: file, line: line, message: problem))
    return false
  }

  /// What is wrong with an ASCII phrase, or nil.
  static func phraseProblem(_ bytes: UnsafeBufferPointer<UInt8>, phrase: String, allowsPrefix: Bool) -> String? {
    let star = UInt8(ascii: "*")
    let space = LexiconText.space
    var end = bytes.count
    if allowsPrefix, end > 0, bytes[end - 1] == star { end -= 1 }
    let body = UnsafeBufferPointer(rebasing: bytes[0..<end])
    if body.contains(star) { return "'*' may only end a term: '\(phrase)'" }
    var hasDoubleSpace = false
    for index in body.indices.dropFirst() where body[index] == space && body[index - 1] == space {
      hasDoubleSpace = true
      break
    }
    if hasDoubleSpace || body.first == space || body.last == space {
      return "words must be separated by single spaces: '\(phrase)'"
    }
    var tokens: [Token] = []
    Tokenizer.tokenize(body, range: TextRange(0, body.count), into: &tokens)
    if tokens.isEmpty { return "no word in '\(phrase)'" }
    return nil
  }

  /// What is wrong with a phrase that holds non-ASCII characters, or nil.
  static func phraseProblem(characters phrase: String, allowsPrefix: Bool) -> String? {
    let body = allowsPrefix && phrase.hasSuffix("*") ? String(phrase.dropLast()) : phrase
    if body.contains("*") { return "'*' may only end a term: '\(phrase)'" }
    if body.contains("  ") || body.hasPrefix(" ") || body.hasSuffix(" ") {
      return "words must be separated by single spaces: '\(phrase)'"
    }
    if Tokenizer.tokenize(body).tokens.isEmpty { return "no word in '\(phrase)'" }
    return nil
  }
}

/// Reports the second and later occurrences of a key in a lexicon file.
struct DuplicateFinder {
  let what: String
  let ignoresCase: Bool
  private var firstRows: [String: (file: String, line: Int)] = [:]

  init(what: String, ignoresCase: Bool = true) {
    self.what = what
    self.ignoresCase = ignoresCase
  }

  /// True the first time `entry` is seen (ignoring case when `ignoresCase`); otherwise records
  /// `duplicate WHAT 'entry' (first on line N)`, naming the entry as written.
  mutating func isFirst(_ entry: String, row: LexiconFile.Row, errors: inout [LexiconError]) -> Bool {
    let key = ignoresCase ? entry.lowercased() : entry
    if let first = firstRows[key] {
      let place = first.file == row.file ? "line \(first.line)" : "\(first.file):\(first.line)"
      errors.append(
        LexiconError(file: row.file, line: row.line, message: "duplicate \(what) '\(entry)' (first on \(place))"))
      return false
    }
    firstRows[key] = (row.file, row.line)
    return true
  }
}
