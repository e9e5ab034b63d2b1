import Foundation

/// The command line of stance-bench.
struct BenchOptions {
  var corpus: String? = nil
  var runs = 5
  var jobs = ProcessInfo.processInfo.activeProcessorCount
  var limitBytes = Int.max
  var repeatCount = 1
  var filter: String? = nil

  static let help = """
    USAGE: stance-bench [--corpus FILE] [--runs N] [--jobs N] [--limit-mb M] [--repeat K] [--filter STAGE]

    Times segment, attribute, segment+attribute, score and the whole pipeline (1 job and N jobs) on
    the documents of a corpus (any input stance score reads; default: the embedded seeds), then the
    run end to end as `stance score` does it (the corpus written once as a JSON Lines file, then
    read, scored and written out as reports; 1 job and N jobs), and prints the median MB/s (of
    document text) and statements/s over N runs after one warm-up; then the peak RSS of one
    end-to-end run at each job count, each in a process of its own, and the benchmark's own.
    --repeat K scores the corpus K times over (to scale a small corpus up); --filter runs one stage
    (segment, attribute, segment+attribute, score, pipeline, end-to-end, adversarial).
    """

  static func parse(_ arguments: [String]) -> BenchOptions {
    var options = BenchOptions()
    var arguments = arguments
    func value() -> String {
      guard !arguments.isEmpty else { fail("an option needs a value") }
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
        print(help)
        exit(0)
      default: fail("unknown argument \(argument)")
      }
    }
    return options
  }

  /// A stage runs when no filter is given or the filter is the first word of its name.
  func wants(_ name: String) -> Bool {
    guard let filter else { return true }
    return name.split(whereSeparator: { $0 == " " || $0 == "," }).first.map(String.init) == filter
  }
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("stance-bench: \(message)\n".utf8))
  exit(64)
}
