import StanceCore

/// Decides when a statement only reports: "the sanctions list now contains more than 2,000 entities",
/// "the North fired a short-range missile into the sea at 7:10 a.m.", "tariffs on 300 product
/// categories take effect on Monday", "the next round of talks opens in Doha on the 14th". A count, a
/// sum or a date of weapons, strikes, sanctions or talks, with no one speaking for a side, describes;
/// it does not threaten, accuse or reconcile. Its terms keep their sign, weakened by `factor`, and its
/// score is drawn into the neutral band (`ToneDecision.isReport`), so such reports rank as they did
/// but fall back to neutral.
///
/// A statement is a report when every piece of its evidence is a term of `categories` that no rule
/// changed and its cue carries no tone, when it holds a figure (a number, or one of `figureWords`:
/// "twelve", "millions", "Monday", "overnight"), and when none of `stanceWords` stands in it: a first
/// or second person, a modal of intent or obligation, a demand, a warning or a readiness ("our units
/// recorded 142 strikes", "they will strike again", "we urge", "ready to host talks between the two").
struct DescriptionRule: Sendable {
  /// Categories of material terms: what is done, counted, imposed or held, not how anyone judges it.
  static let categories: Set<String> = ["force", "sanction", "dialogue", "de-escalation", "support"]
  /// Whether a tone term may make up a report: a material term, or a fixed expression whose near-zero
  /// weight only keeps a tone word from matching inside it ("firefighters", "tariff schedule").
  static func isMaterial(category: String, weight: Double) -> Bool {
    categories.contains(category) || abs(weight) <= 0.1
  }
  /// Words that make a statement speak for a side.
  static let stanceWords = [
    "we", "our", "us", "i", "my", "me", "you", "your", "will", "would", "must", "should", "shall", "won't", "cannot",
    "can't", "never", "need", "demand", "demands", "demanded", "urge", "urges", "urged", "warn", "warns", "warned",
    "ready", "willing", "prepared",
  ]
  /// Words of number and time that show a report of figures or dates.
  static let figureWords = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "dozen", "dozens",
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "percent",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday",
    "tomorrow", "morning", "overnight", "midnight", "noon", "week", "weekend", "month", "year",
  ]
  /// A future of the calendar, which speaks for no side: "the summit will open on Tuesday", "the
  /// truce will take effect at midnight" ("will" is otherwise a word of stance: "they will strike again").
  static let scheduleVerbs = [
    "open", "begin", "start", "resume", "follow", "close", "convene", "meet", "run", "last", "take place",
    "take effect", "be held", "enter into force", "come into force", "apply", "expire", "be reviewed", "be renewed",
    "be debated", "be issued", "be published",
  ]
  /// What the weight of each term of a report is multiplied by.
  static let factor = 0.35

  let stance = PhraseTable(phrases: DescriptionRule.stanceWords)
  let figures = PhraseTable(phrases: DescriptionRule.figureWords)
  let schedules = PhraseTable(phrases: DescriptionRule.scheduleVerbs.map { "will \($0)" })

  /// Whether the tokens of `pieces` hold a figure and no word of stance.
  func reports(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<WordKey>,
    pieces: [Range<Int>]
  ) -> Bool {
    var hasFigure = false
    for piece in pieces {
      for index in piece {
        let token = tokens[index]
        if token.kind == .number {
          hasFigure = true
        } else if token.kind == .word {
          if stance.longestMatch(in: bytes, tokens: tokens, at: index, limit: index + 1, keys: keys) != nil,
            schedules.longestMatch(in: bytes, tokens: tokens, at: index, limit: piece.upperBound, keys: keys) == nil
          {
            return false
          }
          if !hasFigure, figures.longestMatch(in: bytes, tokens: tokens, at: index, limit: index + 1, keys: keys) != nil
          {
            hasFigure = true
          }
        }
      }
    }
    return hasFigure
  }
}
