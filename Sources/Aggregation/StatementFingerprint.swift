import StanceCore

/// What makes two statements "the same words": their content words (four bytes or more), lower-cased,
/// with punctuation, quotation marks and spacing ignored.
///
/// A statement of at least `shingleWords` content words is identified by a sample of the hashes of
/// its runs of `shingleWords` consecutive content words, chosen by winnowing (the smallest hash of
/// every `window` consecutive runs): two statements that share a run of `shingleWords + window - 1`
/// content words (about twenty words of text) are certain to share a sampled hash, so a copy trimmed,
/// extended, or reported with a different lead-in ("We have deep concerns about Russia’s plans for a
/// renewed aggression against Ukraine" and "the US had “deep concerns about Russia’s plans for renewed
/// aggression against Ukraine”") still matches. A shorter statement is identified by the hash of all
/// its words.
public struct StatementFingerprint: Sendable, Hashable {
  public static let shingleWords = 6
  public static let window = 4

  /// The sampled hashes; empty for a statement with no words.
  public var keys: [UInt64]

  init(keys: [UInt64]) {
    self.keys = keys
  }

  public init(text: String) {
    var text = text
    keys = text.withUTF8 { StatementFingerprint.keys(of: $0) }
  }

  /// The sampled hashes of a text's bytes. The content words and their shingles live in one
  /// temporary buffer (on the stack for a statement of usual length); only the keys are allocated.
  static func keys(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
    // A content word takes at least five bytes with the space after it.
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bytes.count / 5 + 1) { buffer in
      let (allWords, wordCount, contentCount) = words(in: bytes, into: buffer)
      guard wordCount > 0 else { return [] }
      let size = shingleWords
      guard contentCount >= size else { return [mix(allWords, tag: 1)] }
      // Shingle k replaces content word k: later shingles read only the words after it.
      let shingleCount = contentCount - size + 1
      for start in 0..<shingleCount {
        var hash = TextFolding.fnvOffset
        for word in buffer[start..<start + size] { hash = mix(hash ^ word, tag: 0) }
        buffer[start] = mix(hash, tag: 2)
      }
      let shingles = UnsafeBufferPointer(rebasing: buffer[..<shingleCount])
      var sampled: [UInt64] = []
      // Winnowing keeps about two in `window + 1` of the shingles.
      sampled.reserveCapacity(shingleCount * 2 / (window + 1) + 2)
      var lastChosen = -1
      let window = min(window, shingleCount)
      for start in 0...(shingleCount - window) {
        var chosen = start
        for index in start..<start + window where shingles[index] <= shingles[chosen] { chosen = index }
        if chosen != lastChosen {
          sampled.append(shingles[chosen])
          lastChosen = chosen
        }
      }
      return sampled
    }
  }

  /// The hash of all the words of `bytes`, their number, and the number of content words (four
  /// bytes or more), whose hashes are written to `contentWords` (room for `bytes.count / 5 + 1`).
  /// A word is a run of ASCII letters and digits or non-ASCII letters and symbols, lower-cased.
  static func words(
    in bytes: UnsafeBufferPointer<UInt8>, into contentWords: UnsafeMutableBufferPointer<UInt64>
  ) -> (all: UInt64, count: Int, contentCount: Int) {
    var allWords = TextFolding.fnvOffset
    var wordCount = 0
    var contentCount = 0
    var word = TextFolding.fnvOffset
    var length = 0
    var index = 0
    let end = bytes.count
    while index <= end {
      var size = 1
      var isWordByte = false
      if index < end {
        let byte = bytes[index]
        if byte < 0x80 {
          let folded = byte | 0x20
          if (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
            // Setting 0x20 lower-cases a capital and leaves small letters and digits as they are.
            word = (word ^ UInt64(folded)) &* TextFolding.fnvPrime
            length += 1
            index += 1
            continue
          }
        } else {
          let (characterClass, length) = UTF8Decoding.characterClass(in: bytes, at: index)
          size = length
          isWordByte = characterClass.isLetter || characterClass == .other
        }
      }
      if isWordByte {
        for offset in index..<index + size { word = (word ^ UInt64(bytes[offset])) &* TextFolding.fnvPrime }
        length += size
      } else if length > 0 {
        allWords = (allWords ^ word) &* TextFolding.fnvPrime
        wordCount += 1
        if length >= 4 {
          contentWords[contentCount] = word
          contentCount += 1
        }
        word = TextFolding.fnvOffset
        length = 0
      }
      index += size
    }
    return (allWords, wordCount, contentCount)
  }

  /// A well-spread 64-bit mix (SplitMix64's finaliser) of a value and a tag.
  static func mix(_ value: UInt64, tag: UInt64) -> UInt64 {
    SplitMix64.finalize(value &+ tag &* SplitMix64.increment)
  }
}
