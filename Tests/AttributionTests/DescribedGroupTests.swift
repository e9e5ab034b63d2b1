import Attribution
import StanceCore
import Testing

/// A common-noun source described by a prepositional phrase right before the cue ("Critics of the
/// council’s plan said …") is the speaker; a phrase that only sets the scene is not.
@Suite struct DescribedGroupTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Critics of the council’s plan said the new fees would drive shops away.",
      content: "the new fees would drive shops away.", mention: "Critics of the council’s plan", cue: "said"),
    Case(
      text: "The museum has lost money for years.\n\nPeople with knowledge of the board’s finances said it "
        + "would close in June.",
      content: "it would close in June.", mention: "People with knowledge of the board’s finances", cue: "said"),
  ]

  @Test(arguments: cases) func theDescribedGroupSpeaks(_ example: Case) {
    example.expectFound()
  }

  @Test func aSceneSettingPhraseIsNoSpeaker() {
    let found = QuoteAttributorTests().attribute(
      "After years of the mayor’s delays residents said the road was unsafe.")
    #expect(!found.contains { $0.mention?.hasPrefix("years") == true }, "\(found.map { $0.mention ?? "" })")
  }
}
