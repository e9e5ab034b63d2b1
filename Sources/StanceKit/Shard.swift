import StanceCore

/// One slice of a corpus for `--shard i/n`: the documents whose id hashes to slice i of n.
/// The hash (FNV-1a of the id's UTF-8 bytes) is stable across runs, machines and thread counts.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
  /// 1...count.
  public var index: Int
  public var count: Int

  public init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  /// Parses "i/n" with 1 ≤ i ≤ n.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (1...count).contains(index)
    else { return nil }
    self.init(index: index, count: count)
  }

  /// The whole corpus.
  public static let whole = Shard(index: 1, count: 1)

  public var description: String { "\(index)/\(count)" }

  /// Whether the document (or skipped record) with this id belongs to the slice.
  public func contains(id: String) -> Bool {
    guard count > 1 else { return true }
    return Int(TextFolding.hash(bytes: id.utf8) % UInt64(count)) == index - 1
  }
}
