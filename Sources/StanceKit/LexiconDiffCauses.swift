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
    /// or "settings" for a change of the settings alone.
    public var kind: String {
      if file == "settings.tsv" { return "settings" }
      switch (before, after) {
      case (nil, _): return "added"
      case (_, nil): return "removed"
      case (let before?, let after?): return before == after ? "unchanged" : "reweighted"
      }
    }

    /// "added tone.tsv 'truce' 2", "reweighted cues.tsv 'accused' -2 → -1" …
    public var description: String {
      if file == "settings.tsv" { return "settings.tsv changed" }
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
  /// Whether anything that changes a score without changing a term's weight differs: settings or modifiers.
  public let hasOtherChanges: Bool

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
    hasOtherChanges =
      before.settings != after.settings
      || before.modifiers.map { [$0.term, $0.kind.rawValue, String($0.factor)] }
        != after.modifiers.map { [$0.term, $0.kind.rawValue, String($0.factor)] }
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
      return [(Change(file: "settings.tsv", term: "", before: nil, after: nil), 0)]
    }
    return causes
  }
}
