import Dispatch
import Foundation
import StanceCore

/// Runs a function over a stream of items in parallel windows and hands the results back
/// in input order, so output is identical whatever the number of jobs.
///
/// With several jobs, reading and consuming on the calling thread overlap with the processing of
/// the next window on the workers. Memory holds at most two windows of items and one of results,
/// never the whole stream. With one job everything runs on the calling thread.
public struct BatchRunner: Sendable {
  public let jobs: Int
  public let windowSize: Int

  public init(jobs: Int, windowSize: Int = 256) {
    self.jobs = max(1, jobs)
    self.windowSize = max(1, windowSize)
  }

  /// Pulls items from `next` until it returns nil; `process` runs on worker threads,
  /// `next` and `consume` on the calling thread, `consume` in input order.
  public func run<Item: Sendable, Result: Sendable>(
    next: () -> Item?, process: @escaping @Sendable (Item) -> Result, consume: (Item, Result) -> Void
  ) {
    run(next: next, process: { item, _ in process(item) }, consume: consume)
  }

  /// The same, telling `process` which worker (0..<jobs) runs it, so that each worker can use
  /// state of its own: shared tables read by several threads make them contend for the same
  /// reference counts.
  public func run<Item: Sendable, Result: Sendable>(
    next: () -> Item?, process: @escaping @Sendable (Item, _ worker: Int) -> Result,
    consume: (Item, Result) -> Void
  ) {
    func readWindow() -> [Item] {
      var window: [Item] = []
      window.reserveCapacity(windowSize)
      while window.count < windowSize, let item = next() { window.append(item) }
      return window
    }
    if jobs == 1 {
      while true {
        let window = readWindow()
        if window.isEmpty { return }
        for item in window { consume(item, process(item, 0)) }
      }
    }
    var current = readWindow()
    if current.isEmpty { return }
    var inFlight = WindowWork(items: current, jobs: jobs, transform: process)
    while true {
      // The workers process `current` while the next window is read.
      let following = readWindow()
      let results = inFlight.wait()
      let started = following.isEmpty ? nil : WindowWork(items: following, jobs: jobs, transform: process)
      // The workers start on `following` while `current` is consumed.
      for (item, result) in zip(current, results) { consume(item, result) }
      guard let started else { return }
      current = following
      inFlight = started
    }
  }

  /// Maps `items` with `jobs` threads; the result order is the input order.
  public func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Result)
    -> [Result]
  {
    if jobs == 1 || items.count < 2 { return items.map(transform) }
    return WindowWork(items: items, jobs: jobs, transform: { item, _ in transform(item) }).wait()
  }
}

/// One window processed in the background by `jobs` workers that take the next item as they
/// finish the last, so uneven documents do not leave a worker idle.
final class WindowWork<Item: Sendable, Result: Sendable>: @unchecked Sendable {
  private let items: [Item]
  private let slots: ResultSlots<Result>
  private let group = DispatchGroup()
  private let lock = NSLock()
  private var nextIndex = 0

  init(items: [Item], jobs: Int, transform: @escaping @Sendable (Item, Int) -> Result) {
    self.items = items
    slots = ResultSlots(count: items.count)
    let workers = min(jobs, items.count)
    for worker in 0..<workers {
      group.enter()
      Thread.detachNewThread {
        while let index = self.claim() { self.slots.set(index, transform(self.items[index], worker)) }
        self.group.leave()
      }
    }
  }

  private func claim() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextIndex < items.count else { return nil }
    nextIndex += 1
    return nextIndex - 1
  }

  /// The results in input order, once every item is done.
  func wait() -> [Result] {
    group.wait()
    return slots.values()
  }
}

/// Storage that worker threads fill, each index written by exactly one thread.
final class ResultSlots<Value>: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<Value?>
  private let count: Int

  init(count: Int) {
    self.count = count
    storage = UnsafeMutablePointer<Value?>.allocate(capacity: count)
    storage.initialize(repeating: nil, count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  func set(_ index: Int, _ value: Value) {
    storage[index] = value
  }

  func values() -> [Value] { (0..<count).map { storage[$0]! } }
}
