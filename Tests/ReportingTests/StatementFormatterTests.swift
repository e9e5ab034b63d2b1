import Foundation
import Reporting
import StanceCore
import StanceTestSupport
import Testing

@Suite struct StatementFormatterTests {
  /// From seed 002: a headline with curly quotes and a statement in guillemets, so every offset
  /// after the headline differs between bytes and scalars.
  let marked = MarkedText(
    "Ukraine NATO Invite Risks ‘Large-Scale Conflict,’ Russia FM Warns\n\n"
      + "« [[The policy towards pulling Kyiv into NATO creates unacceptable security threats to Russia]] », "
      + "[[the foreign\nminister]] [[told]] Bosnia and Herzegovina newspaper Oslobodjenje.")

  var text: String { marked.text }

  /// The byte range of the first occurrence of `word` in the text.
  func byteRange(of word: String) -> TextRange {
    let range = text.range(of: word)!
    return TextRange(
      text.utf8.distance(from: text.startIndex, to: range.lowerBound),
      text.utf8.distance(from: text.startIndex, to: range.upperBound))
  }

  func segmented(date: DocumentDate?) -> SegmentedDocument {
    let document = Document(id: "002_98daefa1d80d00be.txt", text: text, date: date, hasTitleLine: true)
    return SegmentedDocument(
      document: document, text: TextBuffer(text), paragraphs: [], sentences: [], tokens: [], dropped: [])
  }

  var lavrovStatement: ScoredStatement {
    let statement = Statement(
      speaker: Speaker(name: "Sergei Lavrov", actorID: "lavrov", kind: .registered), mention: marked.ranges[1],
      cue: marked.ranges[2], cueEntry: 0, kind: .direct, content: marked.ranges[0], targets: ["nato", "russia"])
    let evidence = [
      Evidence(term: "unacceptable", weight: -2, rule: "term", range: byteRange(of: "unacceptable")),
      Evidence(term: "threat*", weight: -2.5, rule: "boosted", range: byteRange(of: "threats")),
    ]
    return ScoredStatement(statement: statement, tone: Tone(score: -0.6, label: .confrontational, evidence: evidence))
  }

