import Aggregation
import Foundation
import Reporting
import StanceCore

/// What `stance score` is asked to do.
public struct ScoreOptions: Sendable {
  /// Files, folders or "-"; empty means the embedded seeds.
  public var inputs: [String] = []
  public var outputFolder = URL(fileURLWithPath: "reports")
  /// nil means the default lexicons.
  public var lexiconFolder: URL? = nil
  /// Overlays laid over the lexicons, in order.
  public var overlayFolders: [URL] = []
  public var period: Period = .month
  public var jobs = ProcessInfo.processInfo.activeProcessorCount
  /// Periods with fewer statements are flagged as sparse.
  public var minimumCount = 3
  /// Documents larger than this are skipped.
  public var maximumDocumentBytes = 64 << 20
  /// Stop at the first skipped document or warning, writing nothing.
  public var isStrict = false

  public init() {}
}

/// What a score run did.
public struct ScoreOutcome: Sendable {
  public var summary: RunSummary
  public var skipped: [SkipRecord]
  public var warnings: [CorpusWarning]
  public var files: [String]
}

/// One document's share of the output, prepared on a worker thread.
struct ProcessedDocument: Sendable {
  var csvLines: [String]
  var jsonLines: [String]
  var statements: [ScoredStatement]
  var texts: [String]
  var quotes: Int
  var unattributedQuotes: Int
}

/// `stance score`: reads the corpus, runs every stage on every document in parallel, and writes
/// statements.csv, statements.jsonl, series.csv, actors.csv, report.txt and skipped.csv.
public enum ScoreRun {
  public static let statementFiles = ["statements.csv", "statements.jsonl"]

  public static func run(_ options: ScoreOptions) throws -> ScoreOutcome {
    let lexicons = try LexiconLoader.load(folder: options.lexiconFolder, overlays: options.overlayFolders)
    let inputs = options.inputs.isEmpty ? [try DefaultResources.seedFolder().path] : options.inputs
    for input in inputs where input != "-" && !FileManager.default.fileExists(atPath: input) {
      throw StanceError.cannotRead(path: input, reason: "no such file or folder")
    }
    let pipeline = Pipeline(lexicons: lexicons)
    let writer = ReportWriter(lexicons: lexicons, period: options.period, minimumCount: options.minimumCount)
    let output = try OutputFolder(url: options.outputFolder)
    do {
      let reader = CorpusReader(inputs: inputs, maximumDocumentBytes: options.maximumDocumentBytes)
      return try run(
        reader: reader, pipeline: pipeline, writer: writer, output: output, jobs: options.jobs,
        isStrict: options.isStrict)
    } catch {
      output.abandon()
      throw error
    }
  }

  static func run(
    reader: CorpusReader, pipeline: Pipeline, writer: ReportWriter, output: OutputFolder, jobs: Int, isStrict: Bool
  ) throws -> ScoreOutcome {
    for name in statementFiles { try output.begin(name) }
    try output.append("statements.csv", line: writer.csvComment)
    try output.append("statements.csv", line: StatementFormatter.csvHeader)

    var summary = RunSummary()
    var firstProblem: String? = nil
    // Under --strict the first skipped document or warning stops the reading.
    let next: () -> CorpusItem? = {
      guard firstProblem == nil else { return nil }
      let item = reader.next()
      if isStrict {
        if case .skipped(let record) = item { firstProblem = "\(record.location): \(record.reason): \(record.detail)" }
        if let warning = reader.warnings.first { firstProblem = "\(warning.location): \(warning.message)" }
      }
      return item
    }
    var skipped: [SkipRecord] = []
    var aggregator = SeriesAggregator(period: writer.period)
    var extremes = ExtremeStatements(capacity: 5)
    var documentIndex = 0
    var writeError: Error? = nil
    let formatter = writer.statementFormatter

    BatchRunner(jobs: jobs).run(
      next: next,
      process: { item -> ProcessedDocument? in
        guard case .document(let document) = item, !isBlank(document.text) else { return nil }
        let result = pipeline.process(document)
        let lines = formatter.format(result.statements, in: result.segmented)
        return ProcessedDocument(
          csvLines: lines.csv, jsonLines: lines.json, statements: result.statements,
          texts: result.statements.map { result.segmented.text.string($0.statement.content) },
          quotes: result.attribution.quotes, unattributedQuotes: result.attribution.unattributedQuotes)
      },
      consume: { item, processed in
        switch item {
        case .skipped(let record):
          summary.documentsRead += 1
          summary.skipped[record.reason, default: 0] += 1
          skipped.append(record)
        case .document(let document):
          summary.documentsRead += 1
          summary.bytes += document.text.utf8.count
          guard let processed else {
            summary.skipped["empty", default: 0] += 1
            skipped.append(SkipRecord(document: document.id, line: nil, reason: "empty", detail: "no text"))
            return
          }
          summary.documentsScored += 1
          if document.date == nil { summary.undatedDocuments += 1 }
          summary.quotes += processed.quotes
          summary.unattributedQuotes += processed.unattributedQuotes
          for (position, scored) in processed.statements.enumerated() {
            summary.statements += 1
            summary.statementsByKind[scored.statement.kind, default: 0] += 1
            if scored.statement.speaker.kind == .unresolved { summary.unresolvedStatements += 1 }
            aggregator.add(scored, date: document.date)
            guard scored.statement.speaker.kind != .unresolved else { continue }
            extremes.add(
              StatementDigest(
                score: scored.tone.score, actor: scored.statement.speaker.key, speaker: scored.statement.speaker.name,
                document: document.id, date: document.date, text: processed.texts[position],
                order: documentIndex << 20 | position))
          }
          documentIndex += 1
          do {
            for line in processed.csvLines { try output.append("statements.csv", line: line) }
            for line in processed.jsonLines { try output.append("statements.jsonl", line: line) }
          } catch {
            if writeError == nil { writeError = error }
          }
        }
      })
    if let writeError { throw writeError }
    if let firstProblem { throw StanceError.strict(firstProblem) }

    for name in statementFiles { try output.commit(name) }
    var files = statementFiles
    for file in writer.summaryFiles(summary: summary, aggregator: aggregator, extremes: extremes) {
      try output.write(file.name, contents: file.contents)
      files.append(file.name)
    }
    let skippedRows =
      [Formatting.csvLine(["document", "line", "status", "reason", "detail"])]
      + skipped.map {
        Formatting.csvLine([$0.document, $0.line.map(String.init) ?? "", "skipped", $0.reason, $0.detail])
      }
      + reader.warnings.map { Formatting.csvLine([$0.location, "", "warning", "warning", $0.message]) }
    try output.write("skipped.csv", contents: skippedRows.joined(separator: "\n") + "\n")
    files.append("skipped.csv")
    return ScoreOutcome(summary: summary, skipped: skipped, warnings: reader.warnings, files: files)
  }

  static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
  }
}
