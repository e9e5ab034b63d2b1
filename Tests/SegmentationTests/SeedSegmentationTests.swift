import Segmentation
import StanceCore
import StanceTestSupport
import Testing

/// The segmenter on the seed articles: boilerplate out, article text in, sentences intact.
@Suite struct SeedSegmentationTests {
  let segmenter = Segmenter(lexicons: Fixtures.lexicons)

  func sentences(_ seed: String) -> [String] {
    let segmented = segmenter.segment(Fixtures.seed(seed))
    return segmented.sentences.map { segmented.text.string($0.range) }
  }

  func dropped(_ seed: String) -> [(text: String, reason: String)] {
    let segmented = segmenter.segment(Fixtures.seed(seed))
    return segmented.dropped.map { (segmented.text.string($0.range), $0.reason) }
  }

  @Test func siteFurnitureAtTheEndIsDroppedWithItsReason() {
    let spans = dropped("000")
    #expect(spans.map(\.reason) == ["source-link", "comments"])
    #expect(spans[0].text == "Source link")
    #expect(spans[1].text.hasPrefix("Comments are closed"))
    #expect(!sentences("000").contains { $0.contains("Source link") || $0.contains("Comments are closed") })
  }

  @Test func shortArticleLineIsKeptWhileNewsletterAndBioAreDropped() {
    let kept = sentences("001")
    #expect(kept.contains("Which is unlikely to happen"))
    #expect(!kept.contains { $0.contains("Subscribe to the Onet newsletter") })
    #expect(!kept.contains { $0.contains("Videogames entered his life") })
    #expect(!kept.contains { $0.contains("Editing:") })
    #expect(!kept.contains { $0.contains("The rest of the text below the video") })
    let reasons = Set(dropped("001").map(\.reason))
    #expect(reasons.isSuperset(of: ["source-link", "credits", "newsletter", "media-placeholder", "author-bio"]))
  }

  @Test func machineTranslationNoticeAndTrailingLinksAreDropped() {
    let kept = sentences("002")
    #expect(!kept.contains { $0.contains("traduit automatiquement") || $0.contains("Articles similaires") })
    #expect(dropped("002").map(\.reason).contains("machine-translation-notice"))
  }

  @Test func initialsAndTitlesDoNotEndSentences() {
    let kept = sentences("000")
    #expect(kept.contains { $0.hasPrefix("Russian Foreign Minister Sergei V. Lavrov on Friday warned") })
    #expect(kept.contains { $0.hasPrefix("But after President Biden and Mr. Putin of Russia spoke") })
    #expect(!kept.contains { $0 == "Russian Foreign Minister Sergei V." })
  }

  @Test func spacedEllipsisInsideAQuoteDoesNotEndTheSentence() {
    let kept = sentences("003")
    // The seed spaces its ellipsis with thin spaces (U+2009): ". . ." then a lower-case word.
    let sentence = kept.first { $0.contains("now has a better idea of our position") }
    #expect(sentence?.contains("why we met") == true)
    #expect(sentence?.unicodeScalars.filter { $0 == "\u{2009}" }.count == 4)
  }

  @Test func abbreviationInsidePlaceNameDoesNotEndTheSentence() {
    let kept = sentences("002")
    #expect(kept.contains { $0.contains("Brussels, Washington, D.C., and Kyiv.") })
  }

  @Test func bulletsAreTheirOwnUnits() {
    let segmented = segmenter.segment(Fixtures.seed("001"))
    let bullets = segmented.paragraphs.filter { $0.kind == .bullet }
    #expect(bullets.count == 5)
    #expect(segmented.text.string(bullets[0].range).hasPrefix("Blinken: We are strongly"))
  }

  @Test func headlineIsTheTitleParagraph() {
    let segmented = segmenter.segment(Fixtures.seed("004"))
    let title = try! #require(segmented.paragraphs.first)
    #expect(title.kind == .title)
    #expect(segmented.text.string(title.range) == "US, Russia seek to avoid nightmare confrontation over Ukraine")
  }

  @Test func sentencesOfAShortSeedAreExact() {
    // Seed 004 read by hand: the title, 18 article sentences, and the boilerplate tail dropped.
    let kept = sentences("004")
    #expect(
      kept[1]
        == "STOCKHOLM: Momentum was building on Thursday for direct talks between US President Joe Biden and Russian leader Vladimir Putin as both sides sought to avoid a “nightmare” confrontation over Ukraine."
    )
    #expect(kept.last == "“The best way to avert a crisis is through diplomacy,” Blinken said.–AFP")
    #expect(dropped("004").map(\.reason) == ["comments"])
  }

  /// Sentence counts (the title included) and dropped reasons, checked by reading each seed:
  /// every article sentence kept, every piece of site furniture dropped.
  @Test(arguments: [
    ("000", 26, ["source-link", "comments"]),
    ("001", 42, ["source-link", "media-placeholder", "credits", "newsletter", "author-bio"]),
    ("002", 33, ["photo-caption", "machine-translation-notice", "related-links"]),
    ("003", 24, ["credits", "source-link", "comments"]),
    ("004", 19, ["comments"]),
  ])
  func seedHasItsExactSentencesAndDrops(seed: String, sentenceCount: Int, reasons: [String]) {
    #expect(sentences(seed).count == sentenceCount)
    #expect(dropped(seed).map(\.reason) == reasons)
  }

  @Test func photoCaptionBetweenTheArticleAndTheNoticesIsDropped() {
    let caption = dropped("002").first { $0.reason == "photo-caption" }
    #expect(caption?.text.hasPrefix("Russian Foreign Minister Sergei Lavrov attends a joint press conference") == true)
  }

  @Test func everySentenceRangeLiesInsideItsParagraphAndTokensInsideTheSentence() {
    for document in Fixtures.seedDocuments() {
      let segmented = segmenter.segment(document)
      for sentence in segmented.sentences {
        #expect(segmented.paragraphs[sentence.paragraph].range.contains(sentence.range))
        for token in segmented.tokens[sentence.tokens] {
          #expect(sentence.range.contains(token.range))
        }
      }
    }
  }
}
