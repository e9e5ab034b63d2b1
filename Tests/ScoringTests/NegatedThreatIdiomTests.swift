import Scoring
import StanceCore
import Testing

/// Idioms whose negator belongs to the threat or accusation itself, so negation must not turn them
/// into reassurance, and idioms that turn a conciliatory word against itself.
extension ToneScorerTests {
  @Test(arguments: [
    "They won't get away with the shelling of our cities.",
    "Whoever ordered this will not get away with it, the minister said.",
    "The militia broke the ceasefire within hours of its signing.",
    "The so-called peace plan is a list of demands dressed up as diplomacy.",
    "The authorities refuse to let the aid convoys through the crossing.",
    "Any attack on our territory will be met with full force.",
  ])
  func negatedOrTurnedIdiomIsConfrontational(_ text: String) {
    #expect(tone(text).label == .confrontational)
  }

  @Test func deniedThreatToAnyoneIsConciliatory() {
    let result = tone("Our exercises are defensive and pose no threat to anyone.")
    #expect(result.label == .conciliatory)
    #expect(result.evidence.contains { $0.term == "pose no threat" && $0.weight > 0 })
  }
}

extension ToneScorerTests {
  @Test func refusalToLetAStepThroughObstructsIt() {
    let result = tone("The authorities refuse to let the aid convoys through the crossing.")
    #expect(result.evidence.contains { $0.term == "aid" && $0.weight < 0 })
  }
}

/// Words of conflict in a sense that carries none: a document's annex, a common fight against a problem.
extension ToneScorerTests {
  @Test func annexOfADocumentIsNoAnnexation() {
    let result = tone("The 12 entities listed in the annex are covered from Monday.")
    #expect(!result.evidence.contains { $0.term == "annex*" })
    #expect(result.label == .neutral)
  }

  @Test func commonFightAgainstAProblemIsNotForce() {
    let result = tone("We will fight climate change side by side with our partners.")
    #expect(!result.evidence.contains { $0.term == "fight*" })
    #expect(result.label != .confrontational)
  }
}
