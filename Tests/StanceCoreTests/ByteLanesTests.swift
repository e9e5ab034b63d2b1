import StanceCore
import Testing

@Suite struct ByteLanesTests {
  /// Every start and end in a text with control bytes, quotes and non-ASCII letters: the scan eight
  /// bytes at a time (and its last, shifted load) finds what a byte-by-byte scan finds. The stops
  /// mark bytes below 0x20, so the zero lanes the last load shifts in past the end are marked too.
  @Test func findsWhatAByteByByteScanFinds() {
    let text = Array("Lavrov said:\t“We will respond,” he \"warned\"\n on Tuesday.".utf8)
    func isStop(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 }
    text.withUnsafeBufferPointer { bytes in
      let base = bytes.baseAddress!
      for end in 0...bytes.count {
        for start in 0...end {
          let expected = (start..<end).first { isStop(bytes[$0]) } ?? end
          let found = ByteLanes.firstStop(
            base, from: start, to: end, stops: { ByteLanes.less($0, than: 0x20) | ByteLanes.equal($0, to: 0x22) },
            isStop: isStop)
          #expect(found == expected, "start \(start), end \(end)")
        }
      }
    }
  }
}
