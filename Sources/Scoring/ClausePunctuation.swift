import StanceCore

/// The marks the scoring rules read as the end of a clause or a sentence inside a statement.
extension Token {
  /// . ! or ?: the end of a sentence.
  @inline(__always)
  func endsSentence(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard kind == .punctuation else { return false }
    let byte = bytes[Int(start)]
    return byte == 0x2E || byte == 0x21 || byte == 0x3F
  }

  /// , ; : ( ) a dash, or the end of a sentence: the end of a clause.
  @inline(__always)
  func endsClause(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if kind == .dash { return true }
    guard kind == .punctuation else { return false }
    let byte = bytes[Int(start)]
    return byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x29 || byte == 0x2E
      || byte == 0x21 || byte == 0x3F
  }
}
