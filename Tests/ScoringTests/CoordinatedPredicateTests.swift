import Scoring
import StanceCore
import Testing

/// "and" before a predicate of its own (a pronoun, an auxiliary, "remains") ends the negation before
/// it; a noun after "and" stays in reach.
extension ToneScorerTests {
  @Test func negationStopsAtACoordinatedPredicate() {
    let result = tone(
      "Iran has never sought confrontation and remains ready to return to the negotiating table in good faith.")
    #expect(result.evidence.contains { $0.term.hasPrefix("confrontation") && $0.rule.contains("negated") })
    #expect(!result.evidence.contains { $0.term == "negotiating table" && $0.rule.contains("negated") })
    #expect(result.label == .conciliatory)
  }

  @Test func negationStopsAtAndWill() {
    let result = tone("We did not start this escalation and will support every effort at mediation.")
    #expect(result.evidence.contains { $0.term.hasPrefix("escalat") && $0.rule.contains("negated") })
    #expect(!result.evidence.contains { $0.term.hasPrefix("mediat") && $0.rule.contains("negated") })
  }

  @Test func negationReachesANounAfterAnd() {
    let result = tone("There will be no threats and ultimatums from our side.")
    #expect(result.evidence.contains { $0.term.hasPrefix("ultimatum") && $0.rule.contains("negated") })
  }
}

/// "and that" opens a complement of its own; a refusal named as a subject ends at its verb.
extension ToneScorerTests {
  @Test func negationStopsAtAndThat() {
    let result = tone(
      "The minister said the threats would not change the plan and that the sanctions would be tightened.")
    #expect(!result.evidence.contains { $0.term.hasPrefix("sanction") && $0.rule.contains("negated") })
  }

  @Test func aRefusalEndsAtTheVerbOfItsSentence() {
    let result = tone("Their refusal to admit the monitors is a deliberate provocation.")
    #expect(result.evidence.contains { $0.term.hasPrefix("provocat") && !$0.rule.contains("negated") })
    #expect(result.label == .confrontational)
  }

  @Test func anOpenQuestionIsDamped() {
    // "whether" damps the terms of the question it opens more than "if" does.
    let result = tone("It is unclear whether negotiations will resume.")
    #expect(result.label == .neutral)
  }
}

/// "who" before a verb of its own asserts what it says, whatever negation stands before its noun.
extension ToneScorerTests {
  @Test func aWhoClauseAssertsItsVerb() {
    let result = tone("We will not take lectures from those who arm the militias on our border.")
    #expect(result.evidence.contains { $0.term.hasPrefix("militia") && !$0.rule.contains("negated") })
    #expect(result.label == .confrontational)
  }

  @Test func aModalWhoClauseKeepsTheNegation() {
    let result = tone("There is no one here who would want a war.")
    #expect(result.evidence.contains { $0.term == "war" && $0.rule.contains("negated") })
  }
}

/// A reporting verb after "and" is a predicate of its own; "why" nests a second negation; "that" or
/// "which" before a verb in -ed asserts it.
extension ToneScorerTests {
  @Test func negationStopsAtAndWarned() {
    let result = tone("The vessels entered the zone without permission and warned the patrol boats to keep away.")
    #expect(result.evidence.contains { $0.term.hasPrefix("warn") && !$0.rule.contains("negated") })
  }

  @Test func noReasonWhyTheyCannotIsAffirmative() {
    let result = tone("There is no reason why our two countries cannot be good partners.")
    #expect(!result.evidence.contains { $0.rule == "negated" })
    #expect(result.label == .conciliatory)
  }

  @Test func aRelativeBeforeAPastVerbAsserts() {
    let result = tone("We will never negotiate with the militia that shelled the hospital.")
    #expect(result.evidence.contains { $0.term == "shelled" && !$0.rule.contains("negated") })
    #expect(result.label == .confrontational)
  }

  @Test func warningAnotherPartyToStopIsADemand() {
    let result = tone("The ministry warned Manila to stop its provocations at once.")
    #expect(result.evidence.contains { $0.rule.contains("demanded") })
    #expect(result.label == .confrontational)
  }
}
