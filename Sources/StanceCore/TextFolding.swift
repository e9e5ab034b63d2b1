/// Case and punctuation folding used for every lexicon lookup.
///
/// ASCII letters fold to lower case, ’ and ʼ fold to ', and dots are dropped
/// ("U.S." and "US" fold alike); other bytes are compared as they are.
public enum TextFolding {
  /// The folded bytes of a range, one at a time: the single definition of folding.
  public struct FoldedBytes {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline var index: Int
    @usableFromInline let end: Int

    @inlinable
    public init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) {
      self.bytes = bytes
      index = range.start
      end = range.end
    }

    /// The next folded byte, or nil at the end of the range.
    @inlinable @inline(__always)
    public mutating func next() -> UInt8? {
      while index < end {
        let byte = bytes[index]
        if byte < 0x80 {
          index += 1
          if byte == 0x2E { continue }
          return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
          index += 3
          return 0x27
        }
        if byte == 0xCA, index + 1 < end, bytes[index + 1] == 0xBC {
          index += 2
          return 0x27
        }
        index += 1
        return byte
      }
      return nil
    }
  }

  /// Calls `body` with each folded byte of `range`.
  @inlinable
  public static func forEachFoldedByte(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ body: (UInt8) -> Void
  ) {
    var folded = FoldedBytes(bytes, range)
    while let byte = folded.next() { body(byte) }
  }

  /// The folded bytes of a range, as an array (for building tables, not for hot loops).
  public static func folded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(range.length)
    forEachFoldedByte(bytes, range) { result.append($0) }
    return result
  }

  /// The folded form of a string.
  public static func folded(_ text: String) -> [UInt8] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { folded($0, TextRange(0, $0.count)) }
  }

  public static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
  public static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

  /// The hash of a folded byte sequence (see `FoldedWordHash`).
  @inlinable
  public static func hash(_ folded: [UInt8]) -> UInt64 {
    FoldedWordHash.of(folded)
  }

  /// FNV-1a hash of bytes as they are (ids, speaker keys: no folding). Bytes held in one buffer (a
  /// native string's `utf8`) are read from it directly rather than through the sequence's iterator.
  @inlinable
  public static func hash(bytes: some Sequence<UInt8>) -> UInt64 {
    bytes.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(bytes)
  }

  /// The FNV-1a loop itself, specialised for each kind of sequence.
  @inlinable
  static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var value = fnvOffset
    for byte in bytes { value = (value ^ UInt64(byte)) &* fnvPrime }
    return value
  }

  /// The hash of the folded form of a range: `hash(folded(bytes, range))` without the array.
  @inlinable
  public static func foldedHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> UInt64 {
    wordKey(bytes, range).hash
  }

  /// How many folded bytes the head of a word has (see `WordKey`).
  public static let headLength = 4

  /// The hashes of a word's folded form and of its first `headLength` folded bytes (0 when shorter).
  /// A word of at most sixteen ASCII letters, digits and joiners without a dot, with eight bytes of
  /// text after its start (sixteen for a long word), is hashed from one or two loads of its bytes with
  /// no call; any other word by `wordKeyByBytes`, to the same values.
  /// - Complexity: O(1) for short ASCII words, O(length) otherwise.
  @inlinable @inline(__always)
  public static func wordKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> WordKey {
    wordKeyByLoads(bytes, start: range.start, length: range.end &- range.start) { foldedWord($0 & $1) }
      ?? wordKeyByBytes(bytes, range)
  }

  /// `wordKey` of a word that is only ASCII letters and digits (as the tokenizer has just read it):
  /// such bytes fold by setting bit 0x20 alone (digits have it already), with no test of each byte.
  /// Nil when the word is longer than sixteen bytes or too near the end of the buffer.
  @inlinable @inline(__always)
  static func alphanumericWordKey(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> WordKey? {
    wordKeyByLoads(bytes, start: start, length: length) { ($0 | 0x2020_2020_2020_2020) & $1 }
  }

  /// The key of a word of one to sixteen bytes read with one or two whole-word loads that stay inside
  /// the buffer, each load folded by `fold` from its raw bytes and the mask of those that belong to
  /// the word (nil: the word must be folded byte by byte); nil when the loads cannot be made.
  @inlinable @inline(__always)
  static func wordKeyByLoads(
    _ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int, fold: (_ raw: UInt64, _ mask: UInt64) -> UInt64?
  ) -> WordKey? {
    guard let base = bytes.baseAddress, start >= 0, length > 0 else { return nil }
    if length <= 8, start &+ 8 <= bytes.count {
      let raw = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
      guard let first = fold(raw, ~0 as UInt64 >> UInt64(64 &- length &* 8)) else { return nil }
      return WordKey(hash: FoldedWordHash.ofWord(first, length: length), head: headHash(first, length: length))
    }
    if length > 8, length <= 16, start &+ 16 <= bytes.count {
      let raw = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
      let rawSecond = UInt64(littleEndian: UnsafeRawPointer(base + (start &+ 8)).loadUnaligned(as: UInt64.self))
      guard let first = fold(raw, ~0), let second = fold(rawSecond, ~0 as UInt64 >> UInt64(128 &- length &* 8))
      else { return nil }
      return WordKey(
        hash: FoldedWordHash.ofWords(first, second, length: length), head: headHash(first, length: length))
    }
    return nil
  }

  /// The head hash of a word whose first (at most eight) folded bytes are `first`: 0 when it is shorter
  /// than `headLength`.
  @inlinable @inline(__always)
  static func headHash(_ first: UInt64, length: Int) -> UInt64 {
    length >= headLength ? FoldedWordHash.ofWord(first & 0xFFFF_FFFF, length: headLength) : 0
  }

  /// `wordKey` for any word: one or two word loads where they stay inside the buffer, else byte by byte.
  @inlinable @inline(never)
  static func wordKeyByBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> WordKey {
    let length = range.end - range.start
    if length > 0, length <= 16, range.end <= bytes.count, let base = bytes.baseAddress {
      let first = foldedLoad(base, from: range.start, count: min(length, 8), limit: bytes.count)
      if let first {
        let head = headHash(first, length: length)
        if length <= 8 { return WordKey(hash: FoldedWordHash.ofWord(first, length: length), head: head) }
        if let second = foldedLoad(base, from: range.start + 8, count: length - 8, limit: bytes.count) {
          return WordKey(hash: FoldedWordHash.ofWords(first, second, length: length), head: head)
        }
      }
    }
    var hash = FoldedWordHash()
    var head: UInt64 = 0
    var folded = FoldedBytes(bytes, range)
    while let byte = folded.next() {
      hash.add(byte)
      if hash.count == headLength { head = hash.value }
    }
    return WordKey(hash: hash.value, head: head)
  }

  /// `count` (1...8) bytes from `start` in a little-endian word, folded, with the higher bytes zero;
  /// nil when one of them is not ASCII or is a dot (those fold byte by byte).
  @inlinable @inline(__always)
  static func foldedLoad(_ base: UnsafePointer<UInt8>, from start: Int, count: Int, limit: Int) -> UInt64? {
    var word: UInt64 = 0
    if start + 8 <= limit {
      word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
    } else {
      for offset in 0..<count { word |= UInt64(base[start + offset]) << UInt64(offset * 8) }
    }
    if count < 8 { word &= (1 << UInt64(count * 8)) - 1 }
    return foldedWord(word)
  }

  /// A little-endian word of text bytes (bytes past the word zero), folded; nil when one of its bytes is
  /// not ASCII or is a dot (those fold byte by byte).
  @inlinable @inline(__always)
  static func foldedWord(_ word: UInt64) -> UInt64? {
    let high: UInt64 = 0x8080_8080_8080_8080
    guard word & high == 0, ByteLanes.equal(word, to: 0x2E) == 0 else { return nil }
    // Upper-case ASCII letters (0x41...0x5A) get 0x20 added: their bit 5 is clear.
    let ones: UInt64 = 0x0101_0101_0101_0101
    let atLeastA = (word &+ ones &* (0x80 - 0x41)) & high
    let aboveZ = (word &+ ones &* (0x7F - 0x5A)) & high
    return word | ((atLeastA & ~aboveZ) >> 2)
  }

  /// Whether the folded form of `range` equals `folded` (or starts with it, when `isPrefix`).
  @inlinable
  public static func foldedEquals(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ folded: [UInt8], isPrefix: Bool = false
  ) -> Bool {
    folded.withUnsafeBufferPointer { foldedEquals(bytes, range, $0, isPrefix: isPrefix) }
  }

  /// The same against folded bytes in place, stopping at the first difference.
  @inlinable
  public static func foldedEquals(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ folded: UnsafeBufferPointer<UInt8>, isPrefix: Bool
  ) -> Bool {
    var source = FoldedBytes(bytes, range)
    var position = 0
    while let byte = source.next() {
      guard position < folded.count else { return isPrefix }
      if folded[position] != byte { return false }
      position += 1
    }
    return position >= folded.count
  }
}

/// A token's lookup keys, computed once per document and shared by every table lookup: the FNV-1a
/// hash of its folded form, and that of its first `TextFolding.headLength` folded bytes (0 when the
/// word is shorter), under which the `*` entries of a `PhraseTable` are found.
public struct WordKey: Sendable, Hashable {
  public var hash: UInt64
  public var head: UInt64

  @inlinable
  public init(hash: UInt64, head: UInt64) {
    self.hash = hash
    self.head = head
  }
}
