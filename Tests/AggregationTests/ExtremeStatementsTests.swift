import Aggregation
import StanceCore
import Testing

@Suite struct ExtremeStatementsTests {
  func digest(_ score: Double, order: Int, text: String = "") -> StatementDigest {
    StatementDigest(
      score: score, actor: "lavrov", speaker: "Sergei Lavrov", document: "000_3cc73f0d38859940.txt",
      date: DocumentDate(year: 2021, month: 12, day: 31), text: text, order: order)
  }

  func extremes(capacity: Int, _ scores: [Double]) -> ExtremeStatements {
    var extremes = ExtremeStatements(capacity: capacity)
    for (order, score) in scores.enumerated() { extremes.add(digest(score, order: order)) }
    return extremes
  }

  @Test func keepsTheMostNegativeAndMostPositiveInOrder() {
    let extremes = extremes(capacity: 2, [-0.8, 0.6, -0.3, 0.0, -0.9, 0.9, 0.4])
    #expect(extremes.lowest.map(\.score) == [-0.9, -0.8])
    #expect(extremes.highest.map(\.score) == [0.9, 0.6])
  }

  @Test func neutralZeroScoresAreKeptInNeitherList() {
    let extremes = extremes(capacity: 3, [0.0, 0.0, -0.2])
    #expect(extremes.lowest.map(\.score) == [-0.2])
    #expect(extremes.highest.isEmpty)
  }

  @Test func fewerStatementsThanCapacityAreAllKept() {
    let extremes = extremes(capacity: 5, [-0.1, 0.2, -0.4])
    #expect(extremes.lowest.map(\.score) == [-0.4, -0.1])
    #expect(extremes.highest.map(\.score) == [0.2])
  }

  @Test func tiesAreBrokenByRunOrderWhateverTheArrivalOrder() {
    var extremes = ExtremeStatements(capacity: 2)
    extremes.add(digest(-0.5, order: 7))
    extremes.add(digest(-0.5, order: 3))
    extremes.add(digest(-0.5, order: 5))
    #expect(extremes.lowest.map(\.order) == [3, 5])
  }

  @Test func fullListRefusesATieThatCameLater() {
    var extremes = ExtremeStatements(capacity: 1)
    extremes.add(digest(0.7, order: 1, text: "first"))
    extremes.add(digest(0.7, order: 2, text: "second"))
    #expect(extremes.highest.map(\.text) == ["first"])
  }

  @Test func mergingShardsGivesTheSameListsAsOneRun() {
    let scores = [-0.8, 0.6, -0.3, 0.2, -0.9, 0.9, 0.4, -0.3, 0.6, -0.05]
    let all = extremes(capacity: 3, scores)
    var left = ExtremeStatements(capacity: 3)
    var right = ExtremeStatements(capacity: 3)
    for (order, score) in scores.enumerated() {
      if order % 2 == 0 { left.add(digest(score, order: order)) } else { right.add(digest(score, order: order)) }
    }
    right.merge(left)
    #expect(right.lowest == all.lowest)
    #expect(right.highest == all.highest)
    // -0.9 (4), -0.8 (0), then the earlier of the two -0.3 (2 before 7).
    #expect(all.lowest.map(\.order) == [4, 0, 2])
    // 0.9 (5), then the two 0.6 in run order (1, 8).
    #expect(all.highest.map(\.order) == [5, 1, 8])
  }

  @Test func memoryStaysWithinCapacity() {
    // -1.00 ... 0.99 in steps of 0.01, two and a half times: -1 and -0.99 occur three times, 0.99 twice.
    let scores = (0..<500).map { Double($0 % 200 - 100) / 100 }
    let extremes = extremes(capacity: 5, scores)
    #expect(extremes.lowest.count == 5)
    #expect(extremes.highest.count == 5)
    #expect(extremes.lowest.map(\.score) == [-1, -1, -1, -0.99, -0.99])
    #expect(extremes.highest.map(\.score) == [0.99, 0.99, 0.98, 0.98, 0.97])
  }

  /// The check made before a digest is built says exactly whether adding it changes the lists,
  /// ties on score included (the earlier statement stays).
  @Test func keepsAgreesWithWhatAddDoes() {
    var extremes = ExtremeStatements(capacity: 2)
    let scores = [-0.5, 0.5, -0.5, 0.5, 0.0, -0.7, 0.2, -0.5, 0.7, 0.7, -0.1, 0.9, -0.9, 0.0]
    var changed: [Bool] = []
    var predicted: [Bool] = []
    for (order, score) in scores.enumerated() {
      predicted.append(extremes.keeps(score: score, order: order))
      let before = (extremes.lowest, extremes.highest)
      extremes.add(digest(score, order: order))
      changed.append(before.0 != extremes.lowest || before.1 != extremes.highest)
    }
    #expect(predicted == changed)
    #expect(changed.filter { $0 }.count == 9)
  }
}
