import StanceCore

/// Text with expected spans marked inline: `Lavrov said [[the talks were useful]].`
///
/// `parse` strips the markers and returns the plain text with the marked ranges as byte offsets.
public struct MarkedText {
  public var text: String
  public var ranges: [TextRange]

  public init(_ marked: String) {
    var text = ""
    var ranges: [TextRange] = []
    var openedAt: Int? = nil
    var rest = Substring(marked)
    while !rest.isEmpty {
      if rest.hasPrefix("[[") {
        openedAt = text.utf8.count
        rest = rest.dropFirst(2)
      } else if rest.hasPrefix("]]"), let start = openedAt {
        ranges.append(TextRange(start, text.utf8.count))
        openedAt = nil
        rest = rest.dropFirst(2)
      } else {
        text.append(rest.removeFirst())
      }
    }
    self.text = text
    self.ranges = ranges
  }

  /// The text of a marked range.
  public func string(_ index: Int) -> String {
    let bytes = Array(text.utf8)[ranges[index].start..<ranges[index].end]
    return String(decoding: bytes, as: UTF8.self)
  }
}
