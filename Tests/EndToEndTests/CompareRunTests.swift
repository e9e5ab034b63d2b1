import Aggregation
import Foundation
import StanceCore
import StanceKit
import StanceTestSupport
import Testing

/// `stance compare` in process: over a scored folder written here, and over a small corpus of speeches
/// scored on the fly. The expected statistics are those of ComparisonTests, computed independently.
@Suite struct CompareRunTests {
  func isClose(_ lhs: Double, _ rhs: Double, _ tolerance: Double = 1e-6) -> Bool { abs(lhs - rhs) <= tolerance }

  static func record(
    _ speaker: String, _ actor: String?, _ date: String?, _ score: Double, targets: [String] = [],
    kind: String = "registered"
  ) -> String {
    let actorField = actor.map { "\"\($0)\"" } ?? "null"
    let dateField = date.map { "\"\($0)\"" } ?? "null"
    let targetList = targets.map { "\"\($0)\"" }.joined(separator: ",")
    return
      "{\"doc\":\"\(speaker.prefix(1))-\(date ?? "undated")\",\"date\":\(dateField),\"speaker\":\"\(speaker)\",\"actor\":\(actorField),\"speaker_kind\":\"\(kind)\","
      + "\"mention\":null,\"cue\":null,\"kind\":\"direct\",\"content\":{\"start\":0,\"end\":1,\"text\":\"x\"},"
      + "\"targets\":[\(targetList)],\"score\":\(score),\"label\":\"neutral\",\"evidence\":[]}"
  }

  /// Russia's side (Russia, and Lavrov and Putin who roll up into it) scores -0.6, -0.2, 0.1, 0.5, -0.4;
  /// the United States' side (Blinken, the US government) 0.3, 0.7, 0.2, 0.6.
  static let statements = [
    record("Sergey Lavrov", "lavrov", "2022-01-10", -0.6, targets: ["nato"]),
    record("Sergey Lavrov", "lavrov", "2022-01-20", -0.2, targets: ["united-states"]),
    record("Antony Blinken", "blinken", "2022-01-21", 0.3, targets: ["russia"]),
    record("Antony Blinken", "blinken", "2022-01-21", 0.7),
    record("Sergey Lavrov", "lavrov", "2022-02-03", 0.1),
    record("Vladimir Putin", "putin", "2022-02-10", 0.5),
    record("Russia", "russia", "2022-02", -0.4),
    record("United States Government", "us-gov", "2022-02-12", 0.2, targets: ["lavrov"]),
    record("Antony Blinken", "blinken", "2022-02-14", 0.6),
    record("he", nil, "2022-02-14", -0.9, kind: "unresolved"),
    record("Jane Doe", nil, nil, 0.0, kind: "unregistered"),
  ]

