import Attribution
import StanceCore
import Testing

/// Cues whose speaker is named elsewhere in the sentence: coordinated verbs, participles, relatives,
/// interruptions, titled names and poll shares.
@Suite struct SharedSubjectTests {
  typealias Case = AttributionCase

  static let cases: [Case] = [
    Case(
      text: "Lavrov dismissed the warnings as hysteria and accused the West of stoking tension in Donbas.",
      content: "the West of stoking tension in Donbas.", speaker: "Sergey Lavrov", cue: "accused"),
    Case(
      text: "Lavrov dismissed the warnings as hysteria and accused the West of stoking tension in Donbas.",
      content: "the warnings as hysteria", speaker: "Sergey Lavrov", cue: "dismissed"),
    Case(
      text: "“We are open to talks,” Stoltenberg told reporters in Brussels, adding that the door stays open.",
      content: "the door stays open.", speaker: "Jens Stoltenberg", cue: "adding"),
    Case(
      text: "Zelenskyy later clarified his remarks by saying that Ukraine would not give up any territory.",
      content: "Ukraine would not give up any territory.", speaker: "Volodymyr Zelenskyy", cue: "saying"),
    Case(
      text: "The offer was a reply to Macron, who said on Monday that Europe needed its own security talks.",
      content: "Europe needed its own security talks.", speaker: "Emmanuel Macron", cue: "said"),
    Case(
      text: "Blinken, at a news conference in Berlin after the meeting, rejected the idea of a buffer zone.",
      content: "the idea of a buffer zone.", speaker: "Antony Blinken", cue: "rejected"),
    Case(
      text: "“The sanctions will stay until the troops leave,” EU foreign policy chief Josep Borrell said.",
      content: "The sanctions will stay until the troops leave", speaker: "Josep Borrell", cue: "said"),
    Case(
      text: "In the survey, 41 percent said the talks had failed.", content: "the talks had failed.",
      speaker: "41 percent", cue: "said"),
    // A share opening an absolute phrase has a participle of its own.
    Case(
      text: "The mayor's standing improved, with 38 percent of residents saying the buses run on time.",
      content: "the buses run on time.", mention: "38 percent of residents", cue: "saying"),
    Case(
      text: "The troops will remain near the border until spring, according to Jens Stoltenberg, the alliance's chief.",
      content: "The troops will remain near the border until spring", speaker: "Jens Stoltenberg",
      cue: "according to"),
    Case(
      text: "Erdogan said last week that Turkey was ready to host the talks.",
      content: "Turkey was ready to host the talks.", speaker: "Recep Tayyip Erdoğan", cue: "said"),
  ]

  @Test(arguments: cases) func speakerIsFoundAcrossTheSentence(_ example: Case) {
    example.expectFound()
  }

  @Test func aPassiveReportsNobody() {
    let found = QuoteAttributorTests().attribute("The envoy was warned against travelling to the region.")
    #expect(found.isEmpty)
  }

  @Test func aClaimInsideReportedSpeechIsNotASecondReport() {
    let found = QuoteAttributorTests().attribute(
      "Blinken rejected the claim that NATO threatened Russia.", date: "2021-12-02")
    #expect(found.count == 1)
    #expect(found.first?.cue == "rejected")
  }

  @Test func aQuoteCarriesOnOverTheNarrationBetween() {
    let text =
      "“We are not threatening anyone,” Lavrov said during a news conference in Moscow on Friday. "
      + "“Our troops are on our own territory.”"
    let found = QuoteAttributorTests().attribute(text)
    #expect(found.count == 1)
    #expect(found.first?.content.hasSuffix("Our troops are on our own territory.") == true)
  }

  @Test func aTitleInQuotesIsNoContinuation() {
    let text = "“We are ready,” Lavrov said. He later praised the documentary “Crossroads.”"
    let found = QuoteAttributorTests().attribute(text)
    #expect(!found.contains { $0.content == "Crossroads." })
  }
}

/// "On Tuesday evening Governor Ruth Alder signed …, saying …": a day phrase with no comma before the
/// sentence's subject is not the subject.
@Suite struct DayPhraseSubjectTests {
  @Test func theSubjectAfterADayPhraseSpeaks() {
    AttributionCase(
      text:
        "State budget.\n\nOn Tuesday evening Governor Ruth Alder signed the budget, saying the state could not wait "
        + "any longer.",
      content: "the state could not wait any longer.", mention: "Ruth Alder", cue: "saying"
    ).expectFound()
  }
}

/// "It was too late, Okafor said, so …": the name between a comma and its cue speaks, not the
/// sentence's opening pronoun or place.
@Suite struct ParentheticalNameTests {
  static let cases: [AttributionCase] = [
    AttributionCase(
      text: "Harbor works.\n\nIt was too late to save the pier, Okafor said, so the council voted to rebuild it.",
      content: "It was too late to save the pier, Okafor said, so the council voted to rebuild it.",
      mention: "Okafor", cue: "said"),
    AttributionCase(
      text: "Harbor works.\n\nIn Lagos, Okafor hopes to finish the new pier before the rains.",
      content: "to finish the new pier before the rains.", mention: "Okafor", cue: "hopes"),
  ]

  @Test(arguments: cases) func theNameBeforeTheCueSpeaks(_ example: AttributionCase) {
    example.expectFound()
  }
}

extension SharedSubjectTests {
  /// A subject before an irregular past tense is still the subject of a participle cue after it.
  @Test func subjectBeforeAnIrregularPastSharesTheParticiple() {
    let found = QuoteAttributorTests().attribute(
      "The senator began by talking about the drug crisis, saying that heroin is now cheaper than candy.")
    #expect(found.contains { $0.cue == "saying" && $0.content == "heroin is now cheaper than candy." })
  }
}
