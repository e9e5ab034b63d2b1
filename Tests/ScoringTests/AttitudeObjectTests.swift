import Scoring
import StanceCore
import Testing

/// "no interest in", "no faith in": a negated noun of attitude denies what follows its "in", which
/// other prepositions would leave out of the negated phrase.
extension ToneScorerTests {
  @Test func noInterestInACeasefireDeniesTheCeasefire() {
    let result = tone("We have no interest in a ceasefire at this stage of the war.")
    #expect(result.evidence.contains { $0.term.hasPrefix("ceasefire") && $0.rule.contains("negated") })
    #expect(result.label == .confrontational)
  }

  @Test func whatsoeverBetweenNounAndPrepositionKeepsTheObject() {
    let result = tone("The junta has shown no faith whatsoever in the mediation of its neighbours.")
    #expect(result.evidence.contains { $0.term.hasPrefix("mediat") && $0.rule.contains("negated") })
  }

  @Test func otherNounsStillEndTheirPhraseAtIn() {
    // The topic after "in" is not denied: the talks took place.
    let result = tone("There was no breakthrough in the talks on Friday.")
    #expect(!result.evidence.contains { $0.term == "talks" && $0.rule.contains("negated") })
  }
}
