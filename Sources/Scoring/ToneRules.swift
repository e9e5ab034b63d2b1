/// The rules that changed a tone term's weight, as a set of bits, and their names in evidence
/// ("negated+after-contrast"). Every name is built once, so scoring allocates no rule strings.
struct ToneRules: OptionSet, Sendable {
  let rawValue: UInt16

  init(rawValue: UInt16) { self.rawValue = rawValue }

  static let negated = ToneRules(rawValue: 1 << 0)
  static let doubleNegated = ToneRules(rawValue: 1 << 1)
  static let countered = ToneRules(rawValue: 1 << 2)
  static let boosted = ToneRules(rawValue: 1 << 3)
  static let hedged = ToneRules(rawValue: 1 << 4)
  static let conceded = ToneRules(rawValue: 1 << 5)
  static let conditional = ToneRules(rawValue: 1 << 6)
  static let afterContrast = ToneRules(rawValue: 1 << 7)
  static let question = ToneRules(rawValue: 1 << 8)
  static let demanded = ToneRules(rawValue: 1 << 9)
  static let beforeContrast = ToneRules(rawValue: 1 << 10)
  static let dismissed = ToneRules(rawValue: 1 << 11)
  static let descriptive = ToneRules(rawValue: 1 << 12)

  /// The rules in the order they are applied and named.
  static let ordered: [(rule: ToneRules, name: String)] = [
    (.negated, "negated"), (.doubleNegated, "double-negated"), (.countered, "countered"), (.boosted, "boosted"),
    (.hedged, "hedged"), (.conceded, "conceded"), (.conditional, "conditional"), (.afterContrast, "after-contrast"),
    (.beforeContrast, "before-contrast"), (.question, "question"), (.demanded, "demanded"),
    (.dismissed, "dismissed"), (.descriptive, "descriptive"),
  ]

  /// The evidence name of every set of rules, indexed by its raw value: "term" for none.
  /// Each name extends the name of the same set without its last rule in `ordered`, so the table is
  /// built with one concatenation per entry.
  static let names: [String] = {
    var names = [String](repeating: "term", count: 1 << ordered.count)
    // The sets of the rules before the current one in `ordered`, with their names.
    var earlier: [(rules: ToneRules, name: String)] = [([], "")]
    earlier.reserveCapacity(names.count)
    for entry in ordered {
      for set in earlier {
        let named = (
          rules: set.rules.union(entry.rule), name: set.name.isEmpty ? entry.name : set.name + "+" + entry.name
        )
        names[Int(named.rules.rawValue)] = named.name
        earlier.append(named)
      }
    }
    return names
  }()

  var name: String { ToneRules.names[Int(rawValue)] }
}
