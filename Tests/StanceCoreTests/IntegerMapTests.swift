import StanceCore
import Testing

@Suite struct IntegerMapTests {
  @Test func keepsEveryKeyThroughGrowth() {
    var map = IntegerMap()
    // Keys that share low bits, zero, and the extremes, well past the first capacities.
    var keys: [UInt64] = [0, 1, UInt64.max, UInt64(bitPattern: -1_0000)]
    for step in 1...3_000 { keys.append(UInt64(step) << 32) }
    for (index, key) in keys.enumerated() { map.set(key, Int32(index)) }
    #expect(map.count == keys.count)
    for (index, key) in keys.enumerated() { #expect(map.value(key) == Int32(index)) }
    #expect(map.value(12_345) == nil)
    #expect(Set(map.pairs.map(\.key)) == Set(keys))
  }

  @Test func updateStartsFromTheDefaultAndChangesInPlace() {
    var map = IntegerMap()
    for score in [-10_000, 5, 5, -10_000, 5] { map.update(UInt64(bitPattern: Int64(score)), default: 0) { $0 += 1 } }
    #expect(map.value(5) == 3)
    #expect(map.value(UInt64(bitPattern: -10_000)) == 2)
    #expect(map.count == 2)
  }
}
