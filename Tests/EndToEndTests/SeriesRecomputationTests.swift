import Foundation
import StanceKit
import StanceTestSupport
import Testing

/// series.csv recomputed from statements.jsonl by a separate, plain calculation: the means, medians,
/// t-intervals and counts must agree to the printed precision.
@Suite struct SeriesRecomputationTests {
  /// Statements of two ministers, one a line, over three months; the tone comes from the scorer.
  static let corpus = [
    ("2021-11-03", "Sergey Lavrov", "We are ready for dialogue and welcome the constructive proposals."),
    ("2021-11-10", "Sergey Lavrov", "NATO's reckless expansion threatens our security and we will respond."),
    ("2021-11-17", "Sergey Lavrov", "The talks were useful and frank."),
    ("2021-12-01", "Sergey Lavrov", "We condemn the provocations and warn of serious consequences."),
    ("2021-12-08", "Sergey Lavrov", "Ukraine is pulled into NATO, a direct threat to Russia."),
    ("2021-11-05", "Antony Blinken", "We are committed to diplomacy and to a peaceful resolution."),
    ("2021-11-12", "Antony Blinken", "Any aggression would be met with severe sanctions."),
    ("2021-12-02", "Antony Blinken", "We welcome the agreement to continue talks."),
    ("2021-12-09", "Antony Blinken", "We thank our allies for their support and cooperation."),
    ("2021-12-16", "Antony Blinken", "Russia's military build-up is deeply concerning."),
    ("2022", "Antony Blinken", "We stand ready to work together in good faith."),
  ]

  func writeCorpus(to url: URL) throws {
    let lines = Self.corpus.enumerated().map { index, row in
      let (date, speaker, text) = row
      return
        "{\"id\":\"s\(index)\",\"date\":\"\(date)\",\"speaker\":\"\(speaker)\",\"unit\":\"statement\",\"text\":\"\(text)\"}"
    }
    try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
  }

  struct Cell {
    var scores: [Double] = []
  }

  func fixed(_ value: Double) -> String { String(format: "%.4f", value) }

  func recompute(_ folder: URL) throws -> [String: [String]] {
    let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent("statements.jsonl")), as: UTF8.self)
    var cells: [String: Cell] = [:]
    for line in text.split(separator: "\n") {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      guard (object["speaker_kind"] as? String) != "unresolved" else { continue }
      let actor = (object["actor"] as? String) ?? (object["speaker"] as! String)
      let date = object["date"] as? String ?? "undated"
      let month = date.count >= 7 ? String(date.prefix(7)) : date
      cells["\(actor),\(month)", default: Cell()].scores.append(object["score"] as! Double)
    }
    var rows: [String: [String]] = [:]
    for (key, cell) in cells {
      let scores = cell.scores.sorted()
      let n = Double(scores.count)
      let mean = scores.reduce(0, +) / n
      let middle = scores.count / 2
      let median = scores.count % 2 == 1 ? scores[middle] : (scores[middle - 1] + scores[middle]) / 2
      var interval = ["", ""]
      if scores.count > 1 {
        let variance = scores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)
        // Two-sided 95% Student t quantiles for 1 to 20 degrees of freedom, from a printed table.
        let t = [
          12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
          2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        ][scores.count - 2]
        let half = t * variance.squareRoot() / n.squareRoot()
        interval = [fixed(max(-1, mean - half)), fixed(min(1, mean + half))]
      }
      rows[key] = [String(scores.count), fixed(mean), fixed(median)] + interval
    }
    return rows
  }

  /// Whether two rows agree: the same count, and every figure within one unit of the last printed digit.
  func agree(_ lhs: [String]?, _ rhs: [String]?) -> Bool {
    guard let lhs, let rhs, lhs.count == rhs.count, lhs.first == rhs.first else { return false }
    return zip(lhs.dropFirst(), rhs.dropFirst()).allSatisfy { left, right in
      if left.isEmpty || right.isEmpty { return left == right }
      guard let a = Double(left), let b = Double(right) else { return false }
      return abs(a - b) <= 0.00011
    }
  }

  func seriesRows(_ folder: URL) throws -> [String: [String]] {
    let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent("series.csv")), as: UTF8.self)
    var rows: [String: [String]] = [:]
    for line in text.split(separator: "\n").dropFirst(2) {
      // No fixture name holds a comma: fields split plainly.
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      // actor, name, period, n, mean, median, sd, lo, hi, ...
      rows["\(fields[0]),\(fields[2])"] = [fields[3], fields[4], fields[5], fields[7], fields[8]]
    }
    return rows
  }

  func score(_ inputs: [String], into folder: URL) throws {
    var options = ScoreOptions()
    options.inputs = inputs
    options.lexiconFolder = Fixtures.lexiconFolder
    options.outputFolder = folder
    options.aggregation.collapsesDuplicates = false
    options.jobs = 2
    _ = try ScoreRun.run(options)
  }

  @Test func fixtureCorpusSeriesMatchesAnIndependentCalculation() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("ministers.jsonl")
    try writeCorpus(to: corpus)
    let folder = root.appendingPathComponent("out")
    try score([corpus.path], into: folder)
    let expected = try recompute(folder)
    let actual = try seriesRows(folder)
    // Lavrov in two months, Blinken in two months and a year-only 2022 cell.
    #expect(
      Set(actual.keys) == ["lavrov,2021-11", "lavrov,2021-12", "blinken,2021-11", "blinken,2021-12", "blinken,2022"])
    for (key, row) in expected { #expect(agree(actual[key], row), "\(key): \(actual[key] ?? []) vs \(row)") }
    // Not every score is the same: the check compares real spreads.
    #expect(Set(expected.values.map { $0[1] }).count >= 4)
  }

  @Test func seedSeriesMatchesAnIndependentCalculation() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try score([Fixtures.seedFolder.path], into: root)
    let expected = try recompute(root)
    let actual = try seriesRows(root)
    #expect(actual.count == expected.count)
    for (key, row) in expected { #expect(agree(actual[key], row), "\(key): \(actual[key] ?? []) vs \(row)") }
  }
}
