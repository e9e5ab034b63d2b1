import Attribution
import StanceCore
import Testing

/// A question put to someone in a clause without its own subject is a statement whose content is the
/// question; the one who asked is its speaker when named, and never an antecedent.
@Suite struct QuestionStatementTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Asked about the tariffs, the senator said he would wait for the report.", content: "about the tariffs",
      speaker: "questioner"),
    Case(
      text: "The senator, when asked whether she would run, smiled and said nothing.",
      content: "whether she would run", speaker: "questioner"),
    Case(
      text: "Asked by a caller why the plant closed, the mayor blamed the state.", content: "why the plant closed",
      speaker: "a caller"),
    Case(
      text: "She was asked about the budget at the hearing.", content: "about the budget at the hearing.",
      speaker: "questioner"),
  ]

  @Test(arguments: cases) func theQuestionIsAStatement(_ example: Case) {
    example.expectFound()
    let found = QuoteAttributorTests().attribute(example.text, date: "2022-02-01")
    #expect(found.first { $0.content == example.content }?.cue?.lowercased() == "asked")
  }

  /// The answer keeps its own speaker: the question does not become the pronoun's antecedent.
  @Test func thePronounAfterTheQuestionResolvesToTheEarlierSpeaker() {
    let found = QuoteAttributorTests().attribute(
      "Ann Fields said the fair went well. Asked about the tariffs, she said she would wait for the report.")
    let answer = found.first { $0.content == "she would wait for the report." }
    #expect(answer?.speaker == "Ann Fields")
  }

  /// A request with a subject ("She asked the court to …") stays that subject's statement.
  @Test func anAskWithASubjectIsNoQuestion() {
    let found = QuoteAttributorTests().attribute("The lawyer asked the court to delay the trial.")
    #expect(!found.contains { $0.speaker == "questioner" })
  }
}

/// "Asked whether …, the minister said no.": a bare yes or no after the cue is the answer, not a tail
/// that sends the content back before the speaker.
@Suite struct BareAnswerTests {
  @Test func aBareNoIsTheAnswer() {
    AttributionCase(
      text: "Border talks.\n\nAsked whether the talks would resume this month, the foreign minister said no.",
      content: "no.", mention: "foreign minister", cue: "said"
    ).expectFound()
    let found = QuoteAttributorTests().attribute(
      "Border talks.\n\nAsked whether the talks would resume this month, the foreign minister said no.")
    #expect(!found.contains { $0.cue == "said" && $0.content.hasPrefix("Asked") }, "\(found.map(\.content))")
  }
}

/// "The mayor was asked by a reporter, “…”": the agent of the passive "asked" speaks the quoted question.
@Suite struct QuestionAgentTests {
  @Test func theAgentOfAskedSpeaksTheQuote() {
    AttributionCase(
      text:
        "Council race.\n\nThe mayor was asked by Nina Patel, who moderated the debate, “Will you serve a full term?”",
      content: "Will you serve a full term?", mention: "Nina Patel", cue: "asked"
    ).expectFound()
  }
}
