import Aggregation
import Foundation
import Reporting
import StanceCore

/// What a diff run found, and the gold metrics with both lexicons when a gold file was given.
public struct LexiconDiffOutcome: Sendable {
  public var summary: LexiconDiffSummary
  public var goldBefore: ToneEvaluator.Report?
  public var goldAfter: ToneEvaluator.Report?
  public var before: String
  public var after: String
  public var sharesAttribution: Bool
  public var skippedDocuments: Int
  public var files: [String]
  /// The readable report, as written to report.txt.
  public var report = ""
}

extension LexiconDiff {
  /// Reads the corpus, compares every statement, writes moved.csv, actors.csv, periods.csv,
  /// entries.csv and report.txt to the output folder, and returns the totals.
  public func run(_ options: LexiconDiffOptions) throws -> LexiconDiffOutcome {
    let inputs = options.inputs.isEmpty ? [try DefaultResources.seedFolder().path] : options.inputs
    for input in inputs where input != "-" && !FileManager.default.fileExists(atPath: input) {
      throw StanceError.cannotRead(path: input, reason: "no such file or folder")
    }
    let goldItems = try options.goldPath.map { try ToneEvaluator.read(path: $0) }
    let output = try OutputFolder(url: options.outputFolder)
    let comment = "# stance diff \(before.lexicons.identifier) → \(after.lexicons.identifier)"
    do {
      try output.begin("moved.csv")
      try output.append("moved.csv", line: comment)
      try output.append(
        "moved.csv",
        line: Formatting.csvLine([
          "doc", "date", "speaker", "actor", "start", "end", "score_before", "score_after", "shift", "label_before",
          "label_after", "causes", "evidence_before", "evidence_after", "text",
        ]))
      var summary = LexiconDiffSummary()
      var skipped = 0
      var order = 0
      var writeError: Error? = nil
      let reader = CorpusReader(inputs: inputs, maximumDocumentBytes: options.maximumDocumentBytes)
      let threshold = options.threshold
      BatchRunner(jobs: options.jobs).run(
        next: { reader.next() },
        process: { item -> (changes: [StatementChange], moved: [Int: (line: String, text: String)])? in
          guard case .document(let document) = item else { return nil }
          let (changes, segmented) = compare(document)
          var moved: [Int: (line: String, text: String)] = [:]
          var converter: ScalarOffsetConverter? = nil
          for (index, change) in changes.enumerated() where change.isMoved(threshold: threshold) {
            if converter == nil { converter = ScalarOffsetConverter(segmented.text) }
            let range = change.range
            let text = Formatting.oneLine(segmented.text.string(range))
            moved[index] = (
              movedLine(
                change, start: converter!.scalarOffset(range.start), end: converter!.scalarOffset(range.end), text: text
              ), text
            )
          }
          return (changes, moved)
        },
        consume: { _, result in
          guard let result else {
            skipped += 1
            return
          }
          summary.documents += 1
          for (index, change) in result.changes.enumerated() {
            let moved = result.moved[index]
            summary.add(
              change, isMoved: moved != nil, period: options.period, keep: options.shownMoves, order: order,
              text: { moved?.text ?? "" })
            order += 1
            if let moved {
              do { try output.append("moved.csv", line: moved.line) } catch {
                if writeError == nil { writeError = error }
              }
            }
          }
        })
      if let writeError { throw writeError }
      try output.commit("moved.csv")
      let goldBefore = goldItems.map { ToneEvaluator(pipeline: before).evaluate($0, jobs: options.jobs) }
      let goldAfter = goldItems.map { ToneEvaluator(pipeline: after).evaluate($0, jobs: options.jobs) }
      var outcome = LexiconDiffOutcome(
        summary: summary, goldBefore: goldBefore, goldAfter: goldAfter, before: before.lexicons.identifier,
        after: after.lexicons.identifier, sharesAttribution: sharesAttribution, skippedDocuments: skipped, files: [])
      let tables = LexiconDiffTables(outcome: outcome, options: options, comment: comment)
      for (name, contents) in tables.files {
        try output.write(name, contents: contents)
      }
      outcome.files = ["moved.csv"] + tables.files.map(\.0)
      outcome.report = LexiconDiffReport.text(outcome, options: options)
      return outcome
    } catch {
      output.abandon()
      throw error
    }
  }

  func movedLine(_ change: StatementChange, start: Int, end: Int, text: String) -> String {
    func evidence(_ tone: Tone) -> String {
      tone.evidence.map { "\($0.term)\($0.rule == "term" ? "" : "[\($0.rule)]")=\(Formatting.weight($0.weight))" }
        .joined(separator: "; ")
    }
    return Formatting.csvLine([
      change.document, change.date?.description ?? "", change.speaker, change.isCharted ? change.actor : "",
      String(start), String(end), Formatting.fixed(change.before.score), Formatting.fixed(change.after.score),
      Formatting.fixed(change.shift), change.before.label.rawValue, change.after.label.rawValue,
      change.causes.map(\.change.description).joined(separator: "; "), evidence(change.before), evidence(change.after),
      text,
    ])
  }
}
