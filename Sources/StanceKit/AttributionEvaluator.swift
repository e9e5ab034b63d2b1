import Attribution
import Foundation
import StanceCore

/// Precision, recall and F1 of attributed statements against a gold file, with speaker and cue
/// accuracy on the matched statements, overall, by kind, and for speech-cue relations.
public struct AttributionEvaluator: Sendable {
  /// A predicted statement in Unicode-scalar offsets.
  struct Prediction {
    var content: Range<Int>
    var mention: Range<Int>?
    var cue: Range<Int>?
    var actor: String?
    var kind: StatementKind
  }

  /// Counts for one slice of the relations.
  public struct Counts: Sendable {
    public var gold = 0
    public var predicted = 0
    /// Gold relations with a matching prediction (recall).
    public var matched = 0
    /// Predictions with a matching gold relation (precision); equals `matched` except by kind.
    public var matchedPredictions = 0
    public var speakerJudged = 0
    public var speakerCorrect = 0
    public var cueJudged = 0
    public var cueCorrect = 0

    public var precision: Double { predicted == 0 ? 0 : Double(matchedPredictions) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var speakerAccuracy: Double { speakerJudged == 0 ? 0 : Double(speakerCorrect) / Double(speakerJudged) }
    public var cueAccuracy: Double { cueJudged == 0 ? 0 : Double(cueCorrect) / Double(cueJudged) }
  }

  /// The metrics at one overlap threshold.
  public struct Report: Sendable {
    public var threshold: Double
    public var all = Counts()
    public var speechCue = Counts()
    /// By gold kind for recall and by predicted kind for precision.
    public var byKind: [StatementKind: Counts] = [:]
  }

  public let pipeline: Pipeline
  let speechCues: PhraseTable
  /// The role of each entry of `speechCues`.
  let cueRoles: [ReportingCue.Role]

  public init(pipeline: Pipeline) {
    self.pipeline = pipeline
    speechCues = pipeline.attributor.cueTable
    cueRoles = pipeline.attributor.cues.map(\.role)
  }

  /// Evaluates every document at the lenient (0.3) and strict (0.8) coverage thresholds.
  public func evaluate(_ documents: [GoldDocument], jobs: Int = 1) -> [Report] {
    let predictions = BatchRunner(jobs: jobs).map(documents) { self.predict($0.document) }
    return [0.3, 0.8].map { threshold in
      var report = Report(threshold: threshold)
      for (document, predicted) in zip(documents, predictions) {
        score(document, predicted, into: &report)
      }
      return report
    }
  }

  /// The pipeline's statements for a document, in scalar offsets.
  func predict(_ document: Document) -> [Prediction] {
    let segmented = pipeline.segmenter.segment(document)
    let statements = pipeline.attributor.attribute(segmented).statements
    let converter = ScalarOffsetConverter(segmented.text)
    func scalars(_ range: TextRange) -> Range<Int> {
      converter.scalarOffset(range.start)..<converter.scalarOffset(range.end)
    }
    return statements.map {
      Prediction(
        content: scalars($0.content), mention: $0.mention.map(scalars), cue: $0.cue.map(scalars),
        actor: $0.speaker.actorID, kind: $0.kind)
    }
  }

  /// Whether a gold relation's cue is a speech cue: a reporting cue of the lexicon, or a colon. A verb
  /// of naming or of quoting is one, as in the lexicon, only when its content holds a quotation (`quotes`).
  public func isSpeechCue(_ cue: String?, quotes: Bool = true) -> Bool {
    guard let cue, !cue.isEmpty else { return false }
    if cue.trimmingCharacters(in: .whitespaces) == ":" { return true }
    let (bytes, tokens) = Tokenizer.tokenize(cue)
    return bytes.withUnsafeBufferPointer { buffer in
      tokens.withUnsafeBufferPointer { tokenBuffer in
        (0..<tokenBuffer.count).contains {
          guard let match = speechCues.longestMatch(in: buffer, tokens: tokenBuffer, at: $0) else { return false }
          return quotes || !cueRoles[Int(match.value)].needsQuotation
        }
      }
    }
  }

  /// Whether a text's scalars hold a quotation mark (" “ ” « » or a doubled apostrophe).
  static func holdsQuotation(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    let marks: Set<Unicode.Scalar> = ["\"", "“", "”", "«", "»"]
    return zip(scalars, scalars.dropFirst()).contains { $0 == "'" && $1 == "'" }
      || scalars.contains(where: marks.contains)
  }

