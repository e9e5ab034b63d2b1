import StanceCore

/// Decides which conciliatory steps are the object of an obstruction: "sabotage the peace process",
/// "violated the truce", "the breach of the ceasefire agreement", "undermining the negotiations",
/// "infringed on our sovereignty".
/// The step named after an obstruction is what is being destroyed, not offered, so its weight is
/// turned as a negator turns it ("not the peace process"); the obstruction keeps its own weight.
///
/// An obstruction is a confrontational tone term starting with one of `stems`; it reaches the noun
/// phrase after it, read as `NegationScope` reads the phrase of "no" (to the first preposition of
/// topic, place or time, or the first clause word), at most `reach` words, and only while its own
/// weight stays confrontational: "prevent the sabotage of the talks" obstructs nothing. A negated
/// obstruction ("did not violate the truce", "has not slammed the door on talks") takes the negation
/// for itself, and the step after it counts as written.
struct ObstructionRule: Sendable {
  /// Stems of the tone terms that obstruct the step named after them.
  static let stems = [
    "sabotag", "undermin", "violat", "infring", "breach", "obstruct", "derail", "scuttl", "jeopard", "destroy",
    "abandon",
    "block", "slam", "close the door", "closed the door", "closing the door", "shut the door", "torpedo",
    "refus",
  ]
  /// What the weight of an obstructed step is multiplied by, as "not" does.
  static let factor = -0.7
  /// How many words after the obstruction are read for its object.
  static let reach = 5

  /// Whether `term`, with lexicon weight `weight`, obstructs the step named after it.
  static func isObstruction(_ term: String, weight: Double) -> Bool {
    weight < 0 && ObstructionRule.stems.contains { term.hasPrefix($0) }
  }
}
