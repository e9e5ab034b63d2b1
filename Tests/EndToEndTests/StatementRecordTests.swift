import Foundation
import StanceKit
import StanceTestSupport
import Testing

/// statements.jsonl is a contract other tools read: every offset counts Unicode scalars of the
/// original text, and every field has the documented type.
@Suite struct StatementRecordTests {
  @Test func offsetsPointIntoTheOriginalTextInUnicodeScalars() throws {
    let folder = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var options = ScoreOptions()
    options.inputs = [Fixtures.seedFolder.path]
    options.lexiconFolder = Fixtures.lexiconFolder
    options.outputFolder = folder
    _ = try ScoreRun.run(options)

    let texts = Dictionary(
      uniqueKeysWithValues: Fixtures.seedDocuments().map { ($0.id, Array($0.text.unicodeScalars)) })
    let data = try #require(
      FileManager.default.contents(atPath: folder.appendingPathComponent("statements.jsonl").path))
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    #expect(lines.count > 40)
    for line in lines {
      let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let doc = try #require(record["doc"] as? String)
      let scalars = try #require(texts[doc])
      for key in ["content", "mention", "cue"] {
        guard let span = record[key] as? [String: Any] else {
          #expect(key != "content", "content is required")
          continue
        }
        let start = try #require(span["start"] as? Int)
        let end = try #require(span["end"] as? Int)
        let text = try #require(span["text"] as? String)
        #expect(start < end && end <= scalars.count)
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[start..<end])
        #expect(String(slice) == text, "\(doc) \(key) [\(start), \(end))")
      }
      let score = try #require(record["score"] as? Double)
      #expect(score > -1 && score < 1)
      #expect(["confrontational", "neutral", "conciliatory"].contains(record["label"] as? String ?? ""))
      #expect(["direct", "indirect", "mixed"].contains(record["kind"] as? String ?? ""))
      #expect(record["targets"] is [String])
      #expect(record["date"] is String)
      for evidence in try #require(record["evidence"] as? [[String: Any]]) {
        #expect(evidence["term"] is String && evidence["rule"] is String && evidence["weight"] is Double)
      }
    }
  }

  @Test func expectedStatementsOfTheIssueAppearWithTheirTone() throws {
    var found: [(speaker: String?, text: String, label: String)] = []
    for document in Fixtures.seedDocuments() {
      let result = Fixtures.pipeline.process(document)
      for scored in result.statements {
        found.append(
          (
            scored.statement.speaker.actorID, result.segmented.text.string(scored.statement.content),
            scored.tone.label.rawValue
          ))
      }
    }
    let diplomacy = found.first {
      $0.speaker == "blinken" && $0.text.contains("The best way to deal with a crisis is through diplomacy")
    }
    #expect(diplomacy?.label == "conciliatory")
    let militarist = found.first {
      $0.speaker == "lavrov" && $0.text.contains("supporting Kiev’s militarist intentions")
    }
    #expect(militarist?.label == "confrontational")
  }
}
