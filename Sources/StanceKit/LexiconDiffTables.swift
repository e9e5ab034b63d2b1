import Reporting
import StanceCore

/// The files of a diff besides moved.csv: actors.csv, periods.csv, entries.csv and report.txt.
struct LexiconDiffTables {
  let outcome: LexiconDiffOutcome
  let options: LexiconDiffOptions
  let comment: String

  var files: [(String, String)] {
    [
      ("actors.csv", actors), ("periods.csv", periods), ("entries.csv", entries),
      ("report.txt", LexiconDiffReport.text(outcome, options: options)),
    ]
  }

  func table(_ header: [String], _ rows: [[String]]) -> String {
    ([comment, Formatting.csvLine(header)] + rows.map(Formatting.csvLine)).joined(separator: "\n") + "\n"
  }

  func shiftRow(_ key: String, _ shift: LexiconDiffSummary.Shift, name: String? = nil) -> [String] {
    [key] + (name.map { [$0] } ?? []) + [
      String(shift.count), Formatting.fixed(shift.meanBefore), Formatting.fixed(shift.meanAfter),
      Formatting.fixed(shift.shift),
    ]
  }

  var actors: String {
    let rows = outcome.summary.actors.keys.sorted().map {
      shiftRow($0, outcome.summary.actors[$0]!, name: outcome.summary.actors[$0]!.name)
    }
    return table(["actor", "name", "n", "mean_before", "mean_after", "shift"], rows)
  }

  var periods: String {
    let rows = outcome.summary.periods.keys.sorted().map { shiftRow($0, outcome.summary.periods[$0]!) }
    return table(["period", "n", "mean_before", "mean_after", "shift"], rows)
  }

  var entries: String {
    let rows = outcome.summary.entryShifts.map { entry -> [String] in
      [
        entry.change.file, entry.change.term, entry.change.kind, entry.change.before.map(Formatting.weight) ?? "",
        entry.change.after.map(Formatting.weight) ?? "", String(entry.statements), Formatting.fixed(entry.scoreShift),
      ]
    }
    return table(["file", "entry", "change", "weight_before", "weight_after", "statements", "score_shift"], rows)
  }
}

/// The readable report of a diff.
enum LexiconDiffReport {
  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  static func text(_ outcome: LexiconDiffOutcome, options: LexiconDiffOptions) -> String {
    let summary = outcome.summary
    func fixed(_ value: Double) -> String { Formatting.fixed(value, 3) }
    func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + fixed(value) }
    func share(_ count: Int) -> String {
      summary.statements == 0 ? "0" : fixed(Double(count) / Double(summary.statements))
    }
    var lines = ["stance diff", "  before: \(outcome.before)", "  after:  \(outcome.after)"]
    lines.append(
      "  \(summary.documents) documents, \(summary.statements) statements"
        + (outcome.sharesAttribution
          ? " (attributed once, scored twice)" : " (attribution differs: run twice, paired by offsets)"))
    lines.append("")
    lines.append(
      "moved: \(summary.moved) statements (|shift| > \(Formatting.weight(options.threshold)) or label flipped), "
        + "\(summary.flipCount) label flips")
    for key in summary.flips.keys.sorted() { lines.append("  \(key): \(summary.flips[key]!)") }
    lines.append(
      "mean score: \(fixed(summary.total.meanBefore)) → \(fixed(summary.total.meanAfter)) (\(signed(summary.total.shift)))"
    )
    lines.append(
      "coverage (statements with evidence): \(share(summary.withEvidenceBefore)) → \(share(summary.withEvidenceAfter))")
    if let before = outcome.goldBefore, let after = outcome.goldAfter {
      lines.append("")
      lines.append("gold (\(before.count) statements)      before   after   change")
      for (name, a, b) in [
        ("AUC", before.auc, after.auc), ("macro-F1", before.macroF1, after.macroF1),
        ("coverage", before.coverage, after.coverage),
      ] {
        let row: String = "  " + pad(name, 30) + fixed(a) + "   " + fixed(b) + "   " + signed(b - a)
        lines.append(row)
      }
    }
    lines.append("")
    lines.append("entries that moved the most score (word shift):")
    for entry in summary.entryShifts.prefix(15) {
      let row: String = "  " + pad(signed(entry.scoreShift), 9) + " in \(entry.statements) statements: "
      lines.append(row + entry.change.description)
    }
    if summary.entries.isEmpty { lines.append("  none") }
    lines.append("")
    lines.append("actors with the largest mean shift (n ≥ \(options.minimumCount)):")
    let actors = summary.actors.filter { $0.value.count >= options.minimumCount && $0.value.shift != 0 }
      .sorted {
        abs($0.value.shift) != abs($1.value.shift) ? abs($0.value.shift) > abs($1.value.shift) : $0.key < $1.key
      }
    for (key, shift) in actors.prefix(10) {
      let means: String = "\(fixed(shift.meanBefore)) → \(fixed(shift.meanAfter)) (\(signed(shift.shift)))"
      let row: String = "  " + pad(shift.name == key ? key : "\(shift.name) (\(key))", 36) + pad("n \(shift.count)", 8)
      lines.append(row + means)
    }
    if actors.isEmpty { lines.append("  none") }
    lines.append("")
    lines.append("periods with a shift:")
    let periods = summary.periods.keys.sorted().filter { summary.periods[$0]!.shift != 0 }
    for key in periods.prefix(24) {
      let shift = summary.periods[key]!
      let means: String = "\(fixed(shift.meanBefore)) → \(fixed(shift.meanAfter)) (\(signed(shift.shift)))"
      let row: String = "  " + pad(key, 12) + pad("n \(shift.count)", 9)
      lines.append(row + means)
    }
    if periods.count > 24 { lines.append("  … \(periods.count - 24) more in periods.csv") }
    if periods.isEmpty { lines.append("  none") }
    lines.append("")
    lines.append("largest moves:")
    for move in summary.largestMoves {
      let change = move.change
      let text = move.text.count > 160 ? String(move.text.prefix(157)) + "…" : move.text
      lines.append(
        "  \(signed(change.shift)) \(fixed(change.before.score)) → \(fixed(change.after.score)) "
          + "\(change.before.label.rawValue) → \(change.after.label.rawValue)  \(change.document), \(change.speaker)")
      lines.append("    “\(text)”")
      lines.append("    because: " + change.causes.map(\.change.description).joined(separator: "; "))
    }
    if summary.largestMoves.isEmpty { lines.append("  none") }
    return lines.joined(separator: "\n") + "\n"
  }
}
