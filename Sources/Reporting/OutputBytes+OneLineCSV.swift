import StanceCore

extension OutputBytes {
  /// Text on one line as a CSV field: `append(oneLine:)` then `append(csvField:)`, in one pass when it
  /// can be. One-line text has no line break left, so a text without a straight quote whose first
  /// printed byte is ASCII and no formula sign is quoted exactly when it holds a comma, and is copied
  /// as it is; any other text is made in `scratch` first.
  /// - Complexity: O(source.count).
  public mutating func append(
    oneLineCSVField source: UnsafeBufferPointer<UInt8>, scratch: inout OutputBytes
  ) {
    guard let start = source.baseAddress else { return }
    let end = source.count
    let firstSpecial = ByteLanes.firstStop(
      start, from: 0, to: end, stops: { FirstStopLanes.equal($0, to: 0x2C) | FirstStopLanes.equal($0, to: 0x22) },
      isStop: { $0 == 0x2C || $0 == 0x22 })
    var hasQuote = firstSpecial < end && start[firstSpecial] == 0x22
    if !hasQuote, firstSpecial < end {
      hasQuote =
        ByteLanes.firstStop(
          start, from: firstSpecial + 1, to: end, stops: { FirstStopLanes.equal($0, to: 0x22) },
          isStop: { $0 == 0x22 }) < end
    }
    var first = 0
    while first < end, CharacterClass.isASCIISpace(start[first]) { first += 1 }
    let firstByte = first < end ? start[first] : 0x20
    let mayNeedPrefix =
      firstByte >= 0x80 || firstByte == 0x3D || firstByte == 0x2B || firstByte == 0x2D || firstByte == 0x40
    guard !hasQuote, !mayNeedPrefix else {
      scratch.removeAll()
      scratch.append(oneLine: source)
      append(csvField: scratch)
      return
    }
    let isQuoted = firstSpecial < end
    if isQuoted { append(byte: 0x22) }
    append(oneLine: source)
    if isQuoted { append(byte: 0x22) }
  }
}
