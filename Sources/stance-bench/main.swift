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

struct BenchOptions {
  var corpus: String? = nil
  var runs = 5
  var jobs = ProcessInfo.processInfo.activeProcessorCount
  var limitBytes = Int.max
  var repeatCount = 1
  var filter: String? = nil
}

func parseOptions() -> BenchOptions {
  var options = BenchOptions()
  var arguments = Array(CommandLine.arguments.dropFirst())
  func value() -> String {
    guard !arguments.isEmpty else {
      FileHandle.standardError.write(Data("stance-bench: an option needs a value\n".utf8))
      exit(64)
    }
    return arguments.removeFirst()
  }
  while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--corpus": options.corpus = value()
    case "--runs": options.runs = max(1, Int(value()) ?? 5)
    case "--jobs": options.jobs = max(1, Int(value()) ?? 1)
    case "--limit-mb": options.limitBytes = Int((Double(value()) ?? 0) * 1_000_000)
    case "--repeat": options.repeatCount = max(1, Int(value()) ?? 1)
    case "--filter": options.filter = value()
    case "--help", "-h":
      print(
        """
        USAGE: stance-bench [--corpus FILE] [--runs N] [--jobs N] [--limit-mb M] [--repeat K] [--filter NAME]

        Times segment, segment+attribute, score and the whole pipeline (1 job and N jobs) on the
        documents of a corpus (any input stance score reads; default: the embedded seeds) and prints
        the median MB/s and statements/s over N runs after one warm-up, and the peak RSS.
        --repeat K scores the corpus K times over (to scale a small corpus up).
        """)
      exit(0)
    default:
      FileHandle.standardError.write(Data("stance-bench: unknown argument \(argument)\n".utf8))
      exit(64)
    }
  }
  return options
}

func peakResidentMegabytes() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let digits = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
    return digits / 1024
  }
  return 0
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.count % 2 == 1
    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Times `body` after one warm-up run; returns the median seconds.
func measure(runs: Int, _ body: () -> Void) -> Double {
  body()
  var times: [Double] = []
  for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return median(times)
}

let options = parseOptions()
let lexicons = try LexiconLoader.load(folder: nil)
let pipeline = Pipeline(lexicons: lexicons)
let input = try options.corpus ?? DefaultResources.seedFolder().path
let reader = CorpusReader(inputs: [input])
var base: [Document] = []
var baseBytes = 0
while let item = reader.next(), baseBytes < options.limitBytes {
  if case .document(let document) = item {
    base.append(document)
    baseBytes += document.text.utf8.count
  }
}
var documents: [Document] = []
for copy in 0..<options.repeatCount {
  documents += base.map {
    var document = $0; document.id += copy == 0 ? "" : "#\(copy)"; return document
  }
}
let bytes = Double(baseBytes * options.repeatCount)
let statementCount = documents.reduce(0) { $0 + pipeline.process($1).statements.count }
print(
  "corpus: \(input) · \(documents.count) documents · \(String(format: "%.1f", bytes / 1e6)) MB · \(statementCount) statements"
)
print("median of \(options.runs) runs after a warm-up; one core unless stated")
print("stage".padding(toLength: 34, withPad: " ", startingAt: 0) + "   seconds      MB/s   statements/s")

func report(_ name: String, seconds: Double) {
  if let filter = options.filter, !name.contains(filter) { return }
  let line =
    name.padding(toLength: 34, withPad: " ", startingAt: 0)
    + String(format: "%10.3f %9.1f %14.0f", seconds, bytes / 1e6 / seconds, Double(statementCount) / seconds)
  print(line)
}

func wants(_ name: String) -> Bool { options.filter.map { name.contains($0) } ?? true }

if wants("segment") {
  report(
    "segment",
    seconds: measure(runs: options.runs) {
      for document in documents { _ = pipeline.segmenter.segment(document) }
    })
}
let segmented = documents.map { pipeline.segmenter.segment($0) }
if wants("attribute") {
  report(
    "attribute (on segmented)",
    seconds: measure(runs: options.runs) {
      for document in segmented { _ = pipeline.attributor.attribute(document) }
    })
}
if wants("segment+attribute") {
  report(
    "segment+attribute",
    seconds: measure(runs: options.runs) {
      for document in documents { _ = pipeline.attributor.attribute(pipeline.segmenter.segment(document)) }
    })
}
let attributed = segmented.map { pipeline.attributor.attribute($0).statements }
if wants("score") {
  report(
    "score (on attributed)",
    seconds: measure(runs: options.runs) {
      for (document, statements) in zip(segmented, attributed) { _ = pipeline.scorer.score(statements, in: document) }
    })
}
if wants("pipeline") {
  report(
    "pipeline, 1 job",
    seconds: measure(runs: options.runs) {
      for document in documents { _ = pipeline.process(document) }
    })
  if options.jobs > 1 {
    let runner = BatchRunner(jobs: options.jobs)
    report(
      "pipeline, \(options.jobs) jobs",
      seconds: measure(runs: options.runs) {
        _ = runner.map(documents) { pipeline.process($0).statements.count }
      })
  }
}
print(String(format: "peak RSS: %.1f MB", peakResidentMegabytes()))
