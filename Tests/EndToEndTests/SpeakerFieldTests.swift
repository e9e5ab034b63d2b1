import Foundation
import StanceKit
import StanceTestSupport
import Testing

/// `score --speaker-field`: a speech delivered by a delegation names its speaker in another field.
@Suite struct SpeakerFieldTests {
  @Test func theFieldNamesTheSpeakerOfEverySentence() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("speeches.jsonl")
    let record =
      #"{"id":"s1","date":"2014","country":"Russian Federation","text":"We are ready for dialogue. "#
      + #"The sanctions are unacceptable."}"#
    try Data((record + "\n").utf8).write(to: corpus)
    var options = ScoreOptions()
    options.inputs = [corpus.path]
    options.lexiconFolder = Fixtures.lexiconFolder
    options.outputFolder = root.appendingPathComponent("out")
    options.speakerField = "country"
    let outcome = try ScoreRun.run(options)
    #expect(outcome.summary.statements == 2)
    let lines = try String(
      contentsOf: options.outputFolder.appendingPathComponent("statements.jsonl"), encoding: .utf8
    ).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.contains(#""actor":"russia""#) })
  }
}
