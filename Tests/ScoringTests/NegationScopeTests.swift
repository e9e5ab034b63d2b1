import Scoring
import StanceCore
import Testing

/// A determiner negator ("no", "without") negates the noun phrase it opens, not the topic after it.
extension ToneScorerTests {
  @Test func determinerNegationEndsBeforeTheTopic() {
    let result = tone("No progress has been made in the talks on the grain corridor.")
    #expect(result.evidence.contains { $0.term == "progress" && $0.rule == "negated" })
    #expect(result.evidence.contains { $0.term == "talks" && $0.rule == "term" && $0.weight > 0 })
  }

  @Test func determinerNegationEndsAtAPreposition() {
    let result = tone("No ceasefire in the north has held for long with the shelling going on.")
    #expect(result.evidence.contains { $0.term.hasPrefix("ceasefire") && $0.rule == "negated" })
    #expect(result.evidence.contains { $0.term == "shelling" && $0.rule == "term" && $0.weight < 0 })
  }

  @Test func topicOfANegatedNounCarriesNoTone() {
    let result = tone("There was no agreement on the ceasefire during the night.")
    #expect(result.evidence.contains { $0.term.hasPrefix("agree") && $0.rule == "negated" })
    #expect(!result.evidence.contains { $0.term.hasPrefix("ceasefire") })
  }

  @Test func topicEndsWithItsNounPhrase() {
    let result = tone("We saw no movement on the peace agreement, and the shelling went on.")
    #expect(!result.evidence.contains { $0.term == "peace agreement" })
    #expect(result.evidence.contains { $0.term == "shelling" && $0.weight < 0 })
  }

  @Test func determinerNegationReachesAComplementWithOf() {
    let result = tone("There is no sign of progress toward a settlement.")
    #expect(result.evidence.contains { $0.term == "progress" && $0.rule == "negated" })
    #expect(result.label == .confrontational)
  }

  @Test func determinerNegationReachesItemsJoinedByOr() {
    let result = tone("We will accept no threats or ultimatums from anyone.")
    #expect(!result.evidence.contains { $0.weight < 0 })
  }

  @Test func adverbialNegationStillReachesTheClause() {
    let result = tone("They have not made progress on the peace agreement.")
    #expect(result.evidence.contains { $0.term == "peace agreement" && $0.rule == "negated" })
  }
}

extension ToneScorerTests {
  @Test func relativeClauseAfterTheTopicResumesTheNegation() {
    let result = tone("There is no quarrel over the river that cannot be resolved through negotiations.")
    #expect(result.evidence.contains { $0.term.hasPrefix("negotiat") && $0.rule == "double-negated" && $0.weight > 0 })
    #expect(!result.evidence.contains { $0.weight < 0 })
  }
}
