import StanceCore
import Testing

/// How lexicon lines are read from their bytes: line ends, byte-order marks, tabs, blank and
/// comment lines, and lines whose characters are not ASCII.
@Suite struct LexiconLineReadingTests {
  let draft = LexiconDraft()

  /// The draft with `cues.tsv` replaced by a version line and `lines`.
  func cues(_ lines: String) -> LexiconDraft {
    var draft = self.draft
    draft.files["cues.tsv"] = "# version: 1\n" + lines
    return draft
  }

  @Test func windowsLineEndsKeepLineNumbersInMessages() {
    let draft = cues("said\t0\tverb\r\nwarned\t-1\r\nclaimed\t0\tnoun\r\n")
    #expect(
      draft.errors() == [
        "cues.tsv:3: expected 3 tab-separated fields, found 2",
        "cues.tsv:4: unknown role 'noun' (verb, source, naming or quoting)",
      ])
  }

  @Test func aStrayCarriageReturnBeforeTheLineEndIsDropped() throws {
    let set = try LexiconSet.parse(files: cues("said\t0\tverb\r\r\nwarned\t-1\tverb\r").files)
    #expect(set.cues.map(\.cue) == ["said", "warned"])
    #expect(set.cues.map(\.line) == [2, 3])
  }

  @Test func aCarriageReturnInsideALineIsPartOfItsField() {
    #expect(cues("said\t0\r\tverb\n").errors() == ["cues.tsv:2: field 2 has leading or trailing spaces"])
  }

  @Test func aLoneCarriageReturnDoesNotEndALine() throws {
    // Old Mac line ends: the whole file is one comment line, its version running to the end.
    var draft = self.draft
    draft.files["cues.tsv"] = "# version: 1\rsaid\t0\tverb\r"
    let set = try LexiconSet.parse(files: draft.files)
    #expect(set.cues.isEmpty)
    #expect(set.versions["cues.tsv"] == "1\rsaid\t0\tverb")
  }

  @Test func aByteOrderMarkCountsOnlyAtTheStartOfAFile() {
    var draft = self.draft
    draft.files["cues.tsv"] = "\u{FEFF}# version: 1\n\u{FEFF}said\t0\tverb\n\u{FEFF}warned\t-1\n"
    #expect(draft.errors() == ["cues.tsv:3: expected 3 tab-separated fields, found 2"])
  }

  @Test func aByteOrderMarkBeforeARemovalIsStillARemoval() {
    var draft = self.draft
    draft.files["cues.tsv"] = "\u{FEFF}!said\r\n# version: 1\r\n"
    #expect(draft.errors() == ["cues.tsv:1: '!said' removes an entry, which only an overlay can do"])
  }

  @Test(arguments: [
    ("said\t\t0\tverb", "cues.tsv:2: expected 3 tab-separated fields, found 4"),
    ("said\t0\tverb\t", "cues.tsv:2: expected 3 tab-separated fields, found 4"),
    ("\tsaid\t0\tverb", "cues.tsv:2: expected 3 tab-separated fields, found 4"),
    ("said\t0\t", "cues.tsv:2: field 3 is empty"),
    ("said \t\t", "cues.tsv:2: field 1 has leading or trailing spaces"),
    ("said\t 0\tverb", "cues.tsv:2: field 2 has leading or trailing spaces"),
    (" # said\t0\tverb", "cues.tsv:2: field 1 has leading or trailing spaces"),
  ])
  func tabsAndSpacesAroundFieldsAreReported(_ line: String, _ message: String) {
    #expect(cues(line + "\n").errors() == [message])
  }

  @Test func linesOfSpacesAndTabsAreBlank() throws {
    let set = try LexiconSet.parse(files: cues("\t\t\n  \t \nsaid\t0\tverb\n\t\n").files)
    #expect(set.cues.map(\.line) == [4])
  }

  @Test func emptyFilesHaveNoVersion() {
    for text in ["", "\n", "\r\n", "\u{FEFF}"] {
      var draft = self.draft
      draft.files["modifiers.tsv"] = text
      #expect(draft.errors() == ["modifiers.tsv: missing '# version:' line"])
    }
  }

  @Test func versionLinesAreTrimmedOfSpacesTabsAndCarriageReturns() throws {
    var draft = self.draft
    draft.files["cues.tsv"] = "#   version:\t 2026.12 \t\r\nsaid\t0\tverb\n"
    #expect(try LexiconSet.parse(files: draft.files).versions["cues.tsv"] == "2026.12")
    draft.files["cues.tsv"] = "#version:2026.12\nsaid\t0\tverb\n#\tversion: 2027\n"
    #expect(try LexiconSet.parse(files: draft.files).versions["cues.tsv"] == "2026.12")
  }

  @Test func replacedBytesStayInTheTermAndLaterLinesKeepTheirNumbers() throws {
    // Invalid UTF-8 read from disk arrives as U+FFFD.
    var draft = self.draft
    draft.files["tone.tsv"] = "# version: 1\n# caf\u{FFFD}\nd\u{FFFD}tente\t2\tde-escalation\ndialogue\t2\tdialogue\n"
    let set = try LexiconSet.parse(files: draft.files)
    #expect(set.tone.map(\.term) == ["d\u{FFFD}tente", "dialogue"])
    #expect(set.tone.map(\.line) == [3, 4])
  }

  @Test func aCombiningMarkJoinsTheCharacterBeforeIt() {
    // "#" with an accent is not a comment, and an accented tab-separated field is not a number.
    #expect(cues("#\u{301} a comment\n").errors() == ["cues.tsv:2: expected 3 tab-separated fields, found 1"])
    #expect(cues("said\t\u{301}0\tverb\n").errors() == ["cues.tsv:2: weight '\u{301}0' is not a number"])
    var draft = self.draft
    draft.files["cues.tsv"] = "# version:\u{301} 1\nsaid\t0\tverb\n"
    #expect(draft.errors() == ["cues.tsv: missing '# version:' line"])
  }

  @Test func nonASCIINamesAliasesAndTitlesAreRead() throws {
    let line =
      "erdogan\tRecep Tayyip Erdoğan\tperson\t-\tErdoğan|Erdogan\tPrésident de la Turquie@2014-08-28..|PM@2003..2014"
    let set = try LexiconSet.parse(files: draft.appending(line, to: "actors.tsv").files)
    let erdogan = try #require(set.actors.first { $0.id == "erdogan" })
    #expect(erdogan.aliases == ["Erdoğan", "Erdogan"])
    #expect(erdogan.roles.map(\.title) == ["Président de la Turquie", "PM"])
    #expect(erdogan.roles.map { $0.to?.description } == [nil, "2014"])
  }

  @Test func aliasesThatFoldAlikeBelongToOneActor() {
    let line = "us\tU.S.\tcountry\t-\tUS\t-"
    #expect(draft.appending(line, to: "actors.tsv").errors().isEmpty)
    let clash = draft.appending("kremlin-press\tKremlin Press\tinstitution\t-\tk.r.e.m.l.i.n\t-", to: "actors.tsv")
    #expect(
      clash.errors() == [
        "actors.tsv:\(draft.nextLine(of: "actors.tsv")): name 'k.r.e.m.l.i.n' already belongs to 'russia-gov'"
      ])
  }

  @Test func linesSplitAsTheyAlwaysHave() {
    let texts = ["a\r\r\nb", "\u{FEFF}a\r\n\r\n", "a\rb", "", "x\n"]
    let lines = texts.map { LexiconFile.lines(of: $0, file: "f").map { String($0.text) } }
    #expect(lines == [["a", "b"], ["a", "", ""], ["a\rb"], [""], ["x", ""]])
  }
}
