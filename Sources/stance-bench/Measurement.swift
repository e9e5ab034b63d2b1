import AllocationCounter
import Dispatch
import Foundation

/// Timing helpers: a warm-up, repeated runs, the median, and heap allocations per run.
enum Measurement {
  /// Times `body` after one warm-up run; returns the median seconds and the heap allocations of
  /// one run (nil where they are not counted).
  static func median(runs: Int, _ body: () -> Void) -> (seconds: Double, allocations: Double?) {
    let before = stance_allocation_count()
    body()
    let allocations = Double(stance_allocation_count() - before)
    var times: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let sorted = times.sorted()
    let seconds =
      sorted.count % 2 == 1
      ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    return (seconds, stance_allocations_are_counted() != 0 ? allocations : nil)
  }

  /// The peak resident set size of this process, in MB (Linux).
  static func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
    }
    return 0
  }
}
