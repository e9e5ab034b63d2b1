import Scoring
import StanceCore
import Testing

/// Defiance of pressure, polite rebuttals, deliberate acts and warnings without tone words are
/// confrontational; shared goals, relations at their best and lifted sanctions are conciliatory.
extension ToneScorerTests {
  @Test(arguments: [
    "Our people will not be intimidated by their drills off the coast.",
    "We are not going to be intimidated by a few warships.",
    "With all due respect, the minister is simply wrong about the border.",
    "The fire at the embassy was no accident.",
    "Anyone who attacks our shipping should think twice.",
    "If they cross the line again, we will teach them a lesson.",
    "Tell the regime this is its final chance.",
    "Their tit-for-tat expulsions will backfire on them.",
    "If the shelling goes on, there will be a price to pay.",
    "The draft resolution is unbalanced and we will vote against it.",
    "Holding the sailors as bargaining chips is hostage diplomacy.",
    "State hackers have been hacking into our ministries for months.",
  ])
  func confrontationalWithoutObviousToneWords(_ text: String) {
    #expect(tone(text).label == .confrontational)
  }

  @Test(arguments: [
    "Ties between our two nations have never been stronger.",
    "Both governments share the goal of a peaceful, prosperous neighbourhood.",
    "Sanctions could be lifted once the troops are home.",
    "We are getting closer on the text of the accord.",
    "The testing moratorium has served us well, and we will respect it.",
    "It is time to bury the hatchet and make a fresh start.",
    "We want to mend ties with our neighbours and meet them halfway on the border.",
    "The talks are back on track after a difficult month.",
    "We extend a hand of friendship to the people of the island.",
  ])
  func conciliatoryPhrasings(_ text: String) {
    #expect(tone(text).label == .conciliatory)
  }

  @Test func whatIsCalledAMistakeIsRejected() {
    let result = tone("It would be a mistake to shut the door on the mediators now.")
    #expect(result.evidence.contains { $0.term == "shut the door on" && $0.rule.hasPrefix("negated") && $0.weight > 0 })
    #expect(result.label == .conciliatory)
  }

  @Test func destroyerIsAShipNotDestruction() {
    let result = tone("A destroyer sailed through the strait on Tuesday.")
    #expect(result.label == .neutral)
  }

  @Test func packageFormulaRefusesNothing() {
    #expect(tone("As always, nothing is agreed until everything is agreed.").label == .neutral)
  }
}
