import Foundation
import StanceTestSupport
import Testing

/// The real command line over a corpus of hostile inputs, generated here: every document is
/// accounted for, the exit codes say what happened, and every output parses.
@Suite(.serialized) struct TortureCorpusTests {
  /// The `stance` executable built beside the test bundle.
  static let executable: URL = {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return folder.appendingPathComponent("stance")
  }()

  struct Run {
    var status: Int32
    var standardError: String
  }

  func run(_ arguments: [String], in folder: URL) throws -> Run {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let errorPipe = Pipe()
    process.standardError = errorPipe
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, standardError: String(decoding: errorData, as: UTF8.self))
  }

  func write(_ data: Data, _ name: String, in folder: URL) throws {
    try data.write(to: folder.appendingPathComponent(name))
  }

  func write(_ text: String, _ name: String, in folder: URL) throws {
    try write(Data(text.utf8), name, in: folder)
  }

  static let article = "Talks in Geneva\n\n“We are ready for dialogue,” Lavrov said. The envoy added nothing.\n"

  /// Builds the corpus folder and the JSON Lines file; returns their names.
  func makeCorpus(in root: URL) throws {
    let corpus = root.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try write(Self.article, "good.txt", in: corpus)
    var invalid = Data(Self.article.utf8)
    invalid.insert(contentsOf: [0xFF, 0xFE, 0xC3], at: 20)
    try write(invalid, "invalid-utf8.txt", in: corpus)
    try write(Data("Title\n\nText with a NUL\u{0} byte, said Lavrov.".utf8), "nul.txt", in: corpus)
    try write(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) | 0x80 }), "binary.txt", in: corpus)
    try write("", "empty.txt", in: corpus)
    try write("   \n\n  \n", "blank.txt", in: corpus)
    try write(Self.article.replacingOccurrences(of: "\n", with: "\r\n"), "crlf.txt", in: corpus)
    try write(Self.article.replacingOccurrences(of: "\n", with: "\r"), "cr.txt", in: corpus)
    try write("\u{FEFF}" + Self.article, "bom.txt", in: corpus)
    let spaces = ["\u{00A0}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}"]
    let dashes = ["–", "—", "‒", "―", "-", "−"]
    try write(
      "Spaces\n\n" + spaces.joined(separator: "word") + " " + dashes.joined(separator: " word ")
        + " – We will respond – said Lavrov.", "spaces.txt", in: corpus)
    try write("عنوان\n\nقال لافروف «نحن مستعدون للحوار». שלום “Peace is possible,” Lavrov said.", "rtl.txt", in: corpus)
    try write(
      "Emoji\n\n🇺🇦🇷🇺 e\u{301}e\u{301} 👩‍👩‍👧 “We demand security guarantees,” Lavrov said.", "emoji.txt", in: corpus)
    try write("Quotes\n\n" + String(repeating: "“", count: 100_000), "unbalanced.txt", in: corpus)
    try write("Alternating\n\n" + String(repeating: "“«\"‘’\"»” ", count: 20_000), "alternating.txt", in: corpus)
    try write("A note that is not an article.", "README.md", in: corpus)
    try write(
      """
      file,date,source,title
      good.txt,2021-12-02,"Agency, Inc.","Talks, in Geneva"
      crlf.txt,2021-13-45,Agency,Bad date
      missing.txt,2021-12-02,Agency,Not there
      ../../etc/passwd,2021-12-02,Agency,Escape
      """, "manifest.csv", in: corpus)

    var lines = [
      #"{"id": "j1", "text": "“We want peace,” Blinken said.", "date": "2021-12-02"}"#,
      #"{"id": "j2", "date": "2021-12-02"}"#,
      #"{"id": "j3", "text": 42}"#,
      #"{"id": "j4", "text": "Dates of the wrong type are ignored.", "date": 20211202}"#,
      #"{"id": "j1", "text": "A second record with the same id.", "date": "2021"}"#,
      #"{"id": "j5", "text": "Trailing garbage follows."} garbage"#,
      "",
      "not json at all",
      #"{"id": "j6", "text": "We reject the ultimatum.", "speaker": "Sergey Lavrov", "unit": "statement"}"#,
      #"{"id": 7, "text": "Numeric ids are read.", "date": "2021-12-02T10:00:00Z"}"#,
    ]
    // A 50 MB line: read through (linearly) and skipped as larger than --max-doc-bytes.
    lines.append(#"{"id": "big", "text": ""# + String(repeating: "word ", count: 10_000_000) + #""}"#)
    try write("\u{FEFF}" + lines.joined(separator: "\n") + "\n", "records.jsonl", in: root)
  }

  func csvRows(_ url: URL) throws -> [[String]] {
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      // Fields here never contain quoted line breaks; split on commas outside quotes.
      var fields: [String] = []
      var field = ""
      var isQuoted = false
      for character in line {
        if character == "\"" {
          isQuoted.toggle()
        } else if character == ",", !isQuoted {
          fields.append(field)
          field = ""
        } else {
          field.append(character)
        }
      }
      fields.append(field)
      return fields
    }
  }

  @Test func everyDocumentIsAccountedForAndEveryOutputParses() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try makeCorpus(in: root)
    let result = try run(["score", "corpus", "records.jsonl", "--out", "out", "--max-doc-bytes", "5000000"], in: root)
    #expect(result.status == 3, "exit status 3 when documents were skipped: \(result.standardError)")

    let out = root.appendingPathComponent("out")
    let skipped = try csvRows(out.appendingPathComponent("skipped.csv"))
    #expect(skipped.first == ["document", "line", "status", "reason", "detail"])
    let rows = skipped.dropFirst().filter { $0[2] == "skipped" }
    func reason(_ document: String) -> String? { rows.first { $0[0] == document }?[3] }
    #expect(reason("nul.txt") == "binary")
    #expect(["binary", "undecodable"].contains(reason("binary.txt") ?? ""))
    #expect(reason("empty.txt") == "empty")
    #expect(reason("blank.txt") == "empty")
    #expect(reason("README.md") == "unsupported-file")
    #expect(rows.contains { $0[0] == "j2" && $0[1] == "2" && $0[3] == "missing-text" })
    #expect(rows.contains { $0[0] == "j3" && $0[1] == "3" && $0[3] == "missing-text" })
    #expect(rows.contains { $0[0] == "records.jsonl" && $0[1] == "6" && $0[3] == "malformed-json" })
    #expect(rows.contains { $0[0] == "records.jsonl" && $0[1] == "8" && $0[3] == "malformed-json" })
    #expect(rows.contains { $0[0] == "records.jsonl" && $0[1] == "11" && $0[3] == "too-large" })
    let warnings = skipped.dropFirst().filter { $0[2] == "warning" }.map { $0[0] + " " + $0[4] }
    #expect(warnings.contains { $0.hasPrefix("invalid-utf8.txt") && $0.contains("invalid UTF-8") })
    #expect(warnings.contains { $0.contains("duplicate id 'j1'") })
    #expect(warnings.contains { $0.contains("'../../etc/passwd'") && $0.contains("refused") })
    #expect(warnings.contains { $0.contains("'missing.txt' is listed but not in the folder") })
    #expect(warnings.contains { $0.contains("unreadable date '2021-13-45'") })

    // 15 files in the folder besides the manifest and 10 non-blank JSON lines.
    let report = String(decoding: try Data(contentsOf: out.appendingPathComponent("report.txt")), as: UTF8.self)
    #expect(report.contains("documents            25 read, \(25 - rows.count) scored, \(rows.count) skipped ("))

    // Every statement's offsets re-slice the original text, in Unicode scalars.
    let statements = String(
      decoding: try Data(contentsOf: out.appendingPathComponent("statements.jsonl")), as: UTF8.self)
    var speakers: Set<String> = []
    for line in statements.split(separator: "\n") {
      let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let doc = try #require(record["doc"] as? String)
      let content = try #require(record["content"] as? [String: Any])
      speakers.insert(record["speaker"] as? String ?? "")
      let path = root.appendingPathComponent("corpus").appendingPathComponent(doc)
      guard FileManager.default.fileExists(atPath: path.path) else { continue }
      let scalars = Array(String(decoding: try Data(contentsOf: path), as: UTF8.self).unicodeScalars)
      let start = try #require(content["start"] as? Int)
      let end = try #require(content["end"] as? Int)
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[start..<end])
      #expect(String(slice) == content["text"] as? String, "\(doc) [\(start), \(end))")
    }
    #expect(speakers.contains("Sergey Lavrov"))
    #expect(speakers.contains("Antony Blinken"))
    for name in ["series.csv", "actors.csv", "statements.csv"] {
      let rows = try csvRows(out.appendingPathComponent(name))
      #expect(rows.count >= 2, "\(name) has a header and rows")
      #expect(Set(rows.map(\.count)).count == 1, "\(name) rows all have the header's width")
    }
    // A spreadsheet never runs a cell as a formula.
    let cells = try csvRows(out.appendingPathComponent("statements.csv")).joined()
    #expect(!cells.contains { $0.hasPrefix("=") || $0.hasPrefix("+") || $0.hasPrefix("@") })
  }

  @Test func strictStopsAtTheFirstProblemAndWritesNothing() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try makeCorpus(in: root)
    let result = try run(["score", "records.jsonl", "--out", "out", "--strict"], in: root)
    #expect(result.status == 67)
    #expect(result.standardError.contains("--strict"))
    let written = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path)) ?? []
    #expect(!written.contains("statements.csv"))
    #expect(!written.contains { $0.hasSuffix("partial") || $0.contains(".partial-") })
  }

  @Test func badUsageMissingInputAndBrokenLexiconsHaveTheirExitCodes() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(try run(["score", "--jobs", "zero"], in: root).status == 64)
    #expect(try run(["score", "no-such-folder", "--out", "out"], in: root).status == 66)
    let lexicons = root.appendingPathComponent("lexicons")
    try FileManager.default.copyItem(at: Fixtures.lexiconFolder, to: lexicons)
    try write("# version: 1\nthreat\tminus two\tthreat\n", "tone.tsv", in: lexicons)
    let broken = try run(["lexicon", "check", "lexicons"], in: root)
    #expect(broken.status == 65)
    #expect(broken.standardError.contains("tone.tsv:2: weight 'minus two' is not a number"))
  }
}
