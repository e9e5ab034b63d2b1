import StanceCore
import Synchronization
import Testing

@Suite(.serialized) struct ParallelMapTests {
  /// Counts the values alive, to check that every result is handed out once and none is leaked.
  final class Counted: Sendable {
    static let alive = Atomic<Int>(0)
    let value: Int

    init(_ value: Int) {
      self.value = value
      Counted.alive.add(1, ordering: .relaxed)
    }

    deinit { Counted.alive.subtract(1, ordering: .relaxed) }
  }

  @Test(arguments: [1, 2, 4, 9])
  func resultsAreInInputOrderAndEachIsKeptOnce(_ jobs: Int) {
    let before = Counted.alive.load(ordering: .relaxed)
    do {
      let results = ParallelMap.map(Array(0..<50), jobs: jobs) { item in Counted(item * item) }
      #expect(results.map(\.value) == (0..<50).map { $0 * $0 })
      #expect(Counted.alive.load(ordering: .relaxed) - before == 50)
    }
    // Moved out of the threads' slots, not copied: none is left behind.
    #expect(Counted.alive.load(ordering: .relaxed) == before)
    #expect(ParallelMap.map([Int](), jobs: jobs) { $0 }.isEmpty)
  }
}
