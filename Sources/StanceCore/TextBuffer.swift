/// A document's text as contiguous UTF-8 bytes, the form every stage scans.
public final class TextBuffer: Sendable {
  public let bytes: [UInt8]

  public init(_ text: String) {
    bytes = Array(text.utf8)
  }

  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  public var count: Int { bytes.count }

  /// The text of a byte range, decoded (invalid bytes become U+FFFD).
  public func string(_ range: TextRange) -> String {
    String(decoding: bytes[range.start..<range.end], as: UTF8.self)
  }

  /// Calls `body` with an unsafe view of the bytes.
  @inlinable
  public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try bytes.withUnsafeBufferPointer(body)
  }

  /// The scalar class at a byte offset.
  public func characterClass(at index: Int) -> CharacterClass {
    withBytes { CharacterClass.of(UTF8Decoding.scalar(in: $0, at: index).value) }
  }
}
