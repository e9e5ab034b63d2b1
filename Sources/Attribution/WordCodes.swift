/// A map from word hashes (see `WordSet`) to small codes, in one open-addressing table probed with
/// the hash itself: no second hashing of the key on every lookup, unlike `[UInt64: Int32]`.
struct WordCodes: Sendable {
  /// Slots of hashes; 0 marks a free slot (a word hashing to 0 keeps its code in `emptyHashCode`).
  private var hashes: [UInt64]
  private var codes: [Int32]
  private var count = 0
  private var emptyHashCode: Int32? = nil

  init() {
    hashes = [UInt64](repeating: 0, count: 8)
    codes = [Int32](repeating: 0, count: 8)
  }

  /// - Complexity: O(1) on average.
  @inline(__always)
  subscript(hash: UInt64) -> Int32? {
    if hash == 0 { return emptyHashCode }
    let mask = hashes.count - 1
    var index = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    while true {
      let slot = hashes[index]
      if slot == hash { return codes[index] }
      if slot == 0 { return nil }
      index = (index + 1) & mask
    }
  }

  /// Sets the code of a hash, replacing any code it had.
  mutating func set(_ code: Int32, for hash: UInt64) {
    if hash == 0 {
      emptyHashCode = code
      return
    }
    if let slot = slot(of: hash) {
      codes[slot] = code
      return
    }
    // Keep the table at most half full.
    if (count + 1) * 2 > hashes.count {
      let old = (hashes, codes)
      hashes = [UInt64](repeating: 0, count: old.0.count * 2)
      codes = [Int32](repeating: 0, count: old.0.count * 2)
      count = 0
      for (hash, code) in zip(old.0, old.1) where hash != 0 { place(hash, code) }
    }
    place(hash, code)
  }

  private func slot(of hash: UInt64) -> Int? {
    let mask = hashes.count - 1
    var index = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    while hashes[index] != 0 {
      if hashes[index] == hash { return index }
      index = (index + 1) & mask
    }
    return nil
  }

  private mutating func place(_ hash: UInt64, _ code: Int32) {
    let mask = hashes.count - 1
    var index = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    while hashes[index] != 0 { index = (index + 1) & mask }
    hashes[index] = hash
    codes[index] = code
    count += 1
  }
}
