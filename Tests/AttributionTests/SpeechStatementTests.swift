import Attribution
import StanceCore
import StanceTestSupport
import Testing

/// A document with its own speaker (a speech delivered by a delegation): its sentences are the
/// speaker's statements; a quotation the speech attributes to someone else is that person's.
@Suite struct SpeechStatementTests {
  /// Hard-wrapped lines and no blank line between paragraphs, as speech transcripts often come.
  static let speech = """
    Mr. President, allow me to congratulate you on your election. We are ready
    to work with all delegations in a spirit of cooperation.
    The expansion of military blocs threatens the security of Europe.
    As Secretary-General Jens Stoltenberg said, “NATO stands with Ukraine.”
    """

  func statements() -> (SegmentedDocument, [Statement]) {
    let document = Document(
      id: "speech", text: Self.speech, date: DocumentDate(year: 2021), speaker: "Sergey Lavrov")
    let segmented = Fixtures.pipeline.segmenter.segment(document)
    return (segmented, Fixtures.pipeline.attributor.attribute(segmented).statements)
  }

  @Test func eachSentenceIsAStatementOfTheDocumentsSpeaker() {
    let (document, statements) = statements()
    let own = statements.filter { $0.speaker.actorID == "lavrov" }.map { document.text.string($0.content) }
    #expect(
      own.prefix(3) == [
        "Mr. President, allow me to congratulate you on your election.",
        "We are ready\nto work with all delegations in a spirit of cooperation.",
        "The expansion of military blocs threatens the security of Europe.",
      ])
  }

  @Test func aQuotationOfSomeoneElseIsTheirs() {
    let (document, statements) = statements()
    let quoted = statements.filter { $0.speaker.actorID == "stoltenberg" }
    #expect(quoted.count == 1)
    #expect(quoted.first.map { document.text.string($0.content) } == "NATO stands with Ukraine.")
    // The sentence that is mostly the quotation is not also the speech's.
    let own = statements.filter { $0.speaker.actorID == "lavrov" }.map { document.text.string($0.content) }
    #expect(own.count == 3)
    #expect(!own.contains { $0.contains("NATO stands with Ukraine") })
  }
}
