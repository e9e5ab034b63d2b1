import StanceCore

/// Decides whether an announced response is a veiled threat. A threat term ending in a response word
/// ("will respond", "will take the necessary measures") threatens only when it is left open: at the
/// end of its clause ("We will respond."), before a word of manner ("will respond accordingly",
/// "will react firmly") or before a condition ("will take all necessary measures if the shelling
/// continues"). With an object or a purpose it answers or provides for something and carries no
/// threat ("we will respond to the letter", "will take the necessary measures to support farmers").
struct ResponseRule: Sendable {
  /// The last words of a threat term that make it an announced response.
  static let responseWords = ["respond", "react", "measures", "steps", "answered"]
  /// Words after a response that leave it open: manner and condition ("in kind" is left out: it
  /// answers a gesture as often as a blow).
  static let openingWords = [
    "accordingly", "appropriately", "adequately", "decisively", "firmly", "forcefully", "harshly", "resolutely",
    "proportionately", "swiftly", "promptly", "immediately", "symmetrically", "asymmetrically", "if",
    "unless", "should", "whenever",
  ]

  let openingTable = PhraseTable(phrases: ResponseRule.openingWords)

  /// Whether `term` (a tone term of `category`) is an announced response whose threat depends on what follows.
  static func isResponse(_ term: String, category: String) -> Bool {
    guard category == "threat", let last = term.split(separator: " ").last else { return false }
    return ResponseRule.responseWords.contains(String(last))
  }

  /// Whether the response ending before `end` is left open: nothing, a punctuation mark, a dash, a
  /// manner or a condition follows it.
  func isOpen(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, after end: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    guard end < range.upperBound else { return true }
    let token = tokens[end]
    if token.isPunctuationOrDash { return true }
    return openingTable.longestMatch(in: bytes, tokens: tokens, at: end, limit: range.upperBound, keys: keys) != nil
  }
}
