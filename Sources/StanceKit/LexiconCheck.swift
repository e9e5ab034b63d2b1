import Reporting
import StanceCore

/// A problem `stance lexicon check` found beyond what loading rejects: an error (the lexicon does
/// not do what it says) or a warning (it may not).
public struct LexiconFinding: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }
  public var severity: Severity
  public var file: String
  public var line: Int
  public var message: String

  public init(severity: Severity, file: String, line: Int, message: String) {
    self.severity = severity
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    line > 0 ? "\(file):\(line): \(severity.rawValue): \(message)" : "\(file): \(severity.rawValue): \(message)"
  }
}

/// Checks a loaded lexicon set for what loading cannot see line by line.
///
/// Errors: tone terms, cues or modifiers that fold to the same words with different values;
/// a tone term and a cue on the same words with opposite signs; a tone term that can never
/// score (a modifier on exactly its words is matched first, the tokenizer starts no word where
/// it starts, or a `*` stem ends in a character that joins words, as "anti-*"). Warnings: entries that fold to the same words with the same values; a tone term
/// that does not score inside a modifier phrase (a longer tone phrase over a shorter one is the
/// lexicon's intent and is not reported); characters the tokenizer skips; a role title held by
/// two actors over overlapping dates (the title then resolves to no one on those dates).
public enum LexiconCheck {
  /// Every finding, errors first, each group in file and line order.
  public static func check(_ lexicons: LexiconSet) -> [LexiconFinding] {
    let tone = lexicons.tone.map { CheckedPhrase($0.term, file: $0.file, line: $0.line, weight: $0.weight) }
    let cues = lexicons.cues.map { CheckedPhrase($0.cue, file: $0.file, line: $0.line, weight: $0.weight) }
    let modifiers = lexicons.modifiers.map {
      CheckedPhrase($0.term, file: $0.file, line: $0.line, weight: $0.factor, note: $0.kind.rawValue)
    }
    var findings: [LexiconFinding] = []
    let categories = lexicons.tone.map(\.category)
    findings += foldedDuplicates(tone, what: "tone term") { categories[$0] }
    findings += foldedDuplicates(cues, what: "cue") { _ in "" }
    findings += foldedDuplicates(modifiers, what: "modifier") { modifiers[$0].note }
    findings += tokenizerProblems(tone + cues + modifiers)
    // A demand or an obligation lets the tone term starting on its words score as well.
    let shadowing = zip(lexicons.modifiers, modifiers).filter { $0.0.kind != .demand && $0.0.kind != .obligation }
    findings += shadowedTerms(tone, modifiers: shadowing.map(\.1))
    findings += cueConflicts(tone, cues: cues)
    findings += LexiconRoleCheck.overlappingRoles(lexicons.actors)
    return findings.sorted {
      ($0.severity == .error ? 0 : 1, $0.file, $0.line, $0.message) < (
        $1.severity == .error ? 0 : 1, $1.file, $1.line, $1.message
      )
    }
  }

  /// Entries of one file that fold to the same words ("U.S." and "US", "don't" and "don’t").
  static func foldedDuplicates(_ phrases: [CheckedPhrase], what: String, detail: (Int) -> String) -> [LexiconFinding] {
    var firsts: [String: Int] = [:]
    var findings: [LexiconFinding] = []
    for (index, phrase) in phrases.enumerated() {
      guard let first = firsts[phrase.key] else {
        firsts[phrase.key] = index
        continue
      }
      let other = phrases[first]
      let isSame = other.weight == phrase.weight && detail(first) == detail(index)
      findings.append(
        LexiconFinding(
          severity: isSame ? .warning : .error, file: phrase.file, line: phrase.line,
          message:
            "\(what) '\(phrase.text)' matches the same words as '\(other.text)' (\(other.place(from: phrase.file)))"
            + (isSame ? "" : " with a different value: only one can apply")))
    }
    return findings
  }

  /// Terms the scorer or attributor can never start matching, and characters the tokenizer skips.
  static func tokenizerProblems(_ phrases: [CheckedPhrase]) -> [LexiconFinding] {
    var findings: [LexiconFinding] = []
    for phrase in phrases {
      if let kind = phrase.firstKind, kind != .word && kind != .number {
        findings.append(
          LexiconFinding(
            severity: .error, file: phrase.file, line: phrase.line,
            message: "'\(phrase.text)' can never match: it starts with \(kind) \"\(phrase.firstToken)\", not a word"))
      } else if phrase.isStemSplitInText {
        findings.append(
          LexiconFinding(
            severity: .error, file: phrase.file, line: phrase.line,
            message: "'\(phrase.text)' can never match: its stem is read as '\(phrase.spelled)', but in text the "
              + "word goes on after the last character and is read as one word"))
      } else if phrase.hasSkippedCharacters {
        findings.append(
          LexiconFinding(
            severity: .warning, file: phrase.file, line: phrase.line,
            message: "'\(phrase.text)' has characters the tokenizer skips; it matches as '\(phrase.spelled)'"))
      }
    }
    return findings
  }

  /// Tone terms a modifier phrase is matched before.
  static func shadowedTerms(_ tone: [CheckedPhrase], modifiers: [CheckedPhrase]) -> [LexiconFinding] {
    var findings: [LexiconFinding] = []
    for term in tone {
      for modifier in modifiers where modifier.words.count >= term.words.count {
        if term.words == modifier.words && !term.isPrefix {
          findings.append(
            LexiconFinding(
              severity: .error, file: term.file, line: term.line,
              message: "tone term '\(term.text)' never scores: the \(modifier.note) '\(modifier.text)' "
                + "(\(modifier.place(from: term.file))) is matched first on the same words"))
        } else if modifier.contains(term) {
          findings.append(
            LexiconFinding(
              severity: .warning, file: term.file, line: term.line,
              message: "tone term '\(term.text)' does not score inside the \(modifier.note) '\(modifier.text)' "
                + "(\(modifier.place(from: term.file))), which is matched first"))
        }
      }
    }
    return findings
  }

  /// A cue and a tone term on the same words whose weights have opposite signs.
  static func cueConflicts(_ tone: [CheckedPhrase], cues: [CheckedPhrase]) -> [LexiconFinding] {
    var findings: [LexiconFinding] = []
    for cue in cues where cue.weight != 0 {
      for term in tone where term.words.count == cue.words.count && cue.contains(term) {
        guard (term.weight < 0) != (cue.weight < 0) else { continue }
        findings.append(
          LexiconFinding(
            severity: .error, file: cue.file, line: cue.line,
            message: "cue '\(cue.text)' (\(Formatting.weight(cue.weight))) and tone term '\(term.text)' "
              + "(\(Formatting.weight(term.weight)), \(term.place(from: cue.file))) have opposite signs"))
      }
    }
    return findings
  }
}
