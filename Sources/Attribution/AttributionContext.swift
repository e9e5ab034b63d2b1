import StanceCore

/// A document being attributed: its tokens, mentions and the helpers that read them.
final class AttributionContext {
  let document: SegmentedDocument
  let mentions: MentionIndex
  let registry: ActorRegistry
  /// Token index → sentence index (found with the mentions, in the same pass).
  let sentenceOfToken: TokenLane

  init(document: SegmentedDocument, mentions: MentionIndex, registry: ActorRegistry) {
    self.document = document
    self.mentions = mentions
    self.registry = registry
    sentenceOfToken = mentions.sentenceOfToken
  }

  var tokens: [Token] { document.tokens }

  @inline(__always)
  func firstClass(_ index: Int) -> CharacterClass {
    document.text.characterClass(at: Int(tokens[index].start))
  }

  @inline(__always)
  func isCapitalized(_ index: Int) -> Bool {
    tokens[index].kind == .word && firstClass(index) == .upperLetter
  }

  /// The FNV-1a hash of a token's folded text (hashed once, by the segmented document).
  @inline(__always)
  func foldedHash(_ index: Int) -> UInt64 {
    document.wordKeys[index].hash
  }

  @inline(__always)
  func isWord(_ index: Int, in set: WordSet) -> Bool {
    tokens[index].kind == .word && set.contains(foldedHash(index))
  }

  @inline(__always)
  func isPunctuation(_ index: Int, _ scalar: UInt8) -> Bool {
    let token = tokens[index]
    return token.end - token.start == 1 && document.text.bytes[Int(token.start)] == scalar
  }

  /// Whether a token is an adverb or auxiliary that may stand between a speaker and the cue:
  /// a listed one ("also", "has", "long") or a lower-case word in -ly ("strongly", "repeatedly").
  func isAdverb(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word else { return false }
    if isWord(index, in: GrammarWords.adverbs) { return true }
    let bytes = document.text.bytes
    let end = Int(token.end)
    return end - Int(token.start) >= 5 && bytes[end - 2] == 0x6C && bytes[end - 1] == 0x79
      && firstClass(index) == .letter && !isWord(index, in: GrammarWords.nounsInLy)
  }

  @inline(__always)
  func pronoun(_ index: Int) -> Pronoun? {
    guard tokens[index].kind == .word, tokens[index].end - tokens[index].start <= 4 else { return nil }
    return Pronoun(hash: foldedHash(index))
  }

  @inline(__always)
  func sentenceTokens(of index: Int) -> Range<Int> {
    document.sentences[Int(sentenceOfToken[index])].tokens
  }

  @inline(__always)
  func paragraph(ofToken index: Int) -> Int {
    document.sentences[Int(sentenceOfToken[index])].paragraph
  }

  func range(_ tokens: Range<Int>) -> TextRange {
    TextRange(Int(self.tokens[tokens.lowerBound].start), Int(self.tokens[tokens.upperBound - 1].end))
  }

  func string(_ tokens: Range<Int>) -> String { document.text.string(range(tokens)) }
}

/// Personal pronouns that can stand for a speaker.
enum Pronoun {
  case he, she, they, it, we, i

  static let hashes: [(hash: UInt64, pronoun: Pronoun)] = [
    (WordSet.hash("he"), .he), (WordSet.hash("she"), .she), (WordSet.hash("they"), .they), (WordSet.hash("it"), .it),
    (WordSet.hash("we"), .we), (WordSet.hash("i"), .i),
  ]

  /// - Complexity: O(1): six comparisons, no hashing of the key.
  init?(hash: UInt64) {
    for entry in Pronoun.hashes where entry.hash == hash {
      self = entry.pronoun
      return
    }
    return nil
  }

  var isPersonal: Bool { self == .he || self == .she }
}

