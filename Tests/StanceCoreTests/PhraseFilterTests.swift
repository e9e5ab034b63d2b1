import StanceCore
import Testing

/// The phrase filter may say "maybe" for a word no table starts, but never "no" for one a table does.
@Suite struct PhraseFilterTests {
  let terms = PhraseTable(phrases: ["threat*", "serious consequences", "red lines", "dialogue", "warn*"])
  let modifiers = PhraseTable(phrases: ["not", "no longer", "perhaps", "strongly"])
  let short = PhraseTable(phrases: ["un*", "talks"])

  func keys(_ text: String) -> (bytes: [UInt8], tokens: [Token], keys: [WordKey]) {
    let (bytes, tokens) = Tokenizer.tokenize(text)
    let keys = bytes.withUnsafeBufferPointer { buffer in tokens.map { TextFolding.wordKey(buffer, $0.range) } }
    return (bytes, tokens, keys)
  }

  @Test func everyWordThatStartsAnEntryPassesTheFilter() {
    let filter = PhraseFilter([terms, modifiers, short])
    let text = "Moscow warned of serious consequences, not perhaps but strongly: threats, red lines, unfriendly talks."
    let (bytes, tokens, keys) = keys(text)
    var matched = 0
    bytes.withUnsafeBufferPointer { buffer in
      tokens.withUnsafeBufferPointer { tokenBuffer in
        for index in tokenBuffer.indices {
          let mask = filter.tables(for: keys[index])
          for (bit, table) in [terms, modifiers, short].enumerated()
          where table.longestMatch(in: buffer, tokens: tokenBuffer, at: index) != nil {
            matched += 1
            #expect(mask & (1 << UInt8(bit)) != 0, "token \(index) of table \(bit)")
          }
        }
      }
    }
    #expect(matched == 9)
  }

  @Test func aTableWithShortPrefixesIsAlwaysAskedAndOthersMostlyNot() {
    let filter = PhraseFilter([terms, modifiers, short])
    let (_, _, keys) = keys("The delegation arrived in Vienna on Tuesday morning")
    #expect(keys.allSatisfy { filter.tables(for: $0) & 4 != 0 })
    #expect(keys.filter { filter.tables(for: $0) & 3 != 0 }.count <= 1)
  }
}
