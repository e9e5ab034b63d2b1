/// One entry of a corpus as the reader reads it: an item already made (a text file, a skip
/// record) or a JSON Lines record still to decode. Decoding is the costly part of reading, so a
/// batch run decodes entries on its worker threads and notes them with the reader in input order.
public struct CorpusEntry: Sendable {
  enum Content: Sendable {
    /// An item and where it is (a file name, or the input).
    case item(CorpusItem, location: String)
    case record([UInt8], lineNumber: Int, source: String, speakerField: String)
  }

  /// An entry decoded: its item (nil for a blank line) and the warnings decoding raised.
  public struct Decoded: Sendable {
    public var item: CorpusItem?
    public var warnings: [CorpusWarning]
  }

  let content: Content
  /// Warnings the reader raised before this entry (a manifest's, a text file's).
  let readerWarnings: [CorpusWarning]

  /// Where the entry is, for messages: a file name, or the input and line (made only when a
  /// message needs it, not for every line read).
  var location: String {
    switch content {
    case .item(_, let location): return location
    case .record(_, let lineNumber, let source, _): return "\(source):\(lineNumber)"
    }
  }

  /// Decodes the entry. Pure: it can run on any thread.
  public func decoded() -> Decoded {
    switch content {
    case .item(let item, _):
      return Decoded(item: item, warnings: [])
    case .record(var line, let lineNumber, let source, let speakerField):
      if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
      var warnings: [CorpusWarning] = []
      let item = JSONLinesRecord.decode(
        line, lineNumber: lineNumber, source: source, speakerField: speakerField, warnings: &warnings)
      return Decoded(item: item, warnings: warnings)
    }
  }
}
