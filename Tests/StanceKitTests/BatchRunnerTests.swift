import Foundation
import StanceKit
import Testing

@Suite struct BatchRunnerTests {
  /// A deterministic, slightly uneven amount of work per item.
  @Sendable static func work(_ item: Int) -> String {
    var value = UInt64(item)
    for _ in 0..<(item % 7) * 50 { value = value &* 6_364_136_223_846_793_005 &+ 1 }
    return "\(item):\(value % 1000)"
  }

  @Test(arguments: [0, 1, 2, 3, 17, 1000])
  func mapGivesTheSameValuesInTheSameOrderWithOneOrFourJobs(_ count: Int) {
    let items = Array(0..<count)
    let expected = items.map(Self.work)
    #expect(BatchRunner(jobs: 1).map(items, Self.work) == expected)
    #expect(BatchRunner(jobs: 4).map(items, Self.work) == expected)
  }

  @Test func jobsAndWindowAreAtLeastOne() {
    let runner = BatchRunner(jobs: 0, windowSize: -3)
    #expect(runner.jobs == 1)
    #expect(runner.windowSize == 1)
    #expect(runner.map([3, 1, 2]) { $0 * 10 } == [30, 10, 20])
  }

  @Test(arguments: [1, 4])
  func runConsumesEveryItemInInputOrderAcrossSeveralWindows(_ jobs: Int) {
    // Ten items through windows of three: 3 + 3 + 3 + 1.
    let items = (0..<10).map { "statement \($0)" }
    var remaining = items[...]
    var consumed: [String] = []
    var results: [Int] = []
    BatchRunner(jobs: jobs, windowSize: 3).run(
      next: { remaining.popFirst() },
      process: { item in item.count * 2 },
      consume: { item, result in
        consumed.append(item)
        results.append(result)
      })
    #expect(consumed == items)
    #expect(results == items.map { $0.count * 2 })
  }

  @Test(arguments: [(1, 4), (4, 8)])
  func runPullsAtMostOneWindowAheadOfTheConsumerOrTwoWithSeveralJobs(_ jobs: Int, _ expectedGap: Int) {
    var nextItem = 0
    var consumedCount = 0
    var largestGap = 0
    BatchRunner(jobs: jobs, windowSize: 4).run(
      next: { () -> Int? in
        guard nextItem < 23 else { return nil }
        nextItem += 1
        largestGap = max(largestGap, nextItem - consumedCount)
        return nextItem - 1
      },
      process: { $0 },
      consume: { item, result in
        #expect(item == consumedCount)
        #expect(result == item)
        consumedCount += 1
      })
    #expect(consumedCount == 23)
    // One job: a window read, then consumed. Several: the next window is read while one is processed.
    #expect(largestGap == expectedGap)
  }

  /// Each worker index names state of its own: no two threads ever use the same index at once, and
  /// no index outside 0..<jobs is used (the calling thread is the last worker; how many of the
  /// threads get items depends on timing, so that is not asserted).
  @Test(arguments: [2, 3])
  func eachWorkerIndexIsUsedByOneThreadAtATime(_ jobs: Int) {
    final class Occupancy: @unchecked Sendable {
      let lock = NSLock()
      var busy: Set<Int> = []
      var used: Set<Int> = []
      var clashes = 0
      func enter(_ worker: Int) {
        lock.withLock {
          if !busy.insert(worker).inserted { clashes += 1 }
          used.insert(worker)
        }
      }
      func leave(_ worker: Int) { _ = lock.withLock { busy.remove(worker) } }
    }
    let occupancy = Occupancy()
    var remaining = Array(0..<600)[...]
    var consumed = 0
    BatchRunner(jobs: jobs, windowSize: 50).run(
      next: { remaining.popFirst() },
      process: { (item: Int, worker: Int) -> String in
        occupancy.enter(worker)
        defer { occupancy.leave(worker) }
        return Self.work(item)
      },
      consume: { item, result in
        #expect(result == Self.work(item))
        consumed += 1
      })
    #expect(consumed == 600)
    #expect(occupancy.clashes == 0)
    #expect(occupancy.used.isSubset(of: Set(0..<jobs)))
    #expect(!occupancy.used.isEmpty)
  }

  @Test func runWithNoItemsConsumesNothing() {
    var calls = 0
    BatchRunner(jobs: 4).run(next: { () -> Int? in nil }, process: { $0 }, consume: { _, _ in calls += 1 })
    #expect(calls == 0)
  }
}
