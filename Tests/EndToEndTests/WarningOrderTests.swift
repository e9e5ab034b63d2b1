import Foundation
import StanceKit
import StanceTestSupport
import Testing

/// Records are decoded on the workers and their warnings noted in input order, so warnings keep the
/// order of the input across windows of documents and at any number of jobs.
@Suite struct WarningOrderTests {
  /// A JSON Lines file longer than several windows with a warning every 97 lines, then a folder
  /// whose manifest lists a file it lacks.
  func makeCorpus(in root: URL) throws {
    var lines: [String] = []
    for number in 1...700 {
      let date = number % 97 == 0 ? "2021-13-45" : "2021-03-04"
      lines.append(
        #"{"id":"d\#(number)","date":"\#(date)","text":"The minister said the talks were useful and would go on."}"#)
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: root.appendingPathComponent("records.jsonl"))
    let folder = root.appendingPathComponent("folder")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("file,date\nmissing.txt,2021-03-04\nhere.txt,2021-03-05\n".utf8).write(
      to: folder.appendingPathComponent("manifest.csv"))
    try Data("Title\n\nThe spokesman said the offer stood.\n".utf8).write(to: folder.appendingPathComponent("here.txt"))
  }

  func warnings(root: URL, jobs: Int) throws -> [String] {
    var options = ScoreOptions()
    options.inputs = [root.appendingPathComponent("records.jsonl").path, root.appendingPathComponent("folder").path]
    options.lexiconFolder = Fixtures.lexiconFolder
    options.outputFolder = root.appendingPathComponent("out-\(jobs)")
    options.jobs = jobs
    return try ScoreRun.run(options).warnings.map { "\($0.location): \($0.message)" }
  }

  @Test func warningsFollowTheInputAtOneAndThreeJobs() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try makeCorpus(in: root)
    let one = try warnings(root: root, jobs: 1)
    let three = try warnings(root: root, jobs: 3)
    #expect(one == three)
    let dated = (1...700).filter { $0 % 97 == 0 }.map { "records.jsonl:\($0): unreadable date '2021-13-45'; undated" }
    #expect(Array(one.prefix(dated.count)) == dated)
    #expect(one.count == dated.count + 1)
    #expect(one.last?.hasSuffix("'missing.txt' is listed but not in the folder") == true)
  }
}
