/// The hash of a folded word (see `TextFolding`), eight bytes at a time.
///
/// The folded bytes are taken in little-endian words of eight (the last one padded with zeros), each
/// mixed into the state with a multiply and a shift, and the length is mixed in at the end. Words of
/// ASCII letters and digits without dots, the most common by far, are hashed straight from the text
/// with no byte loop (`TextFolding.wordKey`); the byte-by-byte form below gives the same values for
/// the rest and for lexicon entries.
public struct FoldedWordHash {
  @usableFromInline static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

  @usableFromInline var state = FoldedWordHash.seed
  @usableFromInline var pending: UInt64 = 0
  @usableFromInline var added = 0
  /// Bytes added so far.
  @inlinable public var count: Int { added }

  @inlinable
  public init() {}

  /// The state after mixing in one word of eight bytes.
  @inlinable @inline(__always)
  static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
    let product = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
    return product ^ (product >> 31)
  }

  /// The hash of a state once `length` bytes have been mixed in.
  @inlinable @inline(__always)
  static func finish(_ state: UInt64, length: Int) -> UInt64 {
    let product = (state ^ UInt64(truncatingIfNeeded: length)) &* 0x94D0_49BB_1331_11EB
    return product ^ (product >> 29)
  }

  /// The hash of at most eight bytes held in one little-endian word (higher bytes zero).
  @inlinable @inline(__always)
  static func ofWord(_ word: UInt64, length: Int) -> UInt64 {
    finish(mix(seed, word), length: length)
  }

  /// The hash of nine to sixteen bytes held in two little-endian words (higher bytes zero).
  @inlinable @inline(__always)
  static func ofWords(_ first: UInt64, _ second: UInt64, length: Int) -> UInt64 {
    finish(mix(mix(seed, first), second), length: length)
  }

  @inlinable @inline(__always)
  public mutating func add(_ byte: UInt8) {
    pending |= UInt64(byte) << UInt64((added & 7) * 8)
    added += 1
    if added & 7 == 0 {
      state = FoldedWordHash.mix(state, pending)
      pending = 0
    }
  }

  /// The hash of the bytes added so far.
  @inlinable
  public var value: UInt64 {
    let mixed = added & 7 == 0 ? state : FoldedWordHash.mix(state, pending)
    return FoldedWordHash.finish(mixed, length: added)
  }

  /// The hash of a folded byte sequence.
  @inlinable
  public static func of(_ folded: some Sequence<UInt8>) -> UInt64 {
    var hash = FoldedWordHash()
    for byte in folded { hash.add(byte) }
    return hash.value
  }
}
