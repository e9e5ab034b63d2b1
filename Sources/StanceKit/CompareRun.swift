import Aggregation
import Foundation
import Reporting
import StanceCore

/// What `stance compare` is asked to do.
public struct CompareOptions: Sendable {
  /// Two or more actors as typed: ids or names.
  public var actors: [String] = []
  /// A corpus scored on the fly (files, folders or "-"); empty with no `scoredFolder` means the embedded seeds.
  public var inputs: [String] = []
  /// An output folder of `stance score` whose statements.jsonl is read instead of scoring.
  public var scoredFolder: URL? = nil
  public var lexiconFolder: URL? = nil
  public var period: Period = .month
  public var window = DateRange(from: nil, to: nil)
  /// compare.csv is written here when given.
  public var outputFolder: URL? = nil
  public var jobs = ProcessInfo.processInfo.activeProcessorCount
  /// Count statements of actors that roll up into a compared actor (Lavrov for Russia).
  public var includesAffiliated = true
  /// The JSON Lines field naming a document's own speaker, for corpora scored on the fly.
  public var speakerField = "speaker"
  public var test = PermutationTest()
  /// One observation per statement, or per document (the mean of its statements).
  public var unit = ComparisonUnit.statement
  public var minimumCount = 3
  public var maximumDocumentBytes = 64 << 20

  public init() {}
}

/// What a compare run found.
public struct CompareOutcome: Sendable {
  public var selectors: [ActorSelector]
  public var pairs: [PairComparison]
  /// Statements read (or scored), and those that counted for at least one side.
  public var statements: Int
  public var matched: Int
  /// Documents skipped while scoring a corpus.
  public var skippedDocuments: Int
  /// Documents with at least one counted statement, per side.
  public var documents: [Int]
  /// The text table and compare.csv.
  public var table: String
  public var csv: String
}

/// `stance compare`: reads scored statements (or scores a corpus), gathers those of the compared
/// actors by period, and compares every pair.
public enum CompareRun {
  /// One statement as compare needs it.
  struct Record: Sendable {
    var document: String
    var date: DocumentDate?
    var speaker: String
    var actorID: String?
    var score: Double
    var targets: [String]
  }

  public static func run(_ options: CompareOptions) throws -> CompareOutcome {
    guard options.actors.count >= 2 else { throw StanceError.usage("compare needs at least two actors") }
    let lexicons = try LexiconLoader.load(folder: options.lexiconFolder)
    let pipeline = Pipeline(lexicons: lexicons)
    let selectors = options.actors.map {
      ActorSelector(query: $0, registry: pipeline.attributor.registry, includesAffiliated: options.includesAffiliated)
    }
    var feeder = ComparisonFeeder(unit: options.unit, collector: ComparisonCollector(names: selectors.map(\.name)))
    var statements = 0
    var matched = 0
    var statementsBySide = Array(repeating: 0, count: selectors.count)
    var documentsBySide = Array(repeating: Set<String>(), count: selectors.count)
    let add = { (record: Record) in
      statements += 1
      guard options.window.contains(record.date) else { return }
      // The period is named only for a statement one side counts (most count for neither).
      var label: String? = nil
      for (group, selector) in selectors.enumerated()
      where selector.matches(actorID: record.actorID, speaker: record.speaker) {
        let period = label ?? options.period.label(for: record.date)
        label = period
        statementsBySide[group] += 1
        documentsBySide[group].insert(record.document)
        let targets = selectors.indices.filter { $0 != group && selectors[$0].isTargeted(by: record.targets) }
        feeder.add(document: record.document, period: period, group: group, score: record.score, targets: targets)
      }
      if label != nil { matched += 1 }
    }
    var skipped = 0
    if let folder = options.scoredFolder {
      try readScored(folder: folder, add)
    } else {
      skipped = try score(options, pipeline: pipeline, add)
    }
    feeder.finishDocument()
    let pairs = feeder.collector.pairs(test: options.test)
    let report = ComparisonReport(
      period: options.period, test: options.test, unit: options.unit, minimumCount: options.minimumCount)
    let sides = selectors.indices.map {
      "\(selectors[$0].description): \(statementsBySide[$0]) statements from \(documentsBySide[$0].count) documents"
    }
    let table = report.render(pairs, sides: sides)
    let csv =
      ([
        "# stance compare \(selectors.map(\.name).joined(separator: " vs ")) · lexicon \(lexicons.identifier)",
        ComparisonReport.csvHeader,
      ] + report.csvRows(pairs)).joined(separator: "\n") + "\n"
    if let out = options.outputFolder {
      try OutputFolder(url: out).write("compare.csv", contents: csv)
    }
    return CompareOutcome(
      selectors: selectors, pairs: pairs, statements: statements, matched: matched, skippedDocuments: skipped,
      documents: documentsBySide.map(\.count), table: table, csv: csv)
  }

  /// Streams `statements.jsonl` of a scored folder (or the file itself); a bad line is an error at `file:line`.
  static func readScored(folder: URL, _ add: (Record) -> Void) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
      throw StanceError.cannotRead(path: folder.relativePath, reason: "no such file or folder")
    }
    let url = isDirectory.boolValue ? folder.appendingPathComponent("statements.jsonl") : folder
    let path = url.relativePath
    guard let handle = try? FileHandle(forReadingFrom: url) else {
      throw StanceError.cannotRead(path: path, reason: "no statements.jsonl (the output of stance score)")
    }
    let reader = LineReader(handle: handle)
    while let line = reader.nextLine() {
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      do {
        if let record = try StatementsLine.decode(line) { add(record) }
      } catch {
        throw StanceError.usage("\(path):\(reader.lineNumber): \(error.message)")
      }
    }
    try reader.throwIfIncomplete(path: path)
  }

  /// Scores a corpus with the default pipeline, in parallel, handing statements over in input order.
  /// Returns the number of documents skipped.
  static func score(_ options: CompareOptions, pipeline: Pipeline, _ add: (Record) -> Void) throws -> Int {
    let inputs = options.inputs.isEmpty ? [try DefaultResources.seedFolder().path] : options.inputs
    for input in inputs where input != "-" && !FileManager.default.fileExists(atPath: input) {
      throw StanceError.cannotRead(path: input, reason: "no such file or folder")
    }
    let reader = CorpusReader(
      inputs: inputs, maximumDocumentBytes: options.maximumDocumentBytes, speakerField: options.speakerField)
    var skipped = 0
    BatchRunner(jobs: options.jobs).run(
      next: { reader.next() },
      process: { item -> [Record] in
        guard case .document(let document) = item else { return [] }
        return pipeline.process(document).statements.compactMap { scored in
          let speaker = scored.statement.speaker
          guard speaker.kind != .unresolved else { return nil }
          return Record(
            document: document.id, date: document.date, speaker: speaker.name, actorID: speaker.actorID,
            score: scored.tone.score,
            targets: scored.statement.targets)
        }
      },
      consume: { item, records in
        if case .skipped = item { skipped += 1 }
        for record in records { add(record) }
      })
    return skipped
  }
}
