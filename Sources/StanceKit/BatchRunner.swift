import Dispatch
import Foundation
import StanceCore

/// Runs a function over a stream of items in parallel windows and hands the results back
/// in input order, so output is identical whatever the number of jobs.
///
/// With N jobs, N - 1 worker threads process a window while the calling thread reads the next one;
/// then the calling thread processes items of the window too, until none is left, and consumes it
/// while the workers go on with the next. So N threads share N cores, and no core is shared by a
/// worker and the thread that reads and writes. Memory holds at most two windows of items and one
/// of results, never the whole stream. With one job everything runs on the calling thread.
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
    // The calling thread is the last worker.
    let callerWorker = jobs - 1
    let pool = WorkerPool(workers: jobs - 1, transform: process)
    defer { pool.stop() }
    pool.start(current, retiring: nil)
    var consumed: ResultSlots<Result>? = nil
    while true {
      // The workers process `current` while the next window is read; then this thread helps.
      let following = readWindow()
      pool.help(as: callerWorker)
      let results = pool.wait()
      // The workers go on with `following`, first freeing what they made for the window consumed
      // last, while `current` is consumed.
      if !following.isEmpty { pool.start(following, retiring: consumed) }
      // Items and results are lent to `consume`, not copied: a copy would touch the reference counts
      // of everything a worker made, from another core.
      current.withUnsafeBufferPointer { items in
        for index in items.indices { results.lend(index) { consume(items[index], $0) } }
      }
      results.release(madeBy: callerWorker)
      if following.isEmpty { return }
      consumed = results
      current = following
    }
  }

  /// Maps `items` with `jobs` threads; the result order is the input order.
  public func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Result)
    -> [Result]
  {
    ParallelMap.map(items, jobs: jobs, transform)
  }
}

/// Worker threads that live as long as a run, each told by its own semaphore when a window is
/// ready, taking the next item as they finish the last (uneven documents leave no worker idle).
/// Threads that last keep their allocator caches warm; one thread per window would not.
///
/// Each thread also frees the results it made, once they are consumed: memory freed by a thread
/// other than the one that allocated it makes the C allocator lock the other thread's arena, and
/// the threads then wait on each other.
final class WorkerPool<Item: Sendable, Result: Sendable>: @unchecked Sendable {
  private let wake: [DispatchSemaphore]
  private let done = DispatchGroup()
  private let lock = NSLock()
  private let transform: @Sendable (Item, Int) -> Result
  // Set by the calling thread before the workers are woken; read by them after.
  private var items: [Item] = []
  private var slots = ResultSlots<Result>(count: 0)
  /// The results of a window already consumed, which each worker frees its share of.
  private var retiring: ResultSlots<Result>? = nil
  private var nextIndex = 0
  private var isStopping = false

  init(workers: Int, transform: @escaping @Sendable (Item, Int) -> Result) {
    self.transform = transform
    wake = (0..<workers).map { _ in DispatchSemaphore(value: 0) }
    for worker in 0..<workers {
      Thread.detachNewThread { self.work(worker) }
    }
  }

  private func work(_ worker: Int) {
    while true {
      wake[worker].wait()
      if isStopping { return }
      retiring?.release(madeBy: worker)
      help(as: worker)
      done.leave()
    }
  }

  private func claim() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextIndex < items.count else { return nil }
    nextIndex += 1
    return nextIndex - 1
  }

  /// Processes items of the current window as worker `worker` (a pool thread, or the calling thread
  /// helping), until none is left to claim.
  func help(as worker: Int) {
    while let index = claim() { slots.set(index, transform(items[index], worker), madeBy: worker) }
  }

  /// Hands a window to the workers, with the results of a consumed window for them to free;
  /// `wait` returns the new window's results.
  func start(_ window: [Item], retiring consumed: ResultSlots<Result>?) {
    items = window
    slots = ResultSlots(count: window.count)
    retiring = consumed
    nextIndex = 0
    for semaphore in wake {
      done.enter()
      semaphore.signal()
    }
  }

  /// The results of the window started last, in input order, once every item is done.
  func wait() -> ResultSlots<Result> {
    done.wait()
    return slots
  }

  /// Lets the threads end (after the last `wait`).
  func stop() {
    isStopping = true
    for semaphore in wake { semaphore.signal() }
  }
}

/// Storage that worker threads fill, each index written by exactly one thread, which also records
/// which thread made each value so that the same thread can free it.
final class ResultSlots<Value>: @unchecked Sendable {
  /// Initialised where `makers` is not -1.
  private let storage: UnsafeMutablePointer<Value>
  private let makers: UnsafeMutablePointer<Int32>
  private let count: Int

  init(count: Int) {
    self.count = count
    storage = UnsafeMutablePointer<Value>.allocate(capacity: count)
    makers = UnsafeMutablePointer<Int32>.allocate(capacity: count)
    makers.initialize(repeating: -1, count: count)
  }

  deinit {
    for index in 0..<count where makers[index] >= 0 { (storage + index).deinitialize(count: 1) }
    storage.deallocate()
    makers.deallocate()
  }

  func set(_ index: Int, _ value: consuming Value, madeBy worker: Int) {
    (storage + index).initialize(to: value)
    makers[index] = Int32(worker)
  }

  /// Calls `body` with the value at `index`, lent: moved out of its slot and back, so that it is
  /// not copied (a copy would touch, from this thread, the reference counts of all its maker made).
  func lend(_ index: Int, _ body: (Value) -> Void) {
    precondition(makers[index] >= 0, "a result is missing")
    let value = (storage + index).move()
    body(value)
    (storage + index).initialize(to: value)
  }

  /// Frees the values `worker` made (each index is only ever touched by its maker here).
  func release(madeBy worker: Int) {
    for index in 0..<count where makers[index] == Int32(worker) {
      (storage + index).deinitialize(count: 1)
      makers[index] = -1
    }
  }
}
