import Foundation
import Reporting
import StanceCore
import StanceKit

/// The end-to-end stage: the corpus written once as a JSON Lines file (every copy with ids of its
/// own) and scored from it as `stance score FILE` does: reading, decoding, the pipeline, statement
/// lines, aggregation and every output file.
enum EndToEnd {
  /// Writes `documents` as JSON Lines to a new file in a temporary folder; returns its path.
  static func writeCorpus(_ documents: [Document], in folder: URL) throws -> String {
    let path = folder.appendingPathComponent("corpus.jsonl").path
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: path) else { fail("cannot write \(path)") }
    defer { try? handle.close() }
    var chunk = ""
    for document in documents {
      var fields = ["\"id\":\(Formatting.jsonString(document.id))"]
      if let date = document.date { fields.append("\"date\":\(Formatting.jsonString(date.description))") }
      if let title = document.title { fields.append("\"title\":\(Formatting.jsonString(title))") }
      if let source = document.source { fields.append("\"source\":\(Formatting.jsonString(source))") }
      if let speaker = document.speaker { fields.append("\"speaker\":\(Formatting.jsonString(speaker))") }
      if document.isStatementUnit { fields.append("\"unit\":\"statement\"") }
      fields.append("\"text\":\(Formatting.jsonString(document.text))")
      chunk += "{" + fields.joined(separator: ",") + "}\n"
      if chunk.utf8.count > 1 << 22 {
        handle.write(Data(chunk.utf8))
        chunk = ""
      }
    }
    handle.write(Data(chunk.utf8))
    return path
  }

  /// Scores the file into `output` with `jobs` jobs, as the command line would without a progress line.
  static func score(file: String, output: URL, jobs: Int) {
    var options = ScoreOptions()
    options.inputs = [file]
    options.outputFolder = output
    options.jobs = jobs
    do {
      _ = try ScoreRun.run(options)
    } catch {
      fail("end to end: \(error)")
    }
  }

  /// The hidden argument under which the benchmark runs one end-to-end score in a process of its own.
  static let childFlag = "--end-to-end-once"

  /// In a child started by `peakResidentMegabytes`: scores the file and prints the process's peak RSS
  /// in megabytes, then exits. Does nothing for any other command line.
  static func runAsChildIfAsked(_ arguments: [String]) {
    guard arguments.count == 4, arguments[0] == childFlag, let jobs = Int(arguments[3]) else { return }
    score(file: arguments[1], output: URL(fileURLWithPath: arguments[2]), jobs: jobs)
    print(String(format: "%.1f", Measurement.peakResidentMegabytes()))
    exit(0)
  }

  /// The peak RSS of one end-to-end run with `jobs` jobs, in a process of its own (this one holds
  /// every document for the stage timings, which `stance score` never does).
  static func peakResidentMegabytes(file: String, output: URL, jobs: Int) -> Double {
    let child = Process()
    child.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = [childFlag, file, output.path, String(jobs)]
    let pipe = Pipe()
    child.standardOutput = pipe
    do { try child.run() } catch { fail("cannot start the end-to-end child: \(error)") }
    let printed = pipe.fileHandleForReading.readDataToEndOfFile()
    child.waitUntilExit()
    guard child.terminationStatus == 0,
      let megabytes = Double(String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    else { fail("the end-to-end child failed (status \(child.terminationStatus))") }
    return megabytes
  }

  /// Writes the files of `output` again, from memory, into a fresh folder beside it, as the run writes
  /// them (chunks of 4 MiB): the share of the end-to-end time that is the file system's, whatever the
  /// code. Returns the bytes written.
  @discardableResult
  static func rewrite(_ output: URL) -> Int {
    let copy = output.deletingLastPathComponent().appendingPathComponent("rewritten")
    try? FileManager.default.removeItem(at: copy)
    do {
      try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
      var total = 0
      for name in try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() {
        let contents = try Data(contentsOf: output.appendingPathComponent(name))
        let path = copy.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { fail("cannot write \(path)") }
        var offset = 0
        while offset < contents.count {
          let end = min(contents.count, offset + 1 << 22)
          try handle.write(contentsOf: contents[offset..<end])
          offset = end
        }
        try handle.close()
        total += contents.count
      }
      return total
    } catch {
      fail("rewriting the reports: \(error)")
    }
  }
}
