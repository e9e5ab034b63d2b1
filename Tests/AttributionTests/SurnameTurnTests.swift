import Attribution
import StanceCore
import Testing

/// A lone surname before a colon opens a statement ("Okafor: Budget talks will resume") when the
/// article uses it as a surname elsewhere; a heading word or a tally does not.
@Suite struct SurnameTurnTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Okafor: Budget talks will resume next week.\n\nSenator Adaeze Okafor told a town hall on Monday that "
        + "negotiators were close.",
      content: "Budget talks will resume next week.", mention: "Okafor", cue: ":"),
    Case(
      text: "The debate turned to trade.\n\nBrandvold: “Our farmers cannot wait another season.”\n\n"
        + "Ingrid Brandvold, who chairs the committee, spoke first.",
      content: "“Our farmers cannot wait another season.”", mention: "Brandvold", cue: ":"),
  ]

  @Test(arguments: cases) func theSurnameSpeaks(_ example: Case) {
    example.expectFound()
  }

  @Test(arguments: [
    // A common noun that the article also writes in lower case.
    "Survey: Most voters back the levy.\n\nA new Harbor Survey found support rising, and the survey will run again.",
    // A word never used after a given name.
    "Update: The bridge reopens at noon.\n\nCrews finished repairs overnight.",
    // A tally, not a statement.
    "Results so far.\n\nHalvorsen: 412.\n\nMarit Halvorsen leads the count.",
  ])
  func aHeadingWordOrTallyIsNoSpeaker(_ text: String) {
    let found = QuoteAttributorTests().attribute(text)
    #expect(!found.contains { $0.cue == ":" }, "\(found.map(\.content))")
  }
}
