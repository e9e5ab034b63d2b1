import Reporting
import StanceCore

/// How the entries of two lexicons differ, for naming the causes of a moved statement.
public struct LexiconDiffCauses: Sendable {
  /// The change of one entry: its file, its term, and the weights before and after (nil: absent).
  public struct Change: Sendable, Hashable {
    public var file: String
    public var term: String
    public var before: Double?
    public var after: Double?

    /// "added", "removed", "reweighted" or "unchanged" (fired differently because of another change),
    /// "settings" for a change of the settings alone, or "attribution".
    public var kind: String {
      if file == "settings.tsv" { return "settings" }
      if file == "attribution" { return "attribution" }
      switch (before, after) {
      case (nil, _): return "added"
      case (_, nil): return "removed"
      case (let before?, let after?): return before == after ? "unchanged" : "reweighted"
      }
    }

    /// "added tone.tsv 'truce' 2", "reweighted cues.tsv 'accused' -2 → -1" …
    public var description: String {
      if file == "settings.tsv" { return "settings.tsv changed" + (term.isEmpty ? "" : ": \(term)") }
      if file == "attribution" { return "attribution changed: the statement is found with one lexicon only" }
      if kind == "unchanged" { return "\(file) '\(term)' fired differently (a modifier or a longer phrase changed)" }
      let weights = [before, after].compactMap { $0 }.map { Formatting.weight($0) }
      let shown = kind == "reweighted" ? weights.joined(separator: " → ") : (weights.first ?? "")
      return "\(kind) \(file) '\(term)' \(shown)"
    }
  }

  let toneBefore: [String: Double]
  let toneAfter: [String: Double]
  let cuesBefore: [String: Double]
  let cuesAfter: [String: Double]
  /// Modifiers added, removed or given a new factor, and a table that finds them in a statement.
  let modifierChanges: [Change]
  let modifierTable: PhraseTable
  /// The settings that differ, as "name before → after", joined by ", "; empty when none.
  let settingsChange: String

  public init(before: LexiconSet, after: LexiconSet) {
    func weights<T>(_ entries: [T], _ key: (T) -> String, _ weight: (T) -> Double) -> [String: Double] {
      var result: [String: Double] = [:]
      for entry in entries { result[key(entry).lowercased()] = weight(entry) }
      return result
    }
    toneBefore = weights(before.tone, \.term, \.weight)
    toneAfter = weights(after.tone, \.term, \.weight)
    cuesBefore = weights(before.cues, \.cue, \.weight)
    cuesAfter = weights(after.cues, \.cue, \.weight)
    let modifiersBefore = weights(before.modifiers, \.term, \.factor)
    let modifiersAfter = weights(after.modifiers, \.term, \.factor)
    var modifierChanges: [Change] = []
    for term in Set(modifiersBefore.keys).union(modifiersAfter.keys).sorted()
    where modifiersBefore[term] != modifiersAfter[term] {
      modifierChanges.append(
        Change(file: "modifiers.tsv", term: term, before: modifiersBefore[term], after: modifiersAfter[term]))
    }
    self.modifierChanges = modifierChanges
    modifierTable = PhraseTable(phrases: modifierChanges.map(\.term))
    let settings: [(String, KeyPath<ScoringSettings, Double>)] = [
      ("normalization", \.normalization), ("conciliatory-threshold", \.conciliatoryThreshold),
      ("confrontational-threshold", \.confrontationalThreshold), ("negation-window", \.negationWindow),
      ("booster-window", \.boosterWindow),
    ]
    settingsChange = settings.filter { before.settings[keyPath: $0.1] != after.settings[keyPath: $0.1] }.map {
      "\($0.0) \(Formatting.weight(before.settings[keyPath: $0.1])) → \(Formatting.weight(after.settings[keyPath: $0.1]))"
    }.joined(separator: ", ")
  }

  /// The changed modifiers that occur in a statement's scored pieces, in order of first occurrence.
  public func changedModifiers(in statement: Statement, of document: SegmentedDocument) -> [Change] {
    guard !modifierChanges.isEmpty else { return [] }
    var found: [Int32] = []
    document.text.withBytes { bytes in
      document.tokens.withUnsafeBufferPointer { tokens in
        for piece in statement.pieces {
          let range = document.tokenIndices(in: piece)
          for index in range where tokens[index].kind == .word || tokens[index].kind == .number {
            if let match = modifierTable.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound),
              !found.contains(match.value)
            {
              found.append(match.value)
            }
          }
        }
      }
    }
    return found.map { modifierChanges[Int($0)] }
  }

  /// The causes of a statement's move with the terms that only fired differently replaced by the
  /// changed modifiers in the statement, which share their shift; unchanged when it holds none.
  public func crediting(
    _ causes: [(change: Change, sumShift: Double)], to modifiers: [Change]
  ) -> [(change: Change, sumShift: Double)] {
    let unchanged = causes.filter { $0.change.kind == "unchanged" }
    guard !unchanged.isEmpty, !modifiers.isEmpty else { return causes }
    let shift = unchanged.reduce(0) { $0 + $1.sumShift } / Double(modifiers.count)
    return causes.filter { $0.change.kind != "unchanged" } + modifiers.map { ($0, shift) }
  }

  /// The change of the entry behind an evidence item.
  public func change(of evidence: Evidence) -> Change {
    let key = evidence.term.lowercased()
    if evidence.rule == "cue" {
      return Change(file: "cues.tsv", term: evidence.term, before: cuesBefore[key], after: cuesAfter[key])
    }
    return Change(file: "tone.tsv", term: evidence.term, before: toneBefore[key], after: toneAfter[key])
  }

  /// The entries whose evidence differs between the two tones of one statement, with the change of
  /// the raw sum each brought, in order of first appearance; `settings.tsv` when none does.
  public func causes(before: Tone, after: Tone) -> [(change: Change, sumShift: Double)] {
    var order: [String] = []
    var shifts: [String: (change: Change, sumShift: Double)] = [:]
    func add(_ evidence: Evidence, sign: Double) {
      let change = change(of: evidence)
      let key = change.file + "\t" + change.term.lowercased()
      if shifts[key] == nil {
        order.append(key)
        shifts[key] = (change, 0)
      }
      shifts[key]!.sumShift += sign * evidence.weight
    }
    for evidence in before.evidence { add(evidence, sign: -1) }
    for evidence in after.evidence { add(evidence, sign: 1) }
    let causes = order.map { shifts[$0]! }.filter { abs($0.sumShift) > 1e-9 }
    if causes.isEmpty && (before.score != after.score || before.label != after.label) {
      return [(Change(file: "settings.tsv", term: settingsChange, before: nil, after: nil), 0)]
    }
    return causes
  }
}
