import StanceCore
import Testing

@Suite struct FlatHashIndexTests {
  func values(_ index: FlatHashIndex, _ key: UInt64) -> [Int32] {
    var found: [Int32] = []
    index.forEachValue(key) { found.append($0) }
    return found
  }

  @Test func everyKeyFindsItsValuesInOrder() {
    var dictionary: [UInt64: [Int32]] = [:]
    for key in 0..<500 as Range<UInt64> { dictionary[key &* 0x9E37_79B9_7F4A_7C15] = [Int32(key), Int32(key) + 1000] }
    let index = FlatHashIndex(dictionary)
    for (key, expected) in dictionary { #expect(values(index, key) == expected) }
  }

  @Test func missingKeysAndAnEmptyIndexFindNothing() {
    let index = FlatHashIndex([7: [1], 15: [2], 23: [3]])  // the same low bits: they collide and probe
    #expect(values(index, 7) == [1])
    #expect(values(index, 23) == [3])
    #expect(values(index, 31).isEmpty)
    #expect(values(FlatHashIndex(), 7).isEmpty)
  }

  @Test func aZeroKeyIsStoredToo() {
    let index = FlatHashIndex([0: [5]])
    #expect(values(index, 0) == [5])
  }

  /// The key 0 (which marks an empty slot) is a key like any other: kept apart, never confused with 1.
  @Test func keyZeroIsExactAndDistinctFromOne() {
    let index = FlatHashIndex([0: [7], 2: [9]])
    #expect(index.contains(0))
    #expect(!index.contains(1))
    #expect(index.slot(0).map { index.valueAt($0.start) } == 7)
    #expect(index.slot(2).map { index.valueAt($0.start) } == 9)
    let withoutZero = FlatHashIndex([1: [3]])
    #expect(!withoutZero.contains(0))
    #expect(withoutZero.contains(1))
    #expect(FlatHashIndex([0: [5]]).contains(0))
  }
}
