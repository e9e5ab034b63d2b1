import Testing

@testable import StanceKit

@Suite struct JSONObjectParserTests {
  func parse(_ text: String) throws -> JSONObjectParser.Object {
    try JSONObjectParser.parse(Array(text.utf8))
  }

  @Test func fieldsOfEveryKindAreRead() throws {
    let record = try parse(
      #"{"id": 7, "text": "Lavrov said \"no\".\n\u00e9\ud83c\uddfa", "ok": true, "no": false, "date": null, "x": [1, {"a": [2]}]}"#
    )
    #expect(record["id"] == .number("7"))
    #expect(record["text"] == .string("Lavrov said \"no\".\né🇺"))
    #expect(record["ok"] == .bool(true))
    #expect(record["no"] == .bool(false))
    #expect(record["date"] == .null)
    #expect(record["x"] == .nested)
  }

  @Test func arraysOfStringsAreReadOtherArraysSkipped() throws {
    let record = try parse(
      #"{"targets": ["ukraine", "united-states"], "none": [], "mixed": ["a", 1], "o": {"b": "c"}}"#)
    #expect(record["targets"] == .strings(["ukraine", "united-states"]))
    #expect(record["none"] == .strings([]))
    #expect(record["mixed"] == .nested)
    #expect(record["o"] == .nested)
  }

  @Test(arguments: [
    #"{"a": 1} garbage"#, #"[1, 2]"#, #"{"a": "unterminated}"#, #"{"a": "bad \q escape"}"#, #"{"a" 1}"#, #"{"a": tru}"#,
    #"{"a": }"#, "{\"a\": \"tab\tinside\"}", "", #"{"a": 1,}"#,
  ])
  func invalidJSONIsAnError(_ text: String) {
    #expect(throws: JSONObjectParser.ParseError.self) { try parse(text) }
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let text = #"{"a": "# + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
    #expect(throws: JSONObjectParser.ParseError.self) { try parse(text) }
  }

  @Test func loneSurrogateBecomesReplacementCharacter() throws {
    #expect(try parse(#"{"t": "a\ud800b"}"#)["t"] == .string("a\u{FFFD}b"))
  }

  /// With the fields a reader wants named, only those are built; the others are checked as
  /// strictly, so a line is an error (with the same message and byte) whichever fields are read.
  @Test func onlyTheNamedFieldsAreBuiltAndTheOthersStillChecked() throws {
    let names = JSONObjectParser.FieldNames(["id", "text", "text2"])
    let line = #"{"id": 7, "topics": ["a", "b"], "x": {"y": [1, "\n"]}, "t\u0065xt2": "e", "text": "T", "n": -1.5e3}"#
    let record = try JSONObjectParser.parse(Array(line.utf8), keeping: names)
    #expect(record.keys == ["id", "text2", "text"])
    #expect(record["id"] == .number("7"))
    #expect(record["text"] == .string("T"))
    #expect(record["topics"] == nil)
    let escapedKey = try JSONObjectParser.parse(Array(#"{"t\u0065xt": "T"}"#.utf8), keeping: names)
    #expect(escapedKey["text"] == .string("T"))
    for invalid in [
      #"{"text": "T", "other": "bad \q escape"}"#, #"{"text": "T", "other": [1, tru]}"#,
      #"{"text": "T", "other": {"a" 1}}"#, #"{"text": "T", "other": -}"#, "{\"text\": \"T\", \"o\": \"\u{1}\"}",
      #"{"text": "T", "other": "unterminated}"#, #"{"text": "T", "oth\q": 1}"#,
      #"{"text": "T", "o": "# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}",
    ] {
      let everything = #expect(throws: JSONObjectParser.ParseError.self) { try parse(invalid) }
      let kept = #expect(throws: JSONObjectParser.ParseError.self) {
        try JSONObjectParser.parse(Array(invalid.utf8), keeping: names)
      }
      #expect(everything == kept, "\(invalid)")
    }
  }

  /// A key written twice reads as its last value, as a JSON object read into a map would.
  @Test func aRepeatedKeyReadsAsItsLastValue() throws {
    let record = try parse(#"{"id": "a", "text": "first", "id": "b"}"#)
    #expect(record["id"] == .string("b"))
    #expect(record["text"] == .string("first"))
    #expect(record["missing"] == nil)
    #expect(record.keys == ["id", "text", "id"])
  }

  /// Long strings are scanned eight bytes at a time: an escape or a stray control character is found
  /// wherever it falls, and the error names its byte.
  @Test func escapesAndControlCharactersAreFoundAtEveryPosition() throws {
    let plain = "Lavrov and Blinken met in Geneva for talks"
    let characters = Array(plain)
    for position in 0...characters.count {
      let before = String(characters[..<position])
      let after = String(characters[position...])
      #expect(try parse(#"{"t": ""# + before + #"\n"# + after + #""}"#)["t"] == .string(before + "\n" + after))
      // A control character, alone or after an escape (where the string is decoded in one pass).
      for (opening, offset) in [("", 7), (#"\t"#, 9)] {
        let line = #"{"t": ""# + opening + before + "\u{1}" + after + #""}"#
        do {
          _ = try JSONObjectParser.parse(Array(line.utf8))
          Issue.record("a control character at \(position) after \"\(opening)\" was accepted")
        } catch {
          #expect(error.offset == offset + position)
          #expect(error.message == "control character in a string")
        }
      }
    }
  }

  @Test func escapesDecodeToTheirBytesWhateverFollows() throws {
    #expect(try parse(#"{"t": "\ud800\u0041 \u00e9\\\/\"\b\f\r"}"#)["t"] == .string("\u{FFFD}A é\\/\"\u{8}\u{C}\r"))
    #expect(try parse(#"{"t": "\u20ac\ud83d\ude00"}"#)["t"] == .string("€😀"))
    #expect(throws: JSONObjectParser.ParseError.self) { try parse(#"{"t": "ab\"#) }
    #expect(throws: JSONObjectParser.ParseError.self) { try parse(#"{"t": "ab\u12"}"#) }
  }
}
