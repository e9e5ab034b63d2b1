import StanceCore

/// "Rep. Jane Doe, a Democrat, told Reuters.", "…, the mayor recalled the president telling him.": the
/// words after the cue name only whom the speaker addressed, and report nothing.
extension StatementBuilder {
  /// The most words an addressee standing alone after its cue may have ("The Associated Press").
  static let addresseeWordLimit = 4
  /// The most bytes such content may span: longer content is checked no further.
  static let addresseeByteLimit = 48

  /// Whether reported content that opens right after its lower-case cue holds only an object pronoun ("him",
  /// "them") or a capitalised name ("Reuters", "Democratic Convention"), with no verb of its own.
  /// - Complexity: O(addresseeWordLimit).
  func isOnlyAddressee(_ content: TextRange, cue: MentionIndex.Cue?) -> Bool {
    // In a title-case line ("Rubio Responds By Saying We Need Fewer Philosophers") capitals name nothing.
    guard content.end - content.start <= StatementBuilder.addresseeByteLimit, let cue,
      cue.tokens.upperBound < context.tokens.count, !context.isCapitalized(cue.tokens.upperBound - 1),
      Int(context.tokens[cue.tokens.upperBound].start) == content.start
    else { return false }
    let inside = context.document.tokenIndices(in: content)
    var words = 0
    for index in inside {
      switch context.tokens[index].kind {
      case .punctuation: continue
      case .word:
        words += 1
        let isObject = index == inside.lowerBound && context.isWord(index, in: StatementBuilder.objectPronouns)
        guard words <= StatementBuilder.addresseeWordLimit, isObject || context.isCapitalized(index) else {
          return false
        }
      default: return false
      }
    }
    return words > 0
  }

  /// Pronouns that stand as the object of a cue ("told him", "telling them").
  static let objectPronouns = WordSet(["him", "her", "them", "us", "me", "you"])
}
