import Attribution
import StanceCore
import Testing

/// Subjects that do not stand right before their cue as a name or a determiner phrase: a subject
/// interrupted by a parenthesis between dashes, the noun a restrictive relative describes, a bare
/// collective noun, a bare plural inside an object relative, a source phrase after a quote, a
/// determiner phrase with a participle before its noun, and a subject with a day before its cue.
@Suite struct SubjectPhraseTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    // A day between the subject and its cue is not the subject.
    Case(
      text: "In a statement, the Vermont Democrat on Tuesday dismissed the plan as a gimmick.",
      content: "the plan as a gimmick.", mention: "Vermont Democrat", cue: "dismissed"),
    // A title with its connectors between the comma and the name after the content.
    Case(
      text: "The union will sit out the election, the Director of Government Affairs Phil Smith told reporters.",
      content: "The union will sit out the election", mention: "Phil Smith", cue: "told reporters"),
    // So is a span of time ("last week", "on Sunday night", "earlier this month").
    Case(
      text: "Senator Maria Lopez last week said the committee would review the surveillance program.",
      content: "the committee would review the surveillance program.", mention: "Senator Maria Lopez", cue: "said"),
    Case(
      text: "The governor on Sunday night said the evacuation order would stay in place.",
      content: "the evacuation order would stay in place.", mention: "governor", cue: "said"),
    Case(
      text: "Defense officials earlier this month warned that the shipments could be delayed.",
      content: "the shipments could be delayed.", mention: "Defense officials", cue: "warned"),
    // A participle after the determiner modifies the noun.
    Case(
      text: "The bridge vote is set for May.\n\nThe self-described fiscal hawk said the bridge would cost too much.",
      content: "the bridge would cost too much.", mention: "The self-described fiscal hawk", cue: "said"),
    Case(
      text: "Maria Chen — a nurse from Toledo — said the hospital had run out of beds.",
      content: "the hospital had run out of beds.", mention: "Maria Chen", cue: "said"),
    Case(
      text: "Local farmers -- and some of their suppliers -- say the new tariff will ruin them.",
      content: "the new tariff will ruin them.", mention: "Local farmers", cue: "say"),
    Case(
      text: "The measure drew support from independent voters who said the old tax was unfair.",
      content: "the old tax was unfair.", mention: "independent voters", cue: "said"),
    Case(
      text: "The store on Main Street was closed for most of Friday, police said.",
      content: "The store on Main Street was closed for most of Friday", mention: "police", cue: "said"),
    Case(
      text: "The senator released the emails that investigators said she had deleted.",
      content: "she had deleted.", mention: "investigators", cue: "said"),
    // After a quote: a phrase that is neither a bare name nor a determiner phrase.
    Case(
      text: "The judge heard the case on Monday. “The harm is incalculable,” federal prosecutors wrote.",
      content: "The harm is incalculable", mention: "federal prosecutors", cue: "wrote"),
    Case(
      text:
        "The report was released on Friday. “The facts have not changed,” a spokesman for committee Democrats said.",
      content: "The facts have not changed", mention: "a spokesman for committee Democrats", cue: "said"),
    Case(
      text: "“Loud footsteps upstairs could shake the races below,” veteran analyst Jo Reyes wrote.",
      content: "Loud footsteps upstairs could shake the races below", mention: "Jo Reyes", cue: "wrote"),
  ]

  @Test(arguments: cases) func theSubjectIsFound(_ example: Case) {
    example.expectFound()
  }

  /// A restrictive relative before a cue that is not a plain speech verb describes its noun.
  @Test func aRelativeBeforeAnotherCueDescribesItsNoun() {
    let found = QuoteAttributorTests().attribute(
      "The firm hired a former prosecutor who has accused the city of fraud.")
    #expect(!found.contains { $0.cue == "accused" })
  }

  /// A title quoted inside the narration is not an utterance of the phrase after it.
  @Test func aTitleInTheNarrationIsNoQuote() {
    let found = QuoteAttributorTests().attribute("She spoke on “Meet the Voters,” federal prosecutors said.")
    #expect(!found.contains { $0.content == "Meet the Voters" })
  }
}
