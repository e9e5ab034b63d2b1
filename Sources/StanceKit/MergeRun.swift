import Aggregation
import Foundation
import Reporting
import StanceCore

/// What `stance merge` is asked to do.
public struct MergeOptions: Sendable {
  /// Partial files, folders holding partial.jsonl, or "-" for partial lines on stdin.
  public var inputs: [String] = []
  public var outputFolder = URL(fileURLWithPath: "reports")
  /// The lexicons the shards were scored with (nil: the default); needed for the registry and the
  /// lexicon identifier, and checked against the shards'.
  public var lexiconFolder: URL? = nil
  /// Aggregation options; nil fields take the shards' own.
  public var period: Period? = nil
  public var range: DateRange? = nil
  public var level: ActorGrouping.Level? = nil
  public var collapsesDuplicates: Bool? = nil
  public var minimumCount = 3
  /// Threads that make the reports (each file on one thread).
  public var jobs = ProcessInfo.processInfo.activeProcessorCount

  public init() {}
}

/// `stance merge`: combines the partial files of shards into the series.csv, actors.csv and report.txt
/// of a single run over the whole corpus.
///
/// The statement lines of every shard are replayed in input order (a k-way merge by their order key)
/// through the aggregator a single run uses, so the result is the single run's, byte for byte. Files are
/// streamed; standard input (partials of several shards concatenated, as a batch engine's reducer gets
/// them) is read whole, then sorted.
public enum MergeRun {
  public static func run(_ options: MergeOptions) throws -> (summary: RunSummary, counts: AggregationCounts) {
    let lexicons = try LexiconLoader.load(folder: options.lexiconFolder)
    let sources = try options.inputs.flatMap(openSources)
    guard !sources.isEmpty else { throw StanceError.usage("stance merge needs at least one partial file") }

    // The settings are needed before the first record is aggregated: each source's trailer (its last
    // line) is read ahead, by a quick pass over the file (stdin is in memory).
    var settings: PartialFile.Settings? = nil
    for index in sources.indices {
      let trailer = try sources[index].trailer()
      if let settings, settings.lexicon != trailer.settings.lexicon {
        throw StanceError.invalidInput(
          location: sources[index].name,
          reason: "scored with lexicon \(trailer.settings.lexicon), another shard with \(settings.lexicon)")
      }
      if settings == nil { settings = trailer.settings }
    }
    guard let settings else { throw StanceError.usage("no partial file to merge") }
    guard settings.lexicon == lexicons.identifier else {
      throw StanceError.invalidInput(
        location: sources[0].name,
        reason: "the shards were scored with lexicon \(settings.lexicon), but the lexicons given are "
          + "\(lexicons.identifier); pass the same --lexicons")
    }
    try checkShards(sources.map { try $0.trailer() }, names: sources.map(\.name))
    var aggregation = AggregationOptions(period: options.period ?? settings.period)
    aggregation.range = options.range ?? settings.range
    aggregation.level = options.level ?? settings.level
    aggregation.collapsesDuplicates = options.collapsesDuplicates ?? settings.collapsesDuplicates
    var aggregator = SeriesAggregator(options: aggregation, registry: lexicons.actors)

    var heads: [StatementRecord?] = try sources.indices.map { try sources[$0].nextRecord() }
    while true {
      var best: Int? = nil
      for index in heads.indices {
        guard let head = heads[index] else { continue }
        if best == nil || head.order < heads[best!]!.order { best = index }
      }
      guard let best else { break }
      aggregator.add(heads[best]!)
      heads[best] = try sources[best].nextRecord()
    }

    var summary = RunSummary()
    for source in sources { summary.add(try source.trailer().summary) }
    let writer = ReportWriter(lexicons: lexicons, options: aggregation, minimumCount: options.minimumCount)
    let output = try OutputFolder(url: options.outputFolder)
    for file in writer.summaryFiles(summary: summary, aggregator: aggregator, jobs: options.jobs) {
      try output.write(file.name, contents: file.contents)
    }
    return (summary, aggregator.counts)
  }

  /// Every shard index appears once, all of the same count.
  static func checkShards(_ trailers: [PartialFile.Trailer], names: [String]) throws {
    let count = trailers[0].shard.count
    var seen: [Int: String] = [:]
    for (trailer, name) in zip(trailers, names) {
      guard trailer.shard.count == count else {
        throw StanceError.invalidInput(location: name, reason: "shard \(trailer.shard) of a split into \(count)")
      }
      if let other = seen[trailer.shard.index] {
        throw StanceError.invalidInput(location: name, reason: "shard \(trailer.shard) is also in \(other)")
      }
      seen[trailer.shard.index] = name
    }
    let missing = (1...count).filter { seen[$0] == nil }
    guard missing.isEmpty else {
      throw StanceError.usage(
        "missing shards: \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) (every shard of the split is needed)"
      )
    }
  }