  func scoredFolder(_ lines: [String]) throws -> URL {
    let folder = Fixtures.temporaryFolder()
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("statements.jsonl"))
    return folder
  }

  func compare(_ actors: [String], folder: URL, _ configure: (inout CompareOptions) -> Void = { _ in }) throws
    -> CompareOutcome
  {
    var options = CompareOptions()
    options.actors = actors
    options.scoredFolder = folder
    options.lexiconFolder = Fixtures.lexiconFolder
    configure(&options)
    return try CompareRun.run(options)
  }

  @Test func countriesCountTheirAffiliatedActorsAndTheScoresMatchTheHandComputedStatistics() throws {
    let folder = try scoredFolder(Self.statements)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try compare(["russia", "USA"], folder: folder) { $0.outputFolder = folder }
    #expect(outcome.selectors.map(\.name) == ["Russia", "United States"])
    #expect(outcome.statements == 10)
    #expect(outcome.matched == 9)
    let pair = try #require(outcome.pairs.first)
    #expect(pair.overall.first.count == 5 && pair.overall.second.count == 4)
    #expect(isClose(pair.overall.difference, -0.57))
    let interval = try #require(pair.overall.interval)
    #expect(isClose(interval.low, -1.1176674385) && isClose(interval.high, -0.0223325615))
    #expect(isClose(try #require(pair.overall.pValue), 7.0 / 126.0, 1e-12))
    #expect(pair.periods.map(\.period) == ["2022-01", "2022-02"])
    #expect(pair.periods[1].comparison.first.count == 3)
    // Lavrov on the United States (-0.2); Blinken on Russia (0.3) and the US government on Lavrov (0.2).
    #expect(pair.towardEachOther.first.count == 1 && isClose(pair.towardEachOther.first.mean, -0.2))
    #expect(pair.towardEachOther.second.count == 2 && isClose(pair.towardEachOther.second.mean, 0.25))
    let csv = try String(contentsOf: folder.appendingPathComponent("compare.csv"), encoding: .utf8)
    #expect(csv.contains("\nRussia,United States,overall,all,5,-0.1200,4,0.4500,-0.5700,-1.1177,-0.0223,6.4,0.0556,\n"))
    #expect(outcome.table.contains("A = Russia   B = United States"))
    // Documents are counted by id: Lavrov's and Putin's are named by speaker initial and date here.
    #expect(outcome.documents == [5, 3])
    #expect(outcome.table.contains(" affiliated): 5 statements from 5 documents\n"))
    #expect(outcome.table.contains(" affiliated): 4 statements from 3 documents\n"))
    #expect(outcome.table.split(separator: "\n").allSatisfy { $0.count <= 100 })
  }

  @Test func byDocumentEachDocumentIsOneObservationTheMeanOfItsStatements() throws {
    let folder = try scoredFolder(Self.statements)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try compare(["russia", "USA"], folder: folder) { $0.unit = .document }
    let pair = try #require(outcome.pairs.first)
    // Blinken's two statements of 2022-01-21 share a document: the US side is 0.5, 0.2, 0.6.
    #expect(pair.overall.first.count == 5 && pair.overall.second.count == 3)
    #expect(isClose(pair.overall.difference, -0.5533333333))
    let interval = try #require(pair.overall.interval)
    #expect(isClose(interval.low, -1.1123048313) && isClose(interval.high, 0.0056381646))
    // 8 choose 3 = 56 splits, 6 at least as extreme.
    #expect(isClose(try #require(pair.overall.pValue), 6.0 / 56.0, 1e-12))
    // Toward each other: Lavrov's one document on the US; Blinken's (0.3) and the US government's (0.2) on Russia.
    #expect(pair.towardEachOther.first.count == 1)
    #expect(pair.towardEachOther.second.count == 2 && isClose(pair.towardEachOther.second.mean, 0.25))
    #expect(outcome.table.contains("unit document"))
  }

  @Test func actorsAreFoundAsUsersTypeThem() throws {
    let folder = try scoredFolder(Self.statements)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try compare(["sergey lavrov", "Blinken", "jane doe", "LAVROV"], folder: folder)
    #expect(outcome.selectors.map(\.actorID) == ["lavrov", "blinken", nil, "lavrov"])
    #expect(outcome.pairs.count == 6)
    #expect(outcome.pairs[0].overall.first.count == 3 && outcome.pairs[0].overall.second.count == 3)
    // An unregistered speaker is matched by name; it has no statements dated, so it has one undated period.
    #expect(outcome.pairs[1].overall.second.count == 1)
    #expect(outcome.pairs[1].periods.last?.period == "undated")
  }

  @Test func exactCountsOnlyTheActorsOwnStatementsAndTheWindowKeepsItsDates() throws {
    let folder = try scoredFolder(Self.statements)
    defer { try? FileManager.default.removeItem(at: folder) }
    let exact = try compare(["russia", "united-states"], folder: folder) { $0.includesAffiliated = false }
    #expect(exact.pairs[0].overall.first.count == 1 && exact.pairs[0].overall.second.count == 0)
    let february = try compare(["russia", "united-states"], folder: folder) {
      $0.window = DateRange(from: DocumentDate(year: 2022, month: 2), to: nil)
      $0.period = .year
    }
    #expect(february.pairs[0].periods.map(\.period) == ["2022"])
    #expect(february.pairs[0].overall.first.count == 3 && february.pairs[0].overall.second.count == 2)
  }

  @Test func aBadLineIsAnErrorAtItsFileAndLine() throws {
    var lines = Self.statements
    lines[2] = lines[2].replacingOccurrences(of: "\"score\":0.3", with: "\"score\":\"high\"")
    let folder = try scoredFolder(lines)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect {
      try compare(["russia", "usa"], folder: folder)
    } throws: { error in
      "\(error)".hasSuffix("statements.jsonl:3: \"score\" is missing or not a number in -1...1")
    }
    let broken = try scoredFolder([Self.statements[0], "{\"speaker\": \"Lavrov\", "])
    defer { try? FileManager.default.removeItem(at: broken) }
    #expect {
      try compare(["russia", "usa"], folder: broken)
    } throws: { error in
      "\(error)".contains("statements.jsonl:2: ")
    }
  }

  /// Two speeches whose record names the delegation's country in its own field.
  static let speeches = [
    #"{"id": "ru-2022", "date": "2022", "country": "Russian Federation", "speaker": "Mr. A. Delegate", "text": "#
      + #""We call for dialogue and cooperation among all nations.\n\n"#
      + #"The United States keeps threatening our security with new sanctions.\n\nWe welcome the agreement."}"#,
    #"{"id": "us-2022", "date": "2022", "country": "United States", "speaker": "Ms. B. Delegate", "text": "#
      + #""Russia launched a brutal war of aggression.\n\nWe are ready to work with every partner for peace."}"#,
  ]

  @Test func aCorpusIsScoredOnTheFlyWithTheSpeakerTakenFromTheNamedField() throws {
    let folder = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = folder.appendingPathComponent("speeches.jsonl")
    try Data((Self.speeches.joined(separator: "\n") + "\n").utf8).write(to: corpus)
    var options = CompareOptions()
    options.actors = ["russia", "united-states"]
    options.inputs = [corpus.path]
    options.lexiconFolder = Fixtures.lexiconFolder
    options.period = .year
    options.speakerField = "country"
    let outcome = try CompareRun.run(options)
    let pair = try #require(outcome.pairs.first)
    // One statement per paragraph: three for Russia, two for the United States, each naming the other once.
    #expect(pair.overall.first.count == 3 && pair.overall.second.count == 2)
    #expect(pair.towardEachOther.first.count == 1 && pair.towardEachOther.second.count == 1)
    #expect(pair.periods.map(\.period) == ["2022"])
    #expect(outcome.documents == [1, 1])
    // By the default field the speakers are the delegates, neither of them a registry actor.
    options.speakerField = "speaker"
    let bySpeaker = try CompareRun.run(options)
    #expect(bySpeaker.matched == 0)
    // The same result at any number of jobs.
    options.speakerField = "country"
    options.jobs = 1
    let oneJob = try CompareRun.run(options)
    options.jobs = 4
    #expect(try CompareRun.run(options).csv == oneJob.csv)
    #expect(oneJob.csv == outcome.csv)
  }
}
