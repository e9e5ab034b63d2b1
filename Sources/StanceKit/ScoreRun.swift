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
  /// Period, date range, grouping and duplicate collapse.
  public var aggregation = AggregationOptions()
  public var jobs = ProcessInfo.processInfo.activeProcessorCount
  /// Periods with fewer statements are flagged as sparse.
  public var minimumCount = 3
  /// Documents larger than this are skipped.
  public var maximumDocumentBytes = 64 << 20
  /// Stop at the first skipped document or warning, writing nothing.
  public var isStrict = false
  /// The slice of the corpus to score; a run of a slice also writes its partial file.
  public var shard = Shard.whole
  /// Whether `shard` selects documents (`--shard`), or only labels a partial file whose input a
  /// batch engine already split (`--part`).
  public var shardSelectsDocuments = true
  /// Where the partial file goes: nil for none (the default of a whole run), a path, or "-" for stdout.
  public var partialPath: String? = nil
  /// The JSON Lines field that names a document's own speaker.
  public var speakerField = "speaker"
  /// Draw a progress line on stderr when it is a terminal.
  public var showsProgress = false

  public init() {}

  public var period: Period {
    get { aggregation.period }
    set { aggregation.period = newValue }
  }
}

/// What a score run did.
public struct ScoreOutcome: Sendable {
  public var summary: RunSummary
  public var counts: AggregationCounts
  public var skipped: [SkipRecord]
  public var warnings: [CorpusWarning]
  public var files: [String]
}

/// One document's share of the output, prepared on a worker thread: its lines, and what the
/// aggregate stage needs of its statements. The pipeline's own results are freed on the worker, so
/// the thread that consumes documents in order touches as little memory as it can.
struct ProcessedDocument: Sendable {
  var csv: [UInt8]
  var json: [UInt8]
  var records: [StatementRecord]
  /// Statements by kind: direct, indirect, mixed.
  var kindCounts: [Int]
  var unresolved: Int
  var quotes: Int
  var unattributedQuotes: Int

  static let kinds: [StatementKind] = [.direct, .indirect, .mixed]

