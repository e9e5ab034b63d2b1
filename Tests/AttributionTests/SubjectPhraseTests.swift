import Attribution
import StanceCore
import Testing

/// Subjects that do not stand right before their cue as a name or a determiner phrase: a subject
/// interrupted by a parenthesis between dashes, the noun a restrictive relative describes, a bare
/// collective noun, and a bare plural inside an object relative.
@Suite struct SubjectPhraseTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
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
}
