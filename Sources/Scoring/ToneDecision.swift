import StanceCore

/// How a list of evidence becomes a score and a label: the sum S of the weights, damped when the
/// statement carries more evidence than `lengthDamping`, the score S / √(S² + α), and the threshold
/// of `settings.tsv` that decided the label. The scorer and the explain trace both read it, so a
/// tone is computed in one place only.
public struct ToneDecision: Sendable, Hashable {
  /// The sum S of the evidence weights.
  public var sum: Double
  /// What S is divided by: √(n / lengthDamping) for n pieces of evidence above lengthDamping, else 1.
  public var damping: Double
  /// The α of the normalisation.
  public var normalization: Double
  /// (S / damping) / √((S / damping)² + α), or 0 without evidence.
  public var score: Double
  public var label: ToneLabel
  /// The threshold the score was compared with: the conciliatory one for scores above zero,
  /// the confrontational one otherwise.
  public var threshold: Double
  /// Whether the evidence is a report's (every piece `descriptive`, see `DescriptionRule`): its score is
  /// then drawn into the neutral band, multiplied by `reportBand` times the threshold, so that reports
  /// keep their order among themselves but are never labelled for a side however many terms they count.
  public var isReport: Bool
  /// The share of the threshold a report's score may reach.
  public static let reportBand = 0.99

  /// Decides the tone of `evidence` under `settings`.
  public init(evidence: [Evidence], settings: ScoringSettings) {
    sum = evidence.reduce(0) { $0 + $1.weight }
    let count = Double(evidence.count)
    damping =
      settings.lengthDamping > 0 && count > settings.lengthDamping ? (count / settings.lengthDamping).squareRoot() : 1
    normalization = settings.normalization
    let damped = sum / damping
    score = damped == 0 ? 0 : damped / (damped * damped + normalization).squareRoot()
    threshold = score > 0 ? settings.conciliatoryThreshold : settings.confrontationalThreshold
    isReport = !evidence.isEmpty && evidence.allSatisfy { $0.rule == ToneRules.descriptive.name }
    if isReport { score *= ToneDecision.reportBand * abs(threshold) }
    if score > 0 {
      label = score > threshold ? .conciliatory : .neutral
    } else {
      label = score < threshold ? .confrontational : .neutral
    }
  }
}
