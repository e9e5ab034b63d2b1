import StanceCore
import Testing

@testable import Attribution

/// The lookahead decides a lookup only where the phrase table would decide it the same way: at every
/// word of real sentences, a verdict of "none" or "single" agrees with the table's longest match.
@Suite struct PhraseLookaheadTests {
  static let cues: [(String, Int32)] = [
    ("said", 0), ("said in a statement", 1), ("in a letter from", 2), ("in the view of", 3), ("told reporters", 4),
    ("told", 5), ("according to", 6), ("warned", 7), ("said", 8),
  ]
  static let names: [(String, Int32)] = [
    ("the Kremlin", 0), ("US", 1), ("us", 2), ("Lavrov", 3), ("Sergei Lavrov", 4), ("the Netherlands", 5),
    ("Antony Blinken", 6), ("threat*", 7),
  ]
  static let text = """
    Lavrov said in a statement that the Kremlin would respond. Sergei Lavrov told reporters in Moscow that \
    the US “had said” nothing, in a “letter from” the Netherlands. In the view of US officials, he said, \
    Blinken warned us, according to the threatening letter. In the end the talks said little, told in a \
    letter from Antony Blinken.
    """

  /// Each word of `text` with its verdict and the table's own match.
  static func lookups(_ entries: [(String, Int32)], caseSensitive: Bool) -> [(
    word: String, verdict: PhraseLookahead.Verdict, match: PhraseTable.Match?
  )] {
    let table = PhraseTable(entries: entries, caseSensitiveForCapitals: caseSensitive)
    let lookahead = PhraseLookahead(entries: entries, caseSensitive: caseSensitive)
    let (bytes, tokens) = Tokenizer.tokenize(text)
    return bytes.withUnsafeBufferPointer { bytes in
      tokens.withUnsafeBufferPointer { tokens in
        let keys = tokens.map { TextFolding.wordKey(bytes, $0.range) }
        return keys.withUnsafeBufferPointer { keys in
          tokens.indices.filter { tokens[$0].kind == .word }.map { index in
            (
              String(
                decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].range.start..<tokens[index].range.end]),
                as: UTF8.self),
              lookahead.verdict(at: index, limit: tokens.count, bytes: bytes, tokens: tokens, keys: keys),
              table.longestMatch(in: bytes, tokens: tokens, at: index, limit: tokens.count, keys: keys)
            )
          }
        }
      }
    }
  }

  @Test(arguments: [(cues, false), (names, true)])
  func everyVerdictAgreesWithTheTable(_ entries: [(String, Int32)], caseSensitive: Bool) {
    for lookup in Self.lookups(entries, caseSensitive: caseSensitive) {
      switch lookup.verdict {
      case .none:
        #expect(lookup.match == nil, "\(lookup.word): the table matches \(String(describing: lookup.match?.value))")
      case .single(let value):
        #expect(lookup.match?.value == value && lookup.match?.tokenCount == 1, "\(lookup.word)")
      case .ask:
        break
      }
    }
  }

  @Test func aWordThatMatchesAloneIsDecidedWithoutTheTable() {
    let lookups = Self.lookups(Self.cues, caseSensitive: false)
    // "said" before "nothing" and "little": the first of the two "said" entries.
    let said = lookups.filter { $0.word == "said" }
    #expect(said.contains { if case .single(0) = $0.verdict { true } else { false } })
    // "said in a statement" must be asked.
    #expect(said.contains { if case .ask = $0.verdict { true } else { false } })
    // "In the end" opens no phrase; "In the view of" may.
    let opening = lookups.filter { $0.word.lowercased() == "in" }
    #expect(opening.contains { if case .none = $0.verdict { true } else { false } })
    #expect(opening.contains { if case .ask = $0.verdict { true } else { false } })
  }

  @Test func aNameInLowerCaseTakesTheEntryThatNeedsNoCapital() {
    let lookups = Self.lookups(Self.names, caseSensitive: true)
    #expect(lookups.contains { if $0.word == "US", case .single(1) = $0.verdict { true } else { false } })
    #expect(lookups.contains { if $0.word == "us", case .single(2) = $0.verdict { true } else { false } })
    // A word with a `*` entry's head is always asked.
    #expect(lookups.contains { if $0.word == "threatening", case .ask = $0.verdict { true } else { false } })
  }
}
