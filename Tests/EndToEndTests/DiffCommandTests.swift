import Foundation
import StanceTestSupport
import Testing

/// `stance diff` through the real command line: its files, its report and its CI gates.
@Suite(.serialized) struct DiffCommandTests {
  static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("stance")

  static let corpus =
    [
      #"{"id":"d1","speaker":"Sergey Lavrov","unit":"statement","text":"Dialogue will continue."}"#,
      #"{"id":"d2","speaker":"Antony Blinken","unit":"statement","text":"The atmosphere was frosty."}"#,
      #"{"id":"d3","speaker":"Sergey Lavrov","unit":"statement","text":"What we hear from Washington is hysteria."}"#,
    ].joined(separator: "\n") + "\n"

  static let gold =
    [
      #"{"id":"g1","text":"Dialogue will continue.","label_polarity":1}"#,
      #"{"id":"g2","text":"What we hear from Washington is hysteria.","label_polarity":-1}"#,
      #"{"id":"g3","text":"The atmosphere was frosty.","label_polarity":-1}"#,
    ].joined(separator: "\n") + "\n"

  /// Runs `stance` in `folder`; returns the status, stdout and stderr.
  func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    try process.run()
    let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
    let error = errorPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
  }

  func makeFolder() throws -> URL {
    let root = Fixtures.temporaryFolder()
    try Data(Self.corpus.utf8).write(to: root.appendingPathComponent("corpus.jsonl"))
    try Data(Self.gold.utf8).write(to: root.appendingPathComponent("gold.jsonl"))
    let overlay = root.appendingPathComponent("change")
    try FileManager.default.createDirectory(at: overlay, withIntermediateDirectories: true)
    try Data("dialogue\t1\tdialogue\nfrosty\t-2\thostility\n!hysteri*\n".utf8).write(
      to: overlay.appendingPathComponent("tone.tsv"))
    return root
  }

  @Test func diffPrintsTheReportAndWritesItsFiles() throws {
    let root = try makeFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try run(["diff", "corpus.jsonl", "--overlay", "change", "--gold", "gold.jsonl"], in: root)
    #expect(result.status == 0)
    #expect(result.output.contains("moved: 3 statements"))
    #expect(result.output.contains("because: added tone.tsv 'frosty' -2"))
    #expect(result.output.contains("gold (3 statements)"))
    let written = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("diff").path).sorted()
    #expect(written == ["actors.csv", "entries.csv", "moved.csv", "periods.csv", "report.txt"])
  }

  @Test func gatesFailWithStatusOneAndSayWhy() throws {
    let root = try makeFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let flips = try run(["diff", "corpus.jsonl", "--overlay", "change", "--quiet", "--fail-on", "flips"], in: root)
    #expect(flips.status == 1)
    #expect(flips.error.contains("gate failed: 3 label flips"))
    let shift = try run(
      ["diff", "corpus.jsonl", "--overlay", "change", "--quiet", "--min-count", "1", "--fail-on", "shift>0.1"], in: root
    )
    #expect(shift.status == 1)
    #expect(shift.error.contains("gate failed: actor 'blinken' moved by -0.632"))
    let passing = try run(
      ["diff", "corpus.jsonl", "--overlay", "change", "--quiet", "--min-count", "1", "--fail-on", "shift>0.7"], in: root
    )
    #expect(passing.status == 0)
  }

  @Test func badGatesAreUsageErrors() throws {
    let root = try makeFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(try run(["diff", "corpus.jsonl", "--fail-on", "auc-drop>0.01"], in: root).status == 64)
    #expect(try run(["diff", "corpus.jsonl", "--fail-on", "sometimes"], in: root).status == 64)
    #expect(try run(["diff", "corpus.jsonl", "--overlay", "missing"], in: root).status == 66)
  }
}
