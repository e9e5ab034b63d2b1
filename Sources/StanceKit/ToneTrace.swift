import Reporting
import Scoring
import StanceCore

/// A readable account of how one document was scored: its sentences, its attributed statements
/// and, for each statement, every term and rule that fired, the sum S, α, the score and the
/// threshold that decided the label. It only reads the scorer's evidence and `ToneDecision`;
/// it never scores anything itself.
public struct ToneTrace: Sendable {
  public let lexicons: LexiconSet
  /// The lexicon weight of each tone term and of each cue, to show what a rule made of it.
  let termWeights: [String: Double]
  let cueWeights: [String: Double]

  public init(lexicons: LexiconSet) {
    self.lexicons = lexicons
    termWeights = Dictionary(lexicons.tone.map { ($0.term, $0.weight) }) { first, _ in first }
    cueWeights = Dictionary(lexicons.cues.map { ($0.cue, $0.weight) }) { first, _ in first }
  }

  /// The trace of a processed document, as lines of text ending in a newline.
  public func render(_ result: DocumentResult) -> String {
    let segmented = result.segmented
    let text = segmented.text
    let converter = ScalarOffsetConverter(text)
    func quoted(_ range: TextRange) -> String { "\"" + Formatting.oneLine(text.string(range)) + "\"" }
    func offsets(_ range: TextRange) -> String {
      "\(converter.scalarOffset(range.start))-\(converter.scalarOffset(range.end))"
    }

    var lines = ["lexicon \(lexicons.identifier)", "", "sentences (\(segmented.sentences.count)):"]
    for (index, sentence) in segmented.sentences.enumerated() {
      lines.append("  [\(index + 1)] \(offsets(sentence.range)) \(quoted(sentence.range))")
    }
    for span in segmented.dropped {
      lines.append("  dropped (\(span.reason)) \(offsets(span.range)) \(quoted(span.range))")
    }
    let settings = lexicons.settings
    var formula = "score = S / sqrt(S^2 + alpha), alpha = " + Formatting.weight(settings.normalization)
    if settings.lengthDamping > 0 {
      let limit = Formatting.weight(settings.lengthDamping)
      formula += "; above \(limit) pieces of evidence S is divided by sqrt(n / \(limit))"
    }
    lines += [
      "",
      "statements (\(result.statements.count)); " + formula + "; conciliatory above "
        + Formatting.weight(settings.conciliatoryThreshold) + ", confrontational below "
        + Formatting.weight(settings.confrontationalThreshold) + ":",
    ]
    if result.statements.isEmpty {
      lines.append("  none attributed (use --statement to score the whole text as one statement)")
    }
    for (index, scored) in result.statements.enumerated() {
      let statement = scored.statement
      let speaker = statement.speaker
      var header = "  #\(index + 1) \(speaker.name) (\(speaker.kind.rawValue)"
      header += (speaker.actorID.map { ": \($0)" } ?? "") + "), \(statement.kind.rawValue)"
      if let cue = statement.cue { header += ", cue " + quoted(cue) }
      if !statement.targets.isEmpty { header += ", targets " + statement.targets.joined(separator: " ") }
      lines.append(header)
      for piece in statement.pieces {
        lines.append("     content \(offsets(piece)) \(quoted(piece))")
      }
      lines += evidenceLines(scored.tone.evidence, quoted: quoted, offsets: offsets)
      lines.append("     " + decisionLine(ToneDecision(evidence: scored.tone.evidence, settings: settings)))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One line per piece of evidence: the text, the term, its lexicon weight, the rules and the weight counted.
  func evidenceLines(
    _ evidence: [Evidence], quoted: (TextRange) -> String, offsets: (TextRange) -> String
  ) -> [String] {
    guard !evidence.isEmpty else { return ["     no tone term or toned cue fired"] }
    return evidence.map { item in
      let base = item.rule == "cue" ? cueWeights[item.term] : termWeights[item.term]
      var line = "     \(offsets(item.range)) \(quoted(item.range)) = \(item.term)"
      if let base { line += " (lexicon " + Formatting.weight(base) + ")" }
      if item.rule != "term" { line += " " + item.rule }
      if let base, base != 0, item.rule != "term", item.rule != "cue" {
        line += " x" + Formatting.weight(item.weight / base)
      }
      return line + " -> " + Formatting.weight(item.weight)
    }
  }

  /// The sum, the score and the threshold that decided the label.
  func decisionLine(_ decision: ToneDecision) -> String {
    var line = "S = " + Formatting.weight(decision.sum)
    if decision.damping != 1 { line += ", damped for length: S / " + Formatting.fixed(decision.damping, 3) }
    if decision.isReport {
      line +=
        ", a report: drawn into the neutral band (x " + Formatting.fixed(ToneDecision.reportBand, 2)
        + " x the threshold)"
    }
    line += ", score = " + Formatting.fixed(decision.score)
    line += ", " + decision.label.rawValue
    let threshold = Formatting.weight(decision.threshold)
    let name = decision.score > 0 ? "conciliatory-threshold" : "confrontational-threshold"
    switch decision.label {
    case .conciliatory: line += " (above \(name) \(threshold))"
    case .confrontational: line += " (below \(name) \(threshold))"
    case .neutral:
      line += decision.sum == 0 ? " (no evidence)" : " (not beyond \(name) \(threshold))"
    }
    return line
  }
}
