import StanceCore

/// A set of words, held as FNV-1a hashes of their folded forms so that a token is looked up
/// without building a String or an array. The hashes sit in a small open-addressing table probed
/// with the FNV hash itself (no second hashing of the key on every lookup).
struct WordSet: Sendable {
  /// Slots of hashes; `empty` marks a free slot (a word hashing to it is kept in `hasEmptyHash`).
  private var slots: [UInt64]
  private var count = 0
  private var hasEmptyHash = false
  private static let empty: UInt64 = 0

  init(_ words: [String] = []) {
    slots = [UInt64](repeating: WordSet.empty, count: 8)
    for word in words { insert(hash: WordSet.hash(word)) }
  }

  static func hash(_ word: String) -> UInt64 { TextFolding.hash(TextFolding.folded(word)) }

  /// - Complexity: O(1) on average.
  @inline(__always)
  func contains(_ hash: UInt64) -> Bool {
    if hash == WordSet.empty { return hasEmptyHash }
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    while true {
      let slot = slots[index]
      if slot == hash { return true }
      if slot == WordSet.empty { return false }
      index = (index + 1) & mask
    }
  }

  mutating func insert(folded: [UInt8]) { insert(hash: TextFolding.hash(folded)) }

  var isEmpty: Bool { count == 0 && !hasEmptyHash }

  func contains(folded: [UInt8]) -> Bool { contains(TextFolding.hash(folded)) }

  mutating func insert(hash: UInt64) {
    if hash == WordSet.empty {
      hasEmptyHash = true
      return
    }
    guard !contains(hash) else { return }
    // Keep the table at most half full.
    if (count + 1) * 2 > slots.count {
      let old = slots
      slots = [UInt64](repeating: WordSet.empty, count: old.count * 2)
      count = 0
      for slot in old where slot != WordSet.empty { place(slot) }
    }
    place(hash)
  }

  private mutating func place(_ hash: UInt64) {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    while slots[index] != WordSet.empty { index = (index + 1) & mask }
    slots[index] = hash
    count += 1
  }
}
