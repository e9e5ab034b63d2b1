/// Converts UTF-8 byte offsets to Unicode-scalar offsets, the unit of every output.
///
/// Pure-ASCII text converts for free; otherwise a checkpoint every 64 bytes bounds each query.
public struct ScalarOffsetConverter {
  private let bytes: [UInt8]
  private let checkpoints: [Int]
  private static let stride = 64

  public init(_ text: TextBuffer) {
    bytes = text.bytes
    guard text.bytes.contains(where: { $0 >= 0x80 }) else {
      checkpoints = []
      return
    }
    var checkpoints: [Int] = []
    checkpoints.reserveCapacity(text.bytes.count / ScalarOffsetConverter.stride + 1)
    var scalars = 0
    for (index, byte) in text.bytes.enumerated() {
      if index % ScalarOffsetConverter.stride == 0 { checkpoints.append(scalars) }
      if byte & 0xC0 != 0x80 { scalars += 1 }
    }
    self.checkpoints = checkpoints
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
