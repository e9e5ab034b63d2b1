import Foundation
import StanceKit
import StanceTestSupport
import Testing

/// The committed `reports/` folder is the baseline lexicon changes are reviewed against: it must be
/// exactly what the code produces now on the seeds. Regenerate with `swift run stance score`.
@Suite struct ReportsBaselineTests {
  static let files = [
    "statements.csv", "statements.jsonl", "series.csv", "actors.csv", "report.txt", "chart.svg", "skipped.csv",
  ]

  func score(into folder: URL, jobs: Int) throws -> ScoreOutcome {
    var options = ScoreOptions()
    options.inputs = [Fixtures.seedFolder.path]
    options.lexiconFolder = Fixtures.lexiconFolder
    options.outputFolder = folder
    options.jobs = jobs
    return try ScoreRun.run(options)
  }

  @Test func committedReportsMatchTheCode() throws {
    let folder = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try score(into: folder, jobs: 2)
    for name in Self.files {
      let actual = String(
        decoding: FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data(),
        as: UTF8.self)
      let difference = Golden.difference(actual: actual, golden: Fixtures.reportsFolder.appendingPathComponent(name))
      #expect(difference == nil, "\(difference ?? "") — regenerate with: swift run stance score")
    }
  }

  @Test func outputIsByteIdenticalAtAnyNumberOfJobs() throws {
    let one = Fixtures.temporaryFolder()
    let four = Fixtures.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: one)
      try? FileManager.default.removeItem(at: four)
    }
    _ = try score(into: one, jobs: 1)
    _ = try score(into: four, jobs: 4)
    for name in Self.files {
      let left = FileManager.default.contents(atPath: one.appendingPathComponent(name).path)
      let right = FileManager.default.contents(atPath: four.appendingPathComponent(name).path)
      #expect(left != nil && left == right, "\(name) differs between 1 and 4 jobs")
    }
  }

  @Test func runSummaryCountsTheSeeds() throws {
    let folder = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try score(into: folder, jobs: 2)
    #expect(outcome.summary.documentsRead == 5)
    #expect(outcome.summary.documentsScored == 5)
    #expect(outcome.summary.documentsSkipped == 0)
    #expect(outcome.summary.undatedDocuments == 0)
    #expect(outcome.summary.statements > 40)
    #expect(outcome.summary.unattributedQuotes < outcome.summary.quotes / 4)
  }
}