  /// The share of the gold content's characters (its pieces) covered by `predicted`.
  static func coverage(_ predicted: Range<Int>, of gold: [Range<Int>]) -> Double {
    let total = gold.reduce(0) { $0 + $1.count }
    guard total > 0 else { return 0 }
    let overlap = gold.reduce(0) {
      $0 + max(0, min(predicted.upperBound, $1.upperBound) - max(predicted.lowerBound, $1.lowerBound))
    }
    return Double(overlap) / Double(total)
  }

  static func overlaps(_ lhs: Range<Int>?, _ rhs: Range<Int>?) -> Bool {
    guard let lhs, let rhs else { return false }
    return lhs.overlaps(rhs)
  }

  func score(_ document: GoldDocument, _ predictions: [Prediction], into report: inout Report) {
    let gold = document.relations
    // Greedy one-to-one matching, best coverage first.
    var pairs: [(gold: Int, predicted: Int, coverage: Double)] = []
    for (goldIndex, relation) in gold.enumerated() {
      for (predictedIndex, prediction) in predictions.enumerated() {
        let coverage = Self.coverage(prediction.content, of: relation.pieces)
        if coverage >= report.threshold { pairs.append((goldIndex, predictedIndex, coverage)) }
      }
    }
    pairs.sort {
      $0.coverage != $1.coverage ? $0.coverage > $1.coverage : ($0.gold, $0.predicted) < ($1.gold, $1.predicted)
    }
    var goldMatch = [Int?](repeating: nil, count: gold.count)
    var predictedMatch = [Int?](repeating: nil, count: predictions.count)
    for pair in pairs where goldMatch[pair.gold] == nil && predictedMatch[pair.predicted] == nil {
      goldMatch[pair.gold] = pair.predicted
      predictedMatch[pair.predicted] = pair.gold
    }
    // A prediction that overlaps a non-speech gold relation is neither right nor wrong for the speech-cue slice.
    let scalars = Array(document.document.text.unicodeScalars)
    let isSpeech = gold.map { relation in
      let content = scalars[
        min(relation.content.lowerBound, scalars.count)..<min(relation.content.upperBound, scalars.count)]
      return isSpeechCue(relation.cueText, quotes: AttributionEvaluator.holdsQuotation(content))
    }

    for (goldIndex, relation) in gold.enumerated() {
      var slices: [WritableKeyPath<Report, Counts>] = [\.all]
      if isSpeech[goldIndex] { slices.append(\.speechCue) }
      for slice in slices {
        report[keyPath: slice].gold += 1
        guard let predictedIndex = goldMatch[goldIndex] else { continue }
        report[keyPath: slice].matched += 1
        tally(relation, predictions[predictedIndex], into: &report[keyPath: slice])
      }
      report.byKind[relation.kind, default: Counts()].gold += 1
      if let predictedIndex = goldMatch[goldIndex] {
        report.byKind[relation.kind, default: Counts()].matched += 1
        tally(relation, predictions[predictedIndex], into: &report.byKind[relation.kind, default: Counts()])
      }
    }
    for (predictedIndex, prediction) in predictions.enumerated() {
      report.all.predicted += 1
      report.byKind[prediction.kind, default: Counts()].predicted += 1
      if let goldIndex = predictedMatch[predictedIndex] {
        report.all.matchedPredictions += 1
        report.byKind[prediction.kind, default: Counts()].matchedPredictions += 1
        if isSpeech[goldIndex] {
          report.speechCue.predicted += 1
          report.speechCue.matchedPredictions += 1
        }
      } else if !gold.indices.contains(where: { !isSpeech[$0] && prediction.content.overlaps(gold[$0].content) }) {
        report.speechCue.predicted += 1
      }
    }
  }

  func tally(_ relation: GoldRelation, _ prediction: Prediction, into counts: inout Counts) {
    if let speaker = relation.speaker {
      counts.speakerJudged += 1
      if Self.overlaps(prediction.mention, speaker)
        || (relation.speakerActor != nil && relation.speakerActor == prediction.actor)
      {
        counts.speakerCorrect += 1
      }
    } else if let actor = relation.speakerActor {
      counts.speakerJudged += 1
      if prediction.actor == actor { counts.speakerCorrect += 1 }
    }
    if let cue = relation.cue {
      counts.cueJudged += 1
      if Self.overlaps(prediction.cue, cue) { counts.cueCorrect += 1 }
    }
  }
}
