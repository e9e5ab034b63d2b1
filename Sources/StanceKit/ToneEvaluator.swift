import Foundation
import StanceCore

/// The tone scorer against labelled statements: the AUC of the confrontational score against
/// conflict, label agreement (macro-F1) and a confusion table.
public struct ToneEvaluator: Sendable {
  /// One labelled statement: its text, speaker and polarity (-1 conflict, 0 neutral, +1 cooperation).
  public struct Item: Sendable {
    public var id: String
    public var text: String
    public var speaker: String?
    public var polarity: Int
  }

  public struct Report: Sendable {
    /// Items scored (records labelled "irrelevant" are left out).
    public var count = 0
    /// Area under the ROC curve of -score as a detector of conflict, among ±1 items.
    public var auc = 0.0
    public var macroF1 = 0.0
    /// confusion[gold][predicted], indices 0 confrontational, 1 neutral, 2 conciliatory.
    public var confusion = [[Int]](repeating: [0, 0, 0], count: 3)
    /// Share of items with any evidence.
    public var coverage = 0.0
  }

  public let pipeline: Pipeline

  public init(pipeline: Pipeline) {
    self.pipeline = pipeline
  }

  /// Reads `label_polarity` (-1/0/+1) or `label` (confrontational / neutral / conciliatory) from
  /// JSON Lines; records whose `label_name` is "irrelevant" are left out.
  public static func read(path: String) throws -> [Item] {
    var items: [Item] = []
    for (lineNumber, record) in try JSONLinesFile.records(path: path) {
      let location = "\(path):\(lineNumber)"
      guard let text = record["text"] as? String else { throw StanceError.usage("\(location): no \"text\" string") }
      if record["label_name"] as? String == "irrelevant" { continue }
      var polarity: Int? = (record["label_polarity"] as? NSNumber)?.intValue
      if polarity == nil, let label = record["label"] as? String {
        polarity = ["confrontational": -1, "neutral": 0, "conciliatory": 1][label]
      }
      guard let polarity, (-1...1).contains(polarity) else {
        throw StanceError.usage("\(location): no label_polarity (-1, 0, 1) or label")
      }
      let id = (record["id"] as? String) ?? "line-\(lineNumber)"
      items.append(Item(id: id, text: text, speaker: record["speaker"] as? String, polarity: polarity))
    }
    return items
  }

  /// Scores every item as one statement and compares with its label.
  public func evaluate(_ items: [Item], jobs: Int = 1) -> Report {
    let tones = BatchRunner(jobs: jobs).map(items) { item -> Tone in
      let document = Document(id: item.id, text: item.text, speaker: item.speaker, isStatementUnit: true)
      let result = pipeline.process(document)
      return result.statements.first?.tone ?? Tone(score: 0, label: .neutral, evidence: [])
    }
    var report = Report()
    report.count = items.count
    func index(_ label: ToneLabel) -> Int { label == .confrontational ? 0 : (label == .neutral ? 1 : 2) }
    for (item, tone) in zip(items, tones) {
      report.confusion[item.polarity + 1][index(tone.label)] += 1
    }
    report.coverage = items.isEmpty ? 0 : Double(tones.filter { !$0.evidence.isEmpty }.count) / Double(items.count)
    let present = (0..<3).filter { report.confusion[$0].reduce(0, +) > 0 }
    let f1s = present.map { label -> Double in
      let truePositive = Double(report.confusion[label][label])
      let predicted = Double((0..<3).reduce(0) { $0 + report.confusion[$1][label] })
      let actual = Double(report.confusion[label].reduce(0, +))
      let precision = predicted == 0 ? 0 : truePositive / predicted
      let recall = actual == 0 ? 0 : truePositive / actual
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
    report.macroF1 = f1s.isEmpty ? 0 : f1s.reduce(0, +) / Double(f1s.count)
    let conflict = zip(items, tones).filter { $0.0.polarity == -1 }.map { -$0.1.score }
    let cooperation = zip(items, tones).filter { $0.0.polarity == 1 }.map { -$0.1.score }
    report.auc = ToneEvaluator.auc(positives: conflict, negatives: cooperation)
    return report
  }

  /// The probability that a random positive outranks a random negative (ties count half).
  /// - Complexity: O((p + n) log(p + n)).
  public static func auc(positives: [Double], negatives: [Double]) -> Double {
    guard !positives.isEmpty, !negatives.isEmpty else { return 0 }
    let all = (positives.map { ($0, true) } + negatives.map { ($0, false) }).sorted { $0.0 < $1.0 }
    var rankSumPositives = 0.0
    var index = 0
    while index < all.count {
      var next = index
      while next < all.count, all[next].0 == all[index].0 { next += 1 }
      let averageRank = Double(index + next + 1) / 2  // ranks are 1-based
      for position in index..<next where all[position].1 { rankSumPositives += averageRank }
      index = next
    }
    let p = Double(positives.count)
    let n = Double(negatives.count)
    return (rankSumPositives - p * (p + 1) / 2) / (p * n)
  }
}
