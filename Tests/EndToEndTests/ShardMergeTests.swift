import Aggregation
import Foundation
import StanceKit
import StanceTestSupport
import Testing

/// A corpus scored in shards and merged gives the reports of a single run, byte for byte.
@Suite struct ShardMergeTests {
  static let summaryFiles = ["series.csv", "actors.csv", "report.txt"]

  func options(_ folder: URL, shard: Shard = .whole, period: Period = .month) -> ScoreOptions {
    var options = ScoreOptions()
    options.inputs = [Fixtures.seedFolder.path]
    options.lexiconFolder = Fixtures.lexiconFolder
    options.outputFolder = folder
    options.period = period
    options.jobs = 2
    options.shard = shard
    if shard.count > 1 { options.partialPath = PartialFile.name }
    return options
  }

  func contents(_ folder: URL, _ name: String) -> String? {
    FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  @Test(arguments: [Period.month, .week])
  func threeShardsMergedEqualTheSingleRun(period: Period) throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let single = root.appendingPathComponent("single")
    _ = try ScoreRun.run(options(single, period: period))
    var shardFolders: [String] = []
    var documents = 0
    for index in 1...3 {
      let folder = root.appendingPathComponent("shard\(index)")
      let outcome = try ScoreRun.run(options(folder, shard: Shard(index: index, count: 3), period: period))
      documents += outcome.summary.documentsRead
      shardFolders.append(folder.path)
    }
    // Every document went to exactly one shard.
    #expect(documents == 5)
    var merge = MergeOptions()
    merge.inputs = shardFolders
    merge.lexiconFolder = Fixtures.lexiconFolder
    merge.outputFolder = root.appendingPathComponent("merged")
    let (summary, counts) = try MergeRun.run(merge)
    #expect(summary.documentsRead == 5)
    #expect(counts.duplicates >= 1)
    for name in Self.summaryFiles {
      let merged = contents(merge.outputFolder, name)
      #expect(merged != nil && merged == contents(single, name), "\(name) differs between the merge and the run")
    }
  }

  @Test func aMissingShardIsRefused() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("shard1")
    _ = try ScoreRun.run(options(folder, shard: Shard(index: 1, count: 2)))
    var merge = MergeOptions()
    merge.inputs = [folder.path]
    merge.lexiconFolder = Fixtures.lexiconFolder
    merge.outputFolder = root.appendingPathComponent("merged")
    #expect(throws: StanceError.self) { try MergeRun.run(merge) }
  }

  @Test func aTruncatedPartialFileIsRefusedWithItsName() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("whole")
    var whole = options(folder)
    whole.partialPath = PartialFile.name
    _ = try ScoreRun.run(whole)
    let path = folder.appendingPathComponent(PartialFile.name).path
    let lines = try #require(contents(folder, PartialFile.name)).split(separator: "\n")
    // Drop the shard line, as a run killed before its end would.
    try (lines.dropLast().joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    var merge = MergeOptions()
    merge.inputs = [path]
    merge.lexiconFolder = Fixtures.lexiconFolder
    merge.outputFolder = root.appendingPathComponent("merged")
    do {
      _ = try MergeRun.run(merge)
      Issue.record("a partial file without its shard line was merged")
    } catch let error as StanceError {
      #expect(error.description.contains(PartialFile.name))
      #expect(error.description.contains("incomplete"))
    }
  }

  @Test func shardsSplitByAStableHashOfTheID() {
    let ids = (0..<300).map { "doc-\($0)" }
    let counts = (1...3).map { index in ids.filter { Shard(index: index, count: 3).contains(id: $0) }.count }
    #expect(counts.reduce(0, +) == 300)
    #expect(counts.allSatisfy { $0 > 60 })
    #expect(Shard(parsing: "2/3") == Shard(index: 2, count: 3))
    #expect(Shard(parsing: "0/3") == nil)
    #expect(Shard(parsing: "4/3") == nil)
    #expect(Shard(parsing: "1/0") == nil)
  }
}