  init(_ result: DocumentResult, lines: (csv: [UInt8], json: [UInt8]), documentIndex: Int) {
    csv = lines.csv
    json = lines.json
    let document = result.segmented.document
    var kindCounts = [0, 0, 0]
    var unresolved = 0
    // Each statement is read in place (borrowed), not copied with its strings and arrays.
    func record(_ scored: borrowing ScoredStatement, position: Int) -> StatementRecord {
      switch scored.statement.kind {
      case .direct: kindCounts[0] += 1
      case .indirect: kindCounts[1] += 1
      case .mixed: kindCounts[2] += 1
      }
      if scored.statement.speaker.kind == .unresolved { unresolved += 1 }
      return StatementRecord(
        speaker: scored.statement.speaker, score: scored.tone.score, label: scored.tone.label,
        document: document.id, date: document.date, text: result.segmented.text.string(scored.statement.content),
        targets: scored.statement.targets,
        order: StatementRecord.order(documentIndex: documentIndex, position: position))
    }
    records = result.statements.indices.map { record(result.statements[$0], position: $0) }
    self.kindCounts = kindCounts
    self.unresolved = unresolved
    quotes = result.attribution.quotes
    unattributedQuotes = result.attribution.unattributedQuotes
  }
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
    let writer = ReportWriter(lexicons: lexicons, options: options.aggregation, minimumCount: options.minimumCount)
    let output = try OutputFolder(url: options.outputFolder)
    do {
      let reader = CorpusReader(
        inputs: inputs, maximumDocumentBytes: options.maximumDocumentBytes, speakerField: options.speakerField)
      let progress =
        options.showsProgress ? ProgressLine.forTerminal(totalBytes: CorpusReader.totalBytes(inputs: inputs)) : nil
      defer { progress?.finish() }
      return try run(
        reader: reader, pipeline: pipeline, writer: writer, output: output, options: options, progress: progress)
    } catch {
      output.abandon()
      throw error
    }
  }

  static func run(
    reader: CorpusReader, pipeline: Pipeline, writer: ReportWriter, output: OutputFolder, options: ScoreOptions,
    progress: ProgressLine?
  ) throws -> ScoreOutcome {
    for name in statementFiles { try output.begin(name) }
    try output.append("statements.csv", line: writer.csvComment)
    try output.append("statements.csv", line: StatementFormatter.csvHeader)
    let partial = try options.partialPath.map { try PartialSink(path: $0, output: output) }

    var summary = RunSummary()
    var firstProblem: String? = nil
    // Each entry's position in the input, which orders its statements (see `StatementRecord.order`).
    var entryIndex = 0
    let shard = options.shard
    let selectsDocuments = options.shardSelectsDocuments
    var skipped: [SkipRecord] = []
    var aggregator = SeriesAggregator(options: options.aggregation, registry: pipeline.lexicons.actors)
    var writeError: Error? = nil
    let formatter = writer.statementFormatter
    // Each worker has tables of its own (see BatchRunner).
    let pipelines = [pipeline] + (1..<max(1, options.jobs)).map { _ in Pipeline(lexicons: pipeline.lexicons) }

    /// Under --strict: the first warning so far, as the run's problem.
    func firstWarning() -> String? {
      reader.warnings.first.map { "\($0.location): \($0.message)" }
    }
    // Entries are decoded on the workers and noted with the reader in input order when consumed.
    // Under --strict the first skipped document or warning stops the reading.
    BatchRunner(jobs: options.jobs).run(
      next: { () -> (index: Int, entry: CorpusEntry)? in
        guard firstProblem == nil, let entry = reader.nextEntry() else { return nil }
        entryIndex += 1
        return (entryIndex - 1, entry)
      },
      process: { indexed, worker -> (decoded: CorpusEntry.Decoded, isSelected: Bool, processed: ProcessedDocument?) in
        let decoded = indexed.entry.decoded()
        // The shard is decided here, once, from the decoded id.
        let isSelected = decoded.item.map { !selectsDocuments || shard.contains(id: $0.id) } ?? false
        guard isSelected, case .document(let document)? = decoded.item, !isBlank(document.text) else {
          return (decoded, isSelected, nil)
        }
        let result = pipelines[worker].process(document)
        let lines = formatter.formatBytes(result.statements, in: result.segmented)
        return (decoded, isSelected, ProcessedDocument(result, lines: lines, documentIndex: indexed.index))
      },
      consume: { indexed, result in
        let processed = result.processed
        guard let item = reader.note(indexed.entry, result.decoded), result.isSelected else { return }
        if options.isStrict && firstProblem == nil {
          if case .skipped(let record) = item, reader.warnings.isEmpty {
            firstProblem = "\(record.location): \(record.reason): \(record.detail)"
          } else {
            firstProblem = firstWarning()
          }
        }
        defer { progress?.update(documents: summary.documentsRead, bytes: reader.bytesConsumed) }
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
          summary.statements += processed.records.count
          summary.unresolvedStatements += processed.unresolved
          for (kind, count) in zip(ProcessedDocument.kinds, processed.kindCounts) where count > 0 {
            summary.statementsByKind[kind, default: 0] += count
          }
          var partialLines: [String] = []
          // Records are lent from their array, not copied out of it (see BatchRunner).
          processed.records.withUnsafeBufferPointer { records in
            for position in records.indices {
              aggregator.add(recordAt: records.baseAddress! + position)
              if partial != nil { partialLines.append(PartialFile.statementLine(records[position], shard: shard)) }
            }
          }
          do {
            try output.append("statements.csv", bytes: processed.csv)
            try output.append("statements.jsonl", bytes: processed.json)
            for line in partialLines { try partial?.append(line) }
            try partial?.flushIfFull()
          } catch {
            if writeError == nil { writeError = error }
          }
        }
      })
    reader.noteRemainingWarnings()
    if options.isStrict && firstProblem == nil { firstProblem = firstWarning() }
    if let writeError { throw writeError }
    if let firstProblem { throw StanceError.strict(firstProblem) }

    for name in statementFiles { try output.commit(name) }
    var files = statementFiles
    if let partial {
      let trailer = PartialFile.Trailer(shard: shard, settings: writer.partialSettings, summary: summary)
      try partial.append(PartialFile.trailerLine(trailer))
      try partial.finish()
      if let name = partial.fileName { files.append(name) }
    }
    for file in writer.summaryFiles(summary: summary, aggregator: aggregator, jobs: options.jobs) {
      try output.write(file.name, contents: file.contents)
      files.append(file.name)
    }
    try output.write("skipped.csv", contents: skippedCSV(skipped: skipped, warnings: reader.warnings))
    files.append("skipped.csv")
    return ScoreOutcome(
      summary: summary, counts: aggregator.counts, skipped: skipped, warnings: reader.warnings, files: files)
  }

  /// skipped.csv: every document skipped and every warning, with its location.
  static func skippedCSV(skipped: [SkipRecord], warnings: [CorpusWarning]) -> String {
    let rows =
      [Formatting.csvLine(["document", "line", "status", "reason", "detail"])]
      + skipped.map {
        Formatting.csvLine([$0.document, $0.line.map(String.init) ?? "", "skipped", $0.reason, $0.detail])
      }
      + warnings.map { Formatting.csvLine([$0.location, "", "warning", "warning", $0.message]) }
    return rows.joined(separator: "\n") + "\n"
  }

  static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
  }
}

extension CorpusItem {
  /// The id a shard is chosen by: the document id, or the location of a skipped record.
  var id: String {
    switch self {
    case .document(let document): return document.id
    case .skipped(let record): return record.location
    }
  }
}
