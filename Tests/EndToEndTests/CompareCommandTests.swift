import Foundation
import StanceTestSupport
import Testing

/// The `stance compare` command line: help, usage errors, and the table on the seeds.
@Suite struct CompareCommandTests {
  func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = TortureCorpusTests.executable
    process.arguments = ["compare"] + arguments
    process.currentDirectoryURL = Fixtures.packageRoot
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self)
    )
  }

  @Test func helpNamesTheStatistics() throws {
    let result = try run(["--help"])
    #expect(result.status == 0)
    #expect(result.output.contains("USAGE: stance compare A B"))
    #expect(result.output.contains("Welch t-interval"))
    #expect(result.output.contains("--scored DIR"))
  }

  @Test func oneActorOrABadDateIsAUsageError() throws {
    let one = try run(["lavrov"])
    #expect(one.status == 64)
    #expect(one.error.contains("at least two actors"))
    let date = try run(["lavrov", "blinken", "--from", "2021-13"])
    #expect(date.status == 64)
    #expect(date.error.contains("--from must be a date"))
    let missing = try run(["lavrov", "blinken", "--scored", "no-such-folder"])
    #expect(missing.status == 66)
    #expect(missing.error.contains("no-such-folder: cannot read: no such file or folder"))
    let empty = try run(["lavrov", "blinken", "--scored", "Sources"])
    #expect(empty.status == 66)
    #expect(empty.error.contains("Sources/statements.jsonl: cannot read"))
  }

  @Test func theCommittedBaselineComparesLavrovAndBlinken() throws {
    let result = try run(["lavrov", "Antony Blinken", "--scored", "reports"])
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("A = Sergey Lavrov   B = Antony Blinken") })
    #expect(lines.contains { $0.hasPrefix("  overall ") })
    #expect(lines.allSatisfy { $0.count <= 100 })
    #expect(result.error.contains("statements:"))
  }
}
