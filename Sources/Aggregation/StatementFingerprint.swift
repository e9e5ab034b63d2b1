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

  public init(text: String) {
    var allWords = TextFolding.fnvOffset
    var wordCount = 0
    var contentWords: [UInt64] = []
    var text = text
    text.withUTF8 { bytes in
      var index = 0
      var word = TextFolding.fnvOffset
      var length = 0
      func endWord() {
        guard length > 0 else { return }
        allWords = (allWords ^ word) &* TextFolding.fnvPrime
        wordCount += 1
        if length >= 4 { contentWords.append(word) }
        word = TextFolding.fnvOffset
        length = 0
      }
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          let isLower = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
          let isUpper = byte >= 0x41 && byte <= 0x5A
          if isLower || isUpper {
            word = (word ^ UInt64(isUpper ? byte | 0x20 : byte)) &* TextFolding.fnvPrime
            length += 1
          } else {
            endWord()
          }
          index += 1
          continue
        }
        let (characterClass, size) = UTF8Decoding.characterClass(in: bytes, at: index)
        if characterClass.isLetter || characterClass == .other {
          for offset in index..<index + size { word = (word ^ UInt64(bytes[offset])) &* TextFolding.fnvPrime }
          length += size
        } else {
          endWord()
        }
        index += size
      }
      endWord()
    }
    guard wordCount > 0 else {
      keys = []
      return
    }
    let size = StatementFingerprint.shingleWords
    guard contentWords.count >= size else {
      keys = [StatementFingerprint.mix(allWords, tag: 1)]
      return
    }
    var shingles: [UInt64] = []
    shingles.reserveCapacity(contentWords.count - size + 1)
    for start in 0...(contentWords.count - size) {
      var hash = TextFolding.fnvOffset
      for word in contentWords[start..<start + size] { hash = StatementFingerprint.mix(hash ^ word, tag: 0) }
      shingles.append(StatementFingerprint.mix(hash, tag: 2))
    }
    var sampled: [UInt64] = []
    var lastChosen = -1
    let window = min(StatementFingerprint.window, shingles.count)
    for start in 0...(shingles.count - window) {
      var chosen = start
      for index in start..<start + window where shingles[index] <= shingles[chosen] { chosen = index }
      if chosen != lastChosen {
        sampled.append(shingles[chosen])
        lastChosen = chosen
      }
    }
    keys = sampled
  }

  /// A well-spread 64-bit mix (SplitMix64's finaliser) of a value and a tag.
  static func mix(_ value: UInt64, tag: UInt64) -> UInt64 {
    var z = value &+ tag &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Recognises a statement already counted: the same speaker, the same or nearly the same words
/// (see `StatementFingerprint`), and dates in the same or a neighbouring seven-day span (a day-dated statement), in the
/// same or a neighbouring month (month-dated), the same year (year-dated), or both undated. Syndicated
/// copies and two reports of the same remarks count once; a formula a speaker repeats every year
/// does not collapse across years.
///
/// A repeat within one document (an article quoting the same words twice) is not collapsed.
///
/// Memory: the sampled hashes of the statements counted (a few per statement), never the text.
public struct DuplicateFilter: Sendable {
  /// Hash → the document it was first seen in.
  private var seen: [UInt64: String] = [:]

  public init() {}

  /// Whether the statement repeats one seen before; if not, it is remembered.
  public mutating func isDuplicate(
    speaker: String, fingerprint: StatementFingerprint, date: DocumentDate?, document: String
  ) -> Bool {
    guard !fingerprint.keys.isEmpty else { return false }
    var speakerHash = TextFolding.fnvOffset
    for byte in speaker.utf8 { speakerHash = (speakerHash ^ UInt64(byte)) &* TextFolding.fnvPrime }
    let (bucket, spread) = DuplicateFilter.bucket(date)
    func key(_ fingerprint: UInt64, _ bucket: Int) -> UInt64 {
      StatementFingerprint.mix(fingerprint ^ speakerHash, tag: UInt64(bitPattern: Int64(bucket)))
    }
    for fingerprintKey in fingerprint.keys {
      for neighbour in (bucket - spread)...(bucket + spread) {
        if let first = seen[key(fingerprintKey, neighbour)], first != document { return true }
      }
    }
    for fingerprintKey in fingerprint.keys where seen[key(fingerprintKey, bucket)] == nil {
      seen[key(fingerprintKey, bucket)] = document
    }
    return false
  }

  /// The time bucket of a date and how many neighbouring buckets also count as "near".
  /// Buckets of different precisions never meet (they are offset into separate ranges).
  static func bucket(_ date: DocumentDate?) -> (bucket: Int, spread: Int) {
    guard let date else { return (Int.min / 2, 0) }
    if date.day > 0 {
      let days = Period.daysSinceEpoch(year: date.year, month: date.month, day: date.day)
      return (1 << 40 + Int((Double(days) / 7).rounded(.down)), 1)
    }
    if date.month > 0 { return (2 << 40 + date.year * 12 + date.month, 1) }
    return (3 << 40 + date.year, 0)
  }
}
