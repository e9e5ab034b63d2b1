/// Converts UTF-8 byte offsets to Unicode-scalar offsets, the unit of every output.
///
/// Pure-ASCII text converts for free; otherwise a checkpoint every 64 bytes bounds each query.
public struct ScalarOffsetConverter {
  private let bytes: [UInt8]
  private let checkpoints: [Int]
  private static let stride = 64

  public init(_ text: TextBuffer) {
    bytes = text.bytes
    checkpoints = text.withBytes { ScalarOffsetConverter.checkpoints(of: $0) }
  }

  /// The number of scalars before every 64th byte; none for ASCII text. Eight bytes at a time: a
  /// byte starts a scalar unless it is a continuation byte (10xxxxxx).
  static func checkpoints(of bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    guard let base = bytes.baseAddress else { return [] }
    let count = bytes.count
    let firstNonASCII = ByteLanes.firstStop(
      base, from: 0, to: count, stops: { $0 & ByteLanes.high }, isStop: { $0 >= 0x80 })
    guard firstNonASCII < count else { return [] }
    var checkpoints: [Int] = []
    checkpoints.reserveCapacity(count / stride + 1)
    var scalars = 0
    var index = 0
    while index < count {
      checkpoints.append(scalars)
      let blockEnd = min(index + stride, count)
      while index + 8 <= blockEnd {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        // A lane's high bit set and the bit below it clear: a continuation byte.
        scalars += 8 - (word & ~(word << 1) & ByteLanes.high).nonzeroBitCount
        index += 8
      }
      while index < blockEnd {
        if base[index] & 0xC0 != 0x80 { scalars += 1 }
        index += 1
      }
    }
    return checkpoints
  }

  /// The number of scalars before byte `offset`.
  /// - Complexity: O(1) for ASCII text, at most 64 steps otherwise.
  public func scalarOffset(_ offset: Int) -> Int {
    guard !checkpoints.isEmpty else { return offset }
    let target = min(max(0, offset), bytes.count)
    let block = target / ScalarOffsetConverter.stride
    guard block < checkpoints.count else {
      return checkpoints.last! + countScalars(from: (checkpoints.count - 1) * ScalarOffsetConverter.stride, to: target)
    }
    return checkpoints[block] + countScalars(from: block * ScalarOffsetConverter.stride, to: target)
  }

  private func countScalars(from start: Int, to end: Int) -> Int {
    var count = 0
    var index = start
    while index < end {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }
}
