import Foundation
import StanceTestSupport
import Testing

/// `stance lexicon import` through the real command line: the folder it writes loads as lexicons.
@Suite(.serialized) struct LexiconImportCommandTests {
  static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("stance")

  func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }

  @Test func completeImportIsUsableAsLexiconsAndPassesTheCheck() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let vader =
      "hostile\t-2.2\t0.6\t[-2, -3, -2, -2, -2, -2, -3, -2, -2, -2]\nfriendly\t2.1\t0.5\t[2, 2, 2, 3, 2, 2, 2, 2, 2, 2]\n"
    try Data(vader.utf8).write(to: root.appendingPathComponent("lexicon.txt"))
    let imported = try run(
      ["lexicon", "import", "lexicon.txt", "--format", "vader", "--out", "vader", "--complete"], in: root)
    #expect(imported.status == 0)
    #expect(imported.output.hasPrefix("2 terms written to vader/tone.tsv"))
    let check = try run(["lexicon", "check", "vader"], in: root)
    #expect(check.status == 0)
    #expect(check.output.contains("2 tone terms"))
  }
}
