import StanceCore

/// Decides which words name the topics of talks rather than a step taken or refused. "The ministers
/// discussed the situation in Ukraine, arms control and cooperation in the Arctic" and "the agenda
/// includes arms control and the functioning of embassies" report what was on the table, not an
/// offer of arms control or cooperation, nor a charge about the situation; the discussing itself
/// keeps its own tone. An offer to talk is no report: "we are ready to discuss arms control" offers
/// it, so the present "discuss" opens no agenda.
///
/// An agenda opens after one of `openers` and covers the rest of its clause, the items of a list
/// included ("…, arms control and cooperation": the short items `ListRule` reads), until a word that opens another clause (a pronoun,
/// an auxiliary, a subordinating word: "discussed climate change when the senator visited"); the
/// tone terms in it carry no tone, as the topic of a negated noun phrase carries none (see
/// `NegationScope`).
struct AgendaRule: Sendable {
  /// Words after which the rest of the clause lists the topics of talks: reports of talks held or
  /// planned, not an offer to talk ("we are ready to discuss arms control" offers arms control).
  static let openers = [
    "discussed", "agenda", "agendas", "topics", "talked about", "debated", "will debate", "will discuss",
  ]

  let openerTable = PhraseTable(phrases: AgendaRule.openers)
  let clauseTable = PhraseTable(phrases: NegationScope.clauseWords)

  /// The number of tokens of the opener at `index`, or nil when none starts there.
  /// - Complexity: O(length of the longest opener).
  func opener(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Int? {
    openerTable.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys)?.tokenCount
  }

  /// Whether the word at `index` opens another clause, which ends the agenda.
  func endsAgenda(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int, range: Range<Int>,
    keys: UnsafeBufferPointer<WordKey>
  ) -> Bool {
    clauseTable.longestMatch(in: bytes, tokens: tokens, at: index, limit: range.upperBound, keys: keys) != nil
  }
}