/// Small closed word classes of English grammar that the speaker rules read.
enum GrammarWords {
  /// Words that may link the parts of a name or title ("Minister of Foreign Affairs").
  static let connectors: WordSet = set(["of", "for", "de", "von", "van", "der", "al", "bin", "da", "del", "la"])
  /// Words that open a clause before its subject ("But he said").
  static let clauseOpeners: WordSet = set([
    "the", "but", "and", "as", "then", "so", "yet", "while", "when", "after", "before", "meanwhile", "still",
    "however", "also", "a", "an", "in", "on", "at", "instead", "now", "later", "earlier", "separately",
  ])
  /// Adverbs that may stand between a speaker and the cue ("Lavrov also said").
  static let adverbs: WordSet = set([
    "also", "then", "later", "again", "further", "once", "previously", "earlier", "repeatedly", "recently",
    "publicly", "reportedly", "has", "have", "had", "was", "is", "will", "would", "long", "already", "first",
    "often", "never", "since", "soon", "too", "been", "are", "were", "not", "did", "does", "do", "now", "still",
    "however",
  ])
  /// Auxiliaries: they belong to the verb, so a coordinated cue after them has its own subject.
  static let auxiliaries: WordSet = set(["has", "have", "had", "was", "is", "will", "would"])
  /// Finite verbs of a clause ("the talks had failed"): a tail holding one is reported content, not an object.
  static let finiteVerbs: WordSet = set([
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should", "can", "must", "did",
    "does", "might", "may",
  ])
  /// Common irregular past tenses, which end a subject as a verb in -ed does ("The senator began …").
  static let irregularPastVerbs: WordSet = set([
    "began", "became", "brought", "broke", "chose", "came", "drew", "drove", "fell", "felt", "fought", "flew", "forgot",
    "gave", "got", "grew", "heard", "held", "hid", "kept", "knew", "led", "left", "lost", "made", "meant", "met",
    "paid", "ran", "rose", "sought", "saw", "sent", "shook", "spent", "spoke", "stood", "struck", "swore", "took",
    "taught", "thought", "threw", "understood", "went", "won", "wore", "withdrew",
  ])
  /// Conjunctions after which a verb shares the subject before them ("dismissed … and accused …").
  static let sharedSubjectConjunctions: WordSet = set(["and", "but"])
  /// Lower-case words in -ly that are nouns or adjectives, not adverbs ("the family said").
  static let nounsInLy: WordSet = set([
    "family", "ally", "rally", "assembly", "supply", "daily", "weekly", "monthly", "quarterly", "yearly", "early",
    "elderly", "friendly", "likely", "only", "lonely", "holy", "belly", "bully", "jelly",
  ])
  /// Words before an -ing cue that make it a participle of the sentence's speaker ("…, saying",
  /// "by saying", "while warning").
  static let participleOpeners: WordSet = set(["by", "while", "after", "before", "when", "in"])
  /// Function words that never make a word a title word, even inside a title ("Ambassador to the UN").
  static let functionWords: WordSet = set(["of", "the", "to", "for", "and", "in", "on", "at", "a", "an", "'s"])
  /// Conjunctions that open a new clause with its own subject ("…, and Blinken said").
  static let clauseConjunctions: WordSet = set(["and", "but", "while", "as", "whereas", "although", "though"])
  /// Words that open a common-noun phrase that can be a source ("the company", "a senior official").
  static let determiners: WordSet = set([
    "the", "a", "an", "some", "many", "several", "most", "two", "three", "four", "both", "his", "her", "their", "its",
    "our", "this", "these", "those", "other", "another", "one", "few", "no",
  ])
  /// Words that end a noun phrase looking backwards: relatives, conjunctions, verbs of being.
  static let phraseBreakers: WordSet = set([
    "that", "which", "who", "whom", "and", "or", "but", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "not", "if", "when", "as", "than", "to", "of", "in", "on", "at", "for", "with", "by", "from", "it", "he", "she",
    "they", "we", "i", "you", "what", "there", "while", "whereas", "although", "though", "after", "before", "since",
    "because", "so", "yet", "also", "then", "now", "meanwhile", "however", "instead", "later", "earlier",
  ])
  /// Words that make a phrase a share of people ("21 percent", "nearly half", "many").
  static let quantities: WordSet = set([
    "percent", "half", "third", "thirds", "quarter", "quarters", "majority", "many", "most", "all", "some", "few",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "two-thirds", "three-quarters",
  ])
  /// Small words inside a share ("three in 10", "more than half of voters").
  static let quantityLinks: WordSet = set(["of", "in", "than", "out"])
  /// Relative pronouns that open a description of a name ("…, who heads the agency, said").
  static let relatives: WordSet = set(["who", "which", "whose"])
  /// Words that join two subjects into one ("Zelenskyy and his officials").
  static let coordinators: WordSet = set(["and", "or", "nor"])
  /// Forms of "be" before a participle that make it passive ("was warned").
  static let passiveAuxiliaries: WordSet = set(["was", "were", "be", "been", "being", "is", "are"])
  /// Words after a verb that make it passive ("dismissed by Brussels").
  static let passiveAgents: WordSet = set(["by"])
  /// Words that may follow a cue before a reported clause.
  static let complementizers: WordSet = set(["that"])

  static func set(_ words: [String]) -> WordSet { WordSet(words) }
}
