import Testing

/// A sentence and the statement the attribute stage must find in it, by its content: with its
/// resolved speaker, or the mention as written, and its cue.
struct AttributionCase: CustomTestStringConvertible, Sendable {
  var text: String
  var content: String
  var speaker: String? = nil
  var mention: String? = nil
  var cue: String? = nil

  init(text: String, content: String, speaker: String? = nil, mention: String? = nil, cue: String? = nil) {
    self.text = text
    self.content = content
    self.speaker = speaker
    self.mention = mention
    self.cue = cue
  }

  var testDescription: String { content }

  /// Attributes the text and checks the statement and whichever of speaker, mention and cue are given.
  func expectFound(date: String = "2022-02-01", sourceLocation: SourceLocation = #_sourceLocation) {
    let found = QuoteAttributorTests().attribute(text, date: date)
    let statement = found.first { $0.content == content }
    #expect(statement != nil, "no statement \(content) in \(found.map(\.content))", sourceLocation: sourceLocation)
    if let speaker { #expect(statement?.speaker == speaker, sourceLocation: sourceLocation) }
    if let mention { #expect(statement?.mention == mention, sourceLocation: sourceLocation) }
    if let cue { #expect(statement?.cue == cue, sourceLocation: sourceLocation) }
  }
}
