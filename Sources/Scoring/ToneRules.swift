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
  static let names: [String] = (0..<(1 << ordered.count)).map { raw in
    let rules = ToneRules(rawValue: UInt16(raw))
    let parts = ordered.filter { rules.contains($0.rule) }.map(\.name)
    return parts.isEmpty ? "term" : parts.joined(separator: "+")
  }

  var name: String { ToneRules.names[Int(rawValue)] }
}
