import StanceCore

/// Decides when an excluded option threatens. "X is off the table" excludes X, and the tone is X's
/// own: "military action is off the table" reassures, "they took the proposal off the table" rejects.
/// Negated in the idiom of coercive diplomacy, it excludes nothing, and the open threat remains:
/// "nothing is off the table", "none of them are off the table", "no option is off the table", "we
/// will not take anything off the table".
///
/// A threat term ending in one of `endings` counts only in those forms, with a negation in force or
/// suspended ("no option | is off the table"); the negation is part of the idiom, so the term keeps
/// its weight as written. The negated subject ("nothing", "none of them", "no options") stands at most
/// `subjectReach` words before the predicate that leads to the term ("is", "are", "has been taken",
/// or none: "there is nothing off the table"), or a negated "take" has "anything", "any" or "nothing"
/// for its object ("not take anything off the table"). Other negated exclusions carry no tone of their
/// own: "nothing is on or off the table" (undecided), "not much that's off the table in terms of
/// creative thinking".
struct ExclusionRule: Sendable {
  /// The last words of a threat term that names an option excluded.
  static let endings = ["off the table"]
  /// Words that negate the subject of a coercive exclusion.
  static let negatedSubjects = ["nothing", "none", "no"]
  /// Words of the predicate between the subject and the exclusion ("is", "will be", "has been taken").
  static let predicateWords = [
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "remain", "remains",
    "remained", "stay", "stays", "taken", "left",
  ]
  /// At most how many predicate words lead to the exclusion.
  static let predicateReach = 3
  /// At most how many words the negated subject stands before its predicate ("none of the options").
  static let subjectReach = 4
  /// Forms of "take" whose negation keeps every option ("not take anything off the table").
  static let takeVerbs = ["take", "takes", "taking", "took"]
  /// Objects of a negated "take" that name every option.
  static let everyOptionWords = ["anything", "any", "nothing"]

  let subjects = PhraseTable(phrases: ExclusionRule.negatedSubjects)
  let predicates = PhraseTable(phrases: ExclusionRule.predicateWords)
  let clauseWords = PhraseTable(phrases: ListRule.clauseWords)
  let takes = PhraseTable(phrases: ExclusionRule.takeVerbs)
  let everyOption = PhraseTable(phrases: ExclusionRule.everyOptionWords)

  /// Whether `term` (a tone term of `category`) names an excluded option, a threat only when negated.
  static func isExclusion(_ term: String, category: String) -> Bool {
    category == "threat" && ExclusionRule.endings.contains { term == $0 || term.hasSuffix(" " + $0) }
  }

  /// Whether the negated exclusion whose term starts at `start` has a coercive form: a negated
  /// subject before its predicate, or a negated "take" of every option.
  /// - Complexity: O(predicateReach + subjectReach).
  func isCoercive(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at start: Int, range: Range<Int>
  ) -> Bool {
    func matches(_ table: PhraseTable, _ index: Int) -> Bool {
      tokens[index].isWordLike
        && table.longestMatch(in: bytes, tokens: tokens, at: index, limit: index + 1)?.tokenCount == 1
    }
    var index = start - 1
    // The predicate, read backwards: "has been taken", "is", the clitic of "nothing's".
    while index >= range.lowerBound, start - 1 - index < ExclusionRule.predicateReach,
      tokens[index].kind == .possessive || matches(predicates, index)
    {
      index -= 1
    }
    var words = 0
    while index >= range.lowerBound, words < ExclusionRule.subjectReach, tokens[index].isWordLike {
      if matches(subjects, index) { return true }
      if matches(clauseWords, index) { break }
      words += 1
      index -= 1
    }
    // "not take anything off the table", "are not taking any option off the table".
    var hasEveryOption = false
    index = start - 1
    while index >= range.lowerBound, start - 1 - index < ExclusionRule.subjectReach + 1, tokens[index].isWordLike {
      if matches(everyOption, index) {
        hasEveryOption = true
      } else if matches(takes, index) {
        return hasEveryOption
      }
      index -= 1
    }
    return false
  }
}
