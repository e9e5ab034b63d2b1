import Attribution
import StanceCore
import StanceTestSupport
import Testing

/// Who said what, on sentences from the seed articles. Expected contents are marked [[…]].
@Suite struct QuoteAttributorTests {
  struct Found: Equatable {
    var speaker: String
    var actor: String?
    var kind: StatementKind
    var content: String
    var mention: String?
    var cue: String?
  }

  func attribute(_ text: String, date: String? = "2021-12-02") -> [Found] {
    let document = Document(id: "fixture", text: text, date: date.flatMap { DocumentDate(parsing: $0) })
    let segmented = Fixtures.pipeline.segmenter.segment(document)
    let result = Fixtures.pipeline.attributor.attribute(segmented)
    return result.statements.map {
      Found(
        speaker: $0.speaker.name, actor: $0.speaker.actorID, kind: $0.kind, content: segmented.text.string($0.content),
        mention: $0.mention.map { segmented.text.string($0) }, cue: $0.cue.map { segmented.text.string($0) })
    }
  }

  @Test func speakerAfterTheQuote() {
    let marked = MarkedText(
      "“[[The civil war in Ukraine, which has been going on for eight years, is far from over]],” Lavrov said in remarks by the Russian News Agency."
    )
    let found = attribute(marked.text)
    #expect(
      found.first
        == Found(
          speaker: "Sergey Lavrov", actor: "lavrov", kind: .direct, content: marked.string(0), mention: "Lavrov",
          cue: "said"))
  }

  @Test func cueBeforeATitledNameAfterTheQuote() {
    let text = "“The date has not yet been agreed,” said Russia’s Deputy Foreign Minister Sergei Ryabkov."
    let found = attribute(text)
    #expect(found.count == 1)
    #expect(found.first?.actor == "ryabkov")
    #expect(found.first?.mention == "Sergei Ryabkov")
    #expect(found.first?.content == "The date has not yet been agreed")
  }

  @Test func speakerBeforeAGuillemetQuote() {
    let text =
      "After the meeting, Stoltenberg tweeted: « Moscow must return to diplomacy & respect Ukraine’s sovereignty & territorial integrity. NATO stands with Ukraine. »"
    let found = attribute(text)
    #expect(found.count == 1)
    #expect(found.first?.actor == "stoltenberg")
    #expect(found.first?.cue == "tweeted")
    #expect(
      found.first?.content
        == "Moscow must return to diplomacy & respect Ukraine’s sovereignty & territorial integrity. NATO stands with Ukraine."
    )
  }

  @Test func pronounTakesThePreviousSpeakerOfTheParagraph() {
    let text =
      "“Unfortunately, we see the United States supporting Kiev’s militarist intentions,” Lavrov said. “The country’s authorities do not intend to resolve the conflict” through diplomacy, he added."
    let found = attribute(text)
    #expect(found.map(\.actor) == ["lavrov", "lavrov"])
    #expect(found.last?.mention == "he")
  }

  @Test func dashLedQuoteEndsWhereItsAttributionBeginsAndItsContinuationJoinsIt() throws {
    let text =
      "– Let me emphasize that we are interested in joining our efforts to solve the Ukrainian crisis – said Lavrov. – We are ready for it."
    let document = Document(id: "dash", text: text)
    let segmented = Fixtures.pipeline.segmenter.segment(document)
    let statements = Fixtures.pipeline.attributor.attribute(segmented).statements
    // One statement by Lavrov whose two pieces are the two dash-led quotes, without the attribution.
    let statement = try #require(statements.first)
    #expect(statements.count == 1)
    #expect(statement.speaker.actorID == "lavrov")
    #expect(statement.mention.map { segmented.text.string($0) } == "Lavrov")
    #expect(statement.cue.map { segmented.text.string($0) } == "said")
    #expect(
      statement.pieces.map { segmented.text.string($0) } == [
        "Let me emphasize that we are interested in joining our efforts to solve the Ukrainian crisis",
        "We are ready for it.",
      ])
  }

  @Test func splitQuoteIsOneStatementWithTwoPieces() throws {
    let text = "“We are not threatening anyone,” Lavrov said, “and our troops are on our own territory.”"
    let segmented = Fixtures.pipeline.segmenter.segment(Document(id: "split", text: text))
    let statements = Fixtures.pipeline.attributor.attribute(segmented).statements
    #expect(statements.count == 1)
    let statement = try #require(statements.first)
    #expect(
      statement.pieces.map { segmented.text.string($0) } == [
        "We are not threatening anyone", "and our troops are on our own territory.",
      ])
  }

  @Test func pronounWithNothingBeforeItIsKeptAsUnresolved() {
    let found = attribute("“We will see,” he said.")
    #expect(found.count == 1)
    #expect(found.first?.speaker == "he")
    #expect(found.first?.actor == nil)
  }

  @Test func commonNounSourceIsAnonymous() {
    let document = Document(id: "anon", text: "A senior foreign ministry source said the talks would resume in Geneva.")
    let result = Fixtures.pipeline.attributor.attribute(Fixtures.pipeline.segmenter.segment(document))
    #expect(result.statements.first?.speaker.kind == .anonymous)
    #expect(result.statements.first?.speaker.name == "A senior foreign ministry source")
  }

  @Test func accordingToAfterTheContentNamesTheSource() {
    let found = attribute("The troops will stay until the spring, according to a Kremlin official.")
    #expect(found.first?.content == "The troops will stay until the spring")
    #expect(found.first?.cue == "according to")
  }

  @Test func doubledApostrophesQuoteLikeNewswires() {
    let found = attribute("''The sanctions will bite,'' said Mr. Blinken.")
    #expect(found.first?.content == "The sanctions will bite")
    #expect(found.first?.actor == "blinken")
  }

  @Test func quoteParagraphWithoutAttributionContinuesThePreviousParagraphsSpeaker() {
    let text =
      "“The situation in Europe is very alarming,” Ryabkov added.\n\n“It’s clear that this will be one of the main topics of discussion at the presidential level.”"
    let found = attribute(text)
    #expect(found.map(\.actor) == ["ryabkov", "ryabkov"])
    #expect(found[1].mention == nil)
  }

  @Test func quoteRunningOverTwoParagraphsIsOneStatement() {
    let text =
      "He said: « Allies are training and advising your armed forces. NATO’s support for Ukraine is not a threat to Russia.\n\n« Ukraine has the right to choose its own security arrangements. »"
    let found = attribute("Stoltenberg met Zelenskyy in Brussels.\n\n" + text)
    let quote = try! #require(found.first { $0.kind == .direct })
    #expect(quote.content.hasPrefix("Allies are training"))
    #expect(quote.content.hasSuffix("security arrangements."))
  }

  @Test func reportedSpeechIsIndirectAndKeepsNegation() {
    let found = attribute(
      "Lavrov on Thursday in Stockholm stressed that Russia does not want a new military confrontation.")
    #expect(
      found == [
        Found(
          speaker: "Sergey Lavrov", actor: "lavrov", kind: .indirect,
          content: "Russia does not want a new military confrontation.", mention: "Lavrov", cue: "stressed")
      ])
  }

  @Test func reportedSpeechWithAPartialQuoteIsMixed() {
    let found = attribute("Lavrov said Putin “was always prepared” to talk to Biden.")
    #expect(found.count == 1)
    #expect(found.first?.kind == .mixed)
    #expect(found.first?.actor == "lavrov")
    #expect(found.first?.content == "Putin “was always prepared” to talk to Biden.")
  }

  @Test func datedRoleTitleResolvesToItsHolder() {
    let text =
      "But the top US diplomat also said the US was ready to facilitate the full implementation of the Minsk accords."
    #expect(attribute(text, date: "2021-12-02").first?.actor == "blinken")
    #expect(attribute(text, date: "2016-06-01").first?.actor == "kerry")
  }

  @Test func unregisteredNameIsKeptAsWritten() {
    let found = attribute("“Bulgaria is a sovereign country,” said Marta Kowalczyk, a local mayor.")
    #expect(found.first?.speaker == "Marta Kowalczyk")
    #expect(found.first?.actor == nil)
  }

  @Test func nounUseOfACueIsNotAnAttribution() {
    let found = attribute(
      "The talks followed Moscow’s security demands over Ukraine and the alliance’s eastward expansion.")
    #expect(found.isEmpty)
  }

  @Test func scareQuotesWithoutSpeakerAreCountedAsUnattributed() {
    let document = Document(
      id: "scare", text: "The term “civil war” has spread through the region's newspapers this winter.")
    let segmented = Fixtures.pipeline.segmenter.segment(document)
    let result = Fixtures.pipeline.attributor.attribute(segmented)
    #expect(result.quotes == 1)
    #expect(result.unattributedQuotes == 1)
    #expect(result.statements.isEmpty)
  }

  @Test func targetsAreTheRegisteredActorsInTheContentButNotTheSpeaker() {
    let found = Fixtures.pipeline.attributor.attribute(
      Fixtures.pipeline.segmenter.segment(
        Document(
          id: "t", text: "Lavrov accused Nato of inching its military infrastructure closer to Russia’s borders.")))
    #expect(found.statements.first?.targets == ["nato", "russia"])
  }

  @Test func documentSpeakerOwnsEachParagraph() {
    let document = Document(
      id: "speech", text: "We call for dialogue.\n\nWe reject any threat.", speaker: "Sergey Lavrov")
    let result = Fixtures.pipeline.attributor.attribute(Fixtures.pipeline.segmenter.segment(document))
    #expect(result.statements.count == 2)
    #expect(result.statements.allSatisfy { $0.speaker.actorID == "lavrov" })
  }

  @Test func statementUnitIsOneStatement() {
    let document = Document(
      id: "unit", text: "  The parties agreed to continue talks.  ", speaker: "NATO", isStatementUnit: true)
    let segmented = Fixtures.pipeline.segmenter.segment(document)
    let result = Fixtures.pipeline.attributor.attribute(segmented)
    #expect(result.statements.count == 1)
    #expect(segmented.text.string(result.statements[0].content) == "The parties agreed to continue talks.")
    #expect(result.statements[0].speaker.actorID == "nato")
  }

  @Test func speakerTurnsAreStatementsButDatelinesAreNot() {
    let text =
      "STOCKHOLM: Momentum was building on Thursday for direct talks.\n\nPresident of Russia Vladimir Putin: Good afternoon, colleagues. We are ready to talk.\n\nQ: Will you meet again?"
    let found = attribute(text)
    #expect(found.map(\.speaker) == ["Vladimir Putin", "Q"])
    #expect(found.first?.content == "Good afternoon, colleagues. We are ready to talk.")
    #expect(found.first?.cue == ":")
  }

  @Test func invertedReportedSpeechNamesItsSpeakerAfterTheCue() {
    let found = attribute("The alliance has a strong hand in the talks, said Marta Kowalczyk, a local mayor.")
    #expect(found.first?.speaker == "Marta Kowalczyk")
    #expect(found.first?.content == "The alliance has a strong hand in the talks")
  }

  @Test func nameBeforeALongDescriptionIsTheSubject() {
    let found = attribute(
      "Oliver Hedge, who appraises golf course properties for a real estate brokerage firm, said the industry had recovered."
    )
    #expect(found.first?.speaker == "Oliver Hedge")
  }

  @Test func parentheticalAttributionSplitsTheContentIntoTwoPieces() throws {
    let text = "The two nations, Lavrov said, now have a real chance to settle the dispute."
    let segmented = Fixtures.pipeline.segmenter.segment(Document(id: "paren", text: text))
    let statement = try #require(Fixtures.pipeline.attributor.attribute(segmented).statements.first)
    #expect(statement.speaker.actorID == "lavrov")
    #expect(
      statement.pieces.map { segmented.text.string($0) } == [
        "The two nations", "now have a real chance to settle the dispute.",
      ])
  }
}
