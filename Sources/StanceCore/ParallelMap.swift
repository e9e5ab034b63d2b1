import Dispatch
import Foundation

/// Maps a small array with up to `jobs` threads, results in input order: for a handful of
/// independent pieces of work (a run's summary files, an evaluation's documents). Each thread takes
/// the next item as it finishes the last, so uneven items leave no thread idle.
public enum ParallelMap {
  public static func map<Item: Sendable, Result: Sendable>(
    _ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result
  ) -> [Result] {
    let threads = min(jobs, items.count)
    if threads < 2 { return items.map(transform) }
    let slots = Slots<Result>(count: items.count)
    let next = NextIndex()
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
      while let index = next.claim(below: items.count) { slots.set(index, transform(items[index])) }
    }
    return slots.values()
  }

  /// The next index to take, handed out under a lock.
  private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func claim(below count: Int) -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard value < count else { return nil }
      value += 1
      return value - 1
    }
  }

  /// Results written by several threads, each index by one of them, then moved out at once.
  private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value>
    private let count: Int

    init(count: Int) {
      self.count = count
      storage = UnsafeMutablePointer<Value>.allocate(capacity: count)
    }

    deinit { storage.deallocate() }

    func set(_ index: Int, _ value: consuming Value) {
      (storage + index).initialize(to: value)
    }

    /// The values, moved out: called once, after every index is set.
    func values() -> [Value] {
      (0..<count).map { (storage + $0).move() }
    }
  }
}