  func scalars(_ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: Array(text.unicodeScalars)[start..<end])
    return String(view)
  }

  func json(_ line: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  func span(_ object: [String: Any], _ key: String) throws -> (start: Int, end: Int, text: String) {
    let span = try #require(object[key] as? [String: Any])
    return (
      try #require(span["start"] as? Int), try #require(span["end"] as? Int), try #require(span["text"] as? String)
    )
  }

  @Test func jsonContentOffsetsAreUnicodeScalarsOfTheOriginalText() throws {
    let output = StatementFormatter().format(
      [lavrovStatement], in: segmented(date: DocumentDate(year: 2021, month: 12, day: 24)))
    let object = try json(try #require(output.json.first))
    let content = try span(object, "content")
    #expect(content.text == marked.string(0))
    #expect(scalars(content.start, content.end) == marked.string(0))
    // The headline's ‘ and ’ (3 bytes, 1 scalar each) and the « (2 bytes, 1 scalar) come first,
    // so the byte offset is larger than the scalar offset by 2 + 2 + 1 = 5.
    #expect(content.start == marked.ranges[0].start - 5)
  }

  @Test func jsonMentionCueAndEvidenceOffsetsSliceTheirOwnText() throws {
    let output = StatementFormatter().format([lavrovStatement], in: segmented(date: nil))
    let object = try json(try #require(output.json.first))
    let mention = try span(object, "mention")
    #expect(mention.text == "the foreign\nminister")
    #expect(scalars(mention.start, mention.end) == "the foreign\nminister")
    let cue = try span(object, "cue")
    #expect(scalars(cue.start, cue.end) == "told")
    let evidence = try #require(object["evidence"] as? [[String: Any]])
    #expect(evidence.count == 2)
    let words = try evidence.map { item in
      scalars(try #require(item["start"] as? Int), try #require(item["end"] as? Int))
    }
    #expect(words == ["unacceptable", "threats"])
    #expect(evidence.map { $0["term"] as? String } == ["unacceptable", "threat*"])
    #expect(evidence.map { $0["rule"] as? String } == ["term", "boosted"])
    #expect(evidence.map { $0["weight"] as? Double } == [-2, -2.5])
  }

  @Test func jsonCarriesTheStatementFields() throws {
    let output = StatementFormatter().format(
      [lavrovStatement], in: segmented(date: DocumentDate(year: 2021, month: 12, day: 24)))
    let object = try json(try #require(output.json.first))
    #expect(object["doc"] as? String == "002_98daefa1d80d00be.txt")
    #expect(object["date"] as? String == "2021-12-24")
    #expect(object["speaker"] as? String == "Sergei Lavrov")
    #expect(object["actor"] as? String == "lavrov")
    #expect(object["speaker_kind"] as? String == "registered")
    #expect(object["kind"] as? String == "direct")
    #expect(object["targets"] as? [String] == ["nato", "russia"])
    #expect(object["score"] as? Double == -0.6)
    #expect(object["label"] as? String == "confrontational")
  }

  @Test func jsonWritesNullForAnUndatedDocumentAndAMissingMentionCueAndActor() throws {
    var statement = lavrovStatement
    statement.statement.mention = nil
    statement.statement.cue = nil
    statement.statement.speaker = Speaker(name: "officials", actorID: nil, kind: .anonymous)
    let output = StatementFormatter().format([statement], in: segmented(date: nil))
    let line = try #require(output.json.first)
    #expect(line.contains("\"date\":null"))
    #expect(line.contains("\"actor\":null"))
    #expect(line.contains("\"mention\":null"))
    #expect(line.contains("\"cue\":null"))
    #expect(try json(line)["speaker_kind"] as? String == "anonymous")
  }

  @Test(arguments: [
    (Speaker.Kind.registered, StatementKind.direct, ToneLabel.confrontational),
    (.unregistered, .indirect, .neutral),
    (.anonymous, .mixed, .conciliatory),
    (.unresolved, .direct, .neutral),
  ])
  func enumerationsAreWrittenAsTheirRawValues(_ speakerKind: Speaker.Kind, _ kind: StatementKind, _ label: ToneLabel)
    throws
  {
    var statement = lavrovStatement
    statement.statement.speaker.kind = speakerKind
    statement.statement.kind = kind
    statement.tone.label = label
    let output = StatementFormatter().format([statement], in: segmented(date: nil))
    let object = try json(try #require(output.json.first))
    #expect(object["speaker_kind"] as? String == speakerKind.rawValue)
    #expect(object["kind"] as? String == kind.rawValue)
    #expect(object["label"] as? String == label.rawValue)
    let fields = try #require(output.csv.first).split(separator: ",", omittingEmptySubsequences: false)
    #expect(fields[6] == kind.rawValue)
    #expect(fields[9] == label.rawValue)
  }

  @Test func csvRowHasScalarOffsetsAndOneLineTexts() throws {
    let output = StatementFormatter().format(
      [lavrovStatement], in: segmented(date: DocumentDate(year: 2021, month: 12, day: 24)))
    let row = try #require(output.csv.first)
    // No field of this row holds a comma or a quote, so the row splits on commas.
    let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    #expect(fields.count == 14)
    let header = StatementFormatter.csvHeader.split(separator: ",").map(String.init)
    let byName = Dictionary(uniqueKeysWithValues: zip(header, fields))
    #expect(byName["doc"] == "002_98daefa1d80d00be.txt")
    #expect(byName["date"] == "2021-12-24")
    #expect(byName["speaker"] == "Sergei Lavrov")
    #expect(byName["actor"] == "lavrov")
    #expect(byName["mention"] == "the foreign minister")
    #expect(byName["cue"] == "told")
    #expect(byName["kind"] == "direct")
    #expect(byName["targets"] == "nato russia")
    #expect(byName["label"] == "confrontational")
    #expect(byName["evidence"] == "unacceptable=-2; threat*[boosted]=-2.5")
    let start = try #require(byName["start"].flatMap { Int($0) })
    let end = try #require(byName["end"].flatMap { Int($0) })
    #expect(scalars(start, end) == marked.string(0))
    #expect(byName["text"] == marked.string(0))
  }

  @Test func csvScoreIsAPlainNegativeNumber() throws {
    let output = StatementFormatter().format([lavrovStatement], in: segmented(date: nil))
    let fields = try #require(output.csv.first).split(separator: ",", omittingEmptySubsequences: false)
    #expect(fields.count == 14)
    #expect(fields[8] == "-0.6000")
  }

  @Test func rowsFollowStatementOrderOnePerStatement() throws {
    var second = lavrovStatement
    second.statement.content = byteRange(of: "Bosnia and Herzegovina newspaper")
    second.statement.kind = .indirect
    let output = StatementFormatter().format([lavrovStatement, second], in: segmented(date: nil))
    #expect(output.csv.count == 2)
    #expect(output.json.count == 2)
    #expect(try span(json(output.json[1]), "content").text == "Bosnia and Herzegovina newspaper")
    #expect(output.csv[1].hasSuffix(",Bosnia and Herzegovina newspaper"))
  }

  @Test func noStatementsGiveNoRows() {
    let output = StatementFormatter().format([], in: segmented(date: nil))
    #expect(output.csv.isEmpty)
    #expect(output.json.isEmpty)
  }

  @Test func csvHeaderListsTheColumnsInOrder() {
    #expect(
      StatementFormatter.csvHeader
        == "doc,date,speaker,actor,mention,cue,kind,targets,score,label,evidence,start,end,text")
  }
}
