import StanceCore

/// Decides when an excluded option threatens. "X is off the table" excludes X, and the tone is X's
/// own: "military action is off the table" reassures, "they took the proposal off the table" rejects.
/// Negated, it excludes nothing, and the open threat of coercive diplomacy remains: "nothing is off
/// the table", "none of them are off the table", "no option is off the table", "we will not take
/// anything off the table".
///
/// A threat term ending in one of `endings` counts only while a negation is in force, or while the
/// negation of the noun phrase that is its subject is suspended ("no option | is off the table"); the
/// negation is part of the idiom, so the term keeps its weight as written. Without a negation it
/// carries no tone.
struct ExclusionRule: Sendable {
  /// The last words of a threat term that names an option excluded.
  static let endings = ["off the table"]

  /// Whether `term` (a tone term of `category`) names an excluded option, a threat only when negated.
  static func isExclusion(_ term: String, category: String) -> Bool {
    category == "threat" && ExclusionRule.endings.contains { term == $0 || term.hasSuffix(" " + $0) }
  }
}