  static func openSources(_ input: String) throws -> [PartialSource] {
    if input == "-" { return try PartialSource.standardInput() }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
      throw StanceError.cannotRead(path: input, reason: "no such file or folder")
    }
    let path = isFolder.boolValue ? (input as NSString).appendingPathComponent(PartialFile.name) : input
    return [try PartialSource(path: path)]
  }
}

extension RunSummary {
  /// Adds another run's counts.
  mutating func add(_ other: RunSummary) {
    documentsRead += other.documentsRead
    documentsScored += other.documentsScored
    skipped.merge(other.skipped, uniquingKeysWith: +)
    undatedDocuments += other.undatedDocuments
    statements += other.statements
    statementsByKind.merge(other.statementsByKind, uniquingKeysWith: +)
    quotes += other.quotes
    unattributedQuotes += other.unattributedQuotes
    unresolvedStatements += other.unresolvedStatements
    bytes += other.bytes
  }
}

/// One shard's partial lines: from a file, streamed, or from memory (stdin).
final class PartialSource {
  let name: String
  private let path: String?
  private var reader: LineReader?
  /// Stdin's records of this shard, sorted by order.
  private var records: [StatementRecord] = []
  private var position = 0
  private var cachedTrailer: PartialFile.Trailer? = nil

  init(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw StanceError.cannotRead(path: path, reason: "cannot open the file")
    }
    name = path
    self.path = path
    reader = LineReader(handle: handle)
  }

  private init(name: String, records: [StatementRecord], trailer: PartialFile.Trailer?) {
    self.name = name
    self.records = records.sorted { $0.order < $1.order }
    cachedTrailer = trailer
    path = nil
    reader = nil
  }

  /// The shards found on stdin, in any line order, each a source of its own records.
  static func standardInput() throws -> [PartialSource] {
    let reader = LineReader(handle: FileHandle.standardInput)
    var records: [String: [StatementRecord]] = [:]
    var trailers: [String: PartialFile.Trailer] = [:]
    var shards: [String] = []
    while let line = reader.nextLine() {
      if line.isEmpty { continue }
      let shard: String
      switch try PartialFile.parse(line, location: "stdin:\(reader.lineNumber)") {
      case .statement(let record, let lineShard):
        shard = lineShard.description
        records[shard, default: []].append(record)
      case .trailer(let trailer):
        shard = trailer.shard.description
        trailers[shard] = trailer
      }
      if !shards.contains(shard) { shards.append(shard) }
    }
    try reader.throwIfIncomplete(path: "stdin")
    // Parts in part order, so that ties between parts break the same way whatever the arrival order.
    shards.sort { Shard(parsing: $0)!.index < Shard(parsing: $1)!.index }
    return shards.map { shard in
      PartialSource(name: "stdin (shard \(shard))", records: records[shard] ?? [], trailer: trailers[shard])
    }
  }

  /// The next statement in order, or nil after the last.
  func nextRecord() throws -> StatementRecord? {
    guard let reader else {
      guard position < records.count else { return nil }
      position += 1
      return records[position - 1]
    }
    while let line = reader.nextLine() {
      if line.isEmpty { continue }
      switch try PartialFile.parse(line, location: "\(name):\(reader.lineNumber)") {
      case .statement(let record, _): return record
      case .trailer(let trailer): cachedTrailer = trailer
      }
    }
    try reader.throwIfIncomplete(path: name)
    return nil
  }

  /// The shard's trailer line: the last of the file.
  func trailer() throws -> PartialFile.Trailer {
    if let cachedTrailer { return cachedTrailer }
    guard let path, let handle = FileHandle(forReadingAtPath: path) else {
      throw StanceError.invalidInput(location: name, reason: "no shard line: the partial output is incomplete")
    }
    // A quick pass over the file that parses only the shard line.
    let reader = LineReader(handle: handle)
    let prefix = Array("{\"type\":\"shard\"".utf8)
    while let line = reader.nextLine() {
      guard line.starts(with: prefix) else { continue }
      if case .trailer(let trailer) = try PartialFile.parse(line, location: "\(path):\(reader.lineNumber)") {
        cachedTrailer = trailer
      }
    }
    try reader.throwIfIncomplete(path: path)
    guard let cachedTrailer else {
      throw StanceError.invalidInput(location: name, reason: "no shard line: the partial file is incomplete")
    }
    return cachedTrailer
  }
}
