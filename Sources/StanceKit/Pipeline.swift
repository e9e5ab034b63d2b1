import Attribution
import Scoring
import Segmentation
import StanceCore

/// One document through segment → attribute → score.
public struct DocumentResult: Sendable {
  public var segmented: SegmentedDocument
  public var attribution: AttributionResult
  public var statements: [ScoredStatement]
}

/// The stages, built once from a lexicon set (a class: calling a stage copies none of its tables).
public final class Pipeline: Sendable {
  public let lexicons: LexiconSet
  public let segmenter: Segmenter
  public let attributor: QuoteAttributor
  public let scorer: ToneScorer

  public init(lexicons: LexiconSet) {
    self.lexicons = lexicons
    segmenter = Segmenter(lexicons: lexicons)
    attributor = QuoteAttributor(lexicons: lexicons)
    scorer = ToneScorer(lexicons: lexicons)
  }

  /// Runs every stage on one document. Pure: the same document and lexicons give the same result.
  public func process(_ document: Document) -> DocumentResult {
    let segmented = segmenter.segment(document)
    let attribution = attributor.attribute(segmented)
    let statements = scorer.score(attribution.statements, in: segmented)
    return DocumentResult(segmented: segmented, attribution: attribution, statements: statements)
  }
}
