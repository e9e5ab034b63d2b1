import Foundation
import StanceCore
import StanceKit

/// stance-bench: times each stage alone and the whole pipeline on a corpus, in a release build.
///
///     swift run -c release stance-bench --corpus FILE.jsonl [--runs 5] [--jobs N] [--limit-mb M] [--repeat K]

#if DEBUG
  FileHandle.standardError.write(
    Data("*** stance-bench is a DEBUG build: figures are meaningless. Use swift run -c release stance-bench ***\n".utf8)
  )
#endif

EndToEnd.runAsChildIfAsked(Array(CommandLine.arguments.dropFirst()))
let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
let lexicons = try LexiconLoader.load(folder: nil)
let pipeline = Pipeline(lexicons: lexicons)
let input = try options.corpus ?? DefaultResources.seedFolder().path
let reader = CorpusReader(inputs: [input])
var base: [Document] = []
var baseBytes = 0
while baseBytes < options.limitBytes, let item = reader.next() {
  if case .document(let document) = item {
    base.append(document)
    baseBytes += document.text.utf8.count
  }
}
var documents: [Document] = []
for copy in 0..<options.repeatCount {
  documents += base.map {
    var document = $0
    if copy > 0 { document.id += "#\(copy)" }
    return document
  }
}
let bytes = Double(baseBytes * options.repeatCount)
let countsStatements = options.filter != "segment" && options.filter != "adversarial"
let statementCount = countsStatements ? documents.reduce(0) { $0 + pipeline.process($1).statements.count } : 0
print(
  "corpus: \(input) · \(documents.count) documents · \(String(format: "%.1f", bytes / 1e6)) MB · \(statementCount) statements"
)
print("median of \(options.runs) runs after a warm-up; one core unless stated")
print(
  "stage".padding(toLength: 42, withPad: " ", startingAt: 0) + "   seconds      MB/s   statements/s  allocs/doc")

@MainActor func report(
  _ name: String, seconds measured: (seconds: Double, allocations: Double?), megabytes: Double = bytes / 1e6,
  statements: Int = statementCount
) {
  let seconds = measured.seconds
  let allocations =
    measured.allocations.map { String(format: "%11.0f", $0 / Double(max(1, documents.count))) } ?? "          -"
  let line =
    name.padding(toLength: 42, withPad: " ", startingAt: 0)
    + String(format: "%10.3f %9.1f %14.0f ", seconds, megabytes / seconds, Double(statements) / seconds) + allocations
  print(line)
}

if options.wants("segment") {
  report(
    "segment",
    seconds: Measurement.median(runs: options.runs) {
      for document in documents { _ = pipeline.segmenter.segment(document) }
    })
}
let segmented =
  options.wants("attribute") || options.wants("score") ? documents.map { pipeline.segmenter.segment($0) } : []
if options.wants("attribute") {
  report(
    "attribute (on segmented)",
    seconds: Measurement.median(runs: options.runs) {
      for document in segmented { _ = pipeline.attributor.attribute(document) }
    })
}
if options.wants("segment+attribute") {
  report(
    "segment+attribute",
    seconds: Measurement.median(runs: options.runs) {
      for document in documents { _ = pipeline.attributor.attribute(pipeline.segmenter.segment(document)) }
    })
}
if options.wants("score") {
  let attributed = segmented.map { pipeline.attributor.attribute($0).statements }
  report(
    "score (on attributed)",
    seconds: Measurement.median(runs: options.runs) {
      for (document, statements) in zip(segmented, attributed) { _ = pipeline.scorer.score(statements, in: document) }
    })
}
if options.wants("pipeline") {
  report(
    "pipeline, 1 job",
    seconds: Measurement.median(runs: options.runs) {
      for document in documents { _ = pipeline.process(document) }
    })
  if options.jobs > 1 {
    let runner = BatchRunner(jobs: options.jobs)
    // As `stance score` does: each worker with tables of its own.
    let pipelines = [pipeline] + (1..<options.jobs).map { _ in Pipeline(lexicons: lexicons) }
    report(
      "pipeline, \(options.jobs) jobs",
      seconds: Measurement.median(runs: options.runs) {
        var remaining = documents[...]
        var total = 0
        runner.run(
          next: { remaining.popFirst() },
          process: { document, worker in pipelines[worker].process(document).statements.count },
          consume: { _, count in total += count })
      })
  }
}
if options.wants("end-to-end") {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stance-bench-\(getpid())")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let file = try EndToEnd.writeCorpus(documents, in: folder)
  let output = folder.appendingPathComponent("out")
  for jobs in Set([1, options.jobs]).sorted() {
    report(
      "end-to-end (file in, reports out), \(jobs) job\(jobs == 1 ? "" : "s")",
      seconds: Measurement.median(runs: options.runs) { EndToEnd.score(file: file, output: output, jobs: jobs) })
  }
  // The floor the file system sets: the same reports written again from memory, no processing.
  let written = EndToEnd.rewrite(output)
  report(
    String(format: "  of which writing the %.0f MB of reports", Double(written) / 1e6),
    seconds: Measurement.median(runs: options.runs) { EndToEnd.rewrite(output) }, statements: 0)
  for jobs in Set([1, options.jobs]).sorted() {
    let megabytes = EndToEnd.peakResidentMegabytes(file: file, output: output, jobs: jobs)
    print(
      String(
        format: "peak RSS of one end-to-end run, %d job%@ (a process of its own): %.1f MB", jobs, jobs == 1 ? "" : "s",
        megabytes))
  }
}
if options.filter == "adversarial" {
  // Linear time: doubling the input must roughly double the time.
  let cases: [(name: String, sizes: [Int], make: (Int) -> Document)] = [
    ("unpunctuated", [10, 20, 50], AdversarialInputs.unpunctuatedParagraph),
    ("of quoted speech", [1, 2, 4, 8], AdversarialInputs.quotedSpeech),
    ("of quotation marks", [1, 2, 4, 8], AdversarialInputs.quotationMarks),
  ]
  for adversarial in cases {
    for megabytes in adversarial.sizes {
      let document = adversarial.make(megabytes)
      report(
        "adversarial: \(megabytes) MB \(adversarial.name)",
        seconds: Measurement.median(runs: 1) { _ = pipeline.process(document) }, megabytes: Double(megabytes),
        statements: 0)
    }
  }
}
print(
  String(
    format: "peak RSS of this process (every document held for the stage timings): %.1f MB",
    Measurement.peakResidentMegabytes()))
