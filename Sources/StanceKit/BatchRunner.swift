import Dispatch
import Foundation
import StanceCore

/// Runs a function over a stream of items in parallel windows and hands the results back
/// in input order, so output is identical whatever the number of jobs.
///
/// Memory holds one window of items and results, never the whole stream.
public struct BatchRunner: Sendable {
  public let jobs: Int
  public let windowSize: Int

  public init(jobs: Int, windowSize: Int = 256) {
    self.jobs = max(1, jobs)
    self.windowSize = max(1, windowSize)
  }

  /// Pulls items from `next` until it returns nil; `process` runs on worker threads,
  /// `consume` on the calling thread, in input order.
  public func run<Item: Sendable, Result: Sendable>(
    next: () -> Item?, process: @Sendable (Item) -> Result, consume: (Item, Result) -> Void
  ) {
    var window: [Item] = []
    window.reserveCapacity(windowSize)
    while true {
      window.removeAll(keepingCapacity: true)
      while window.count < windowSize, let item = next() { window.append(item) }
      if window.isEmpty { return }
      let results = map(window, process)
      for (item, result) in zip(window, results) { consume(item, result) }
    }
  }

  /// Maps `items` with `jobs` threads; the result order is the input order.
  public func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result)
    -> [Result]
  {
    if jobs == 1 || items.count < 2 { return items.map(transform) }
    let slots = ResultSlots<Result>(count: items.count)
    let chunks = min(items.count, jobs * 4)
    items.withUnsafeBufferPointer { buffer in
      let shared = UnsafeSendableBuffer(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let lower = chunk * items.count / chunks
        let upper = (chunk + 1) * items.count / chunks
        for index in lower..<upper { slots.set(index, transform(shared.buffer[index])) }
      }
    }
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

struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<Element>
}
