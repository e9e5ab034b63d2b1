import StanceCore
import Testing

/// A small valid lexicon set, each file editable, and the `file:line: message` list of its errors.
struct LexiconDraft {
  var files: [String: String] = [
    "tone.tsv": """
    # stance lexicon: tone.tsv
    # version: 2026.11.1

    threat*\t-2\tthreat
    large-scale conflict\t-3\talarm
    dialogue\t2\tdialogue
    """,
    "cues.tsv": "# version: 2026.11.1\nsaid\t0\tverb\naccused\t-2\tverb\naccording to\t0\tsource\n",
    "modifiers.tsv": "# version: 2026.11.1\nnot\tnegator\t-0.7\nvery\tbooster\t1.5\nperhaps\thedge\t0.5\n",
    "actors.tsv": """
    # version: 2026.11.1
    russia\tRussia\tcountry\t-\tRussian Federation|Moscow\t-
    russia-gov\tRussian government\tinstitution\trussia\tKremlin\t-
    lavrov\tSergei Lavrov\tperson\trussia-gov\tLavrov|Sergey Lavrov\tForeign Minister@2004-03-09..

    """,
    "boilerplate.tsv": "# version: 2026.11.1\nRead more\tprefix\tline\tpromo\nAbout the author\theading\trest\tbio\n",
    "abbreviations.tsv": "# version: 2026.11.1\nMr.\ttitle\nU.S.\tgeneral\nNo.\tnumber\n",
    "settings.tsv": "# version: 2026.11.1\nnormalization\t6\nconciliatory-threshold\t0.1\n",
  ]

  /// The error descriptions of parsing the draft, or [] when it parses.
  func errors() -> [String] {
    do {
      _ = try LexiconSet.parse(files: files)
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  /// The draft with `text` appended to one file on a new line.
  func appending(_ text: String, to name: String) -> LexiconDraft {
    var copy = self
    var content = copy.files[name]!
    if !content.hasSuffix("\n") { content += "\n" }
    copy.files[name] = content + text
    return copy
  }

  /// The number of the line `appending` will give the appended text.
  func nextLine(of name: String) -> Int {
    let content = files[name]!
    let lines = content.split(separator: "\n", omittingEmptySubsequences: false).count
    return content.hasSuffix("\n") ? lines : lines + 1
  }
}

@Suite struct LexiconLoadingTests {
  let draft = LexiconDraft()

  @Test func validDraftLoadsEveryFile() throws {
    let set = try LexiconSet.parse(files: draft.files)
    #expect(set.tone.map(\.term) == ["threat*", "large-scale conflict", "dialogue"])
    #expect(set.tone.map(\.line) == [4, 5, 6])
    #expect(set.tone[1].weight == -3)
    #expect(set.cues.map(\.role) == [.verb, .verb, .source])
    #expect(set.modifiers.map(\.kind) == [.negator, .booster, .hedge])
    #expect(set.actors.map(\.id) == ["russia", "russia-gov", "lavrov"])
    #expect(set.boilerplate.map(\.scope) == [.line, .rest])
    #expect(set.abbreviations.map(\.kind) == [.title, .general, .number])
    #expect(set.settings.normalization == 6)
    #expect(set.versions.count == 7)
    #expect(set.versions["tone.tsv"] == "2026.11.1")
  }

  @Test func actorFieldsAreSplitIntoAliasesAffiliationAndRoles() throws {
    let set = try LexiconSet.parse(files: draft.files)
    let lavrov = try #require(set.actors.first { $0.id == "lavrov" })
    #expect(lavrov.name == "Sergei Lavrov")
    #expect(lavrov.kind == .person)
    #expect(lavrov.affiliation == "russia-gov")
    #expect(lavrov.aliases == ["Lavrov", "Sergey Lavrov"])
    #expect(lavrov.roles.map(\.title) == ["Foreign Minister"])
    #expect(lavrov.roles.first?.from == DocumentDate(year: 2004, month: 3, day: 9))
    #expect(lavrov.roles.first?.to == nil)
    #expect(set.actors.first?.affiliation == nil)
  }

  @Test func identifierIsToneVersionAndSixteenHexDigitsThatFollowTheContent() throws {
    let set = try LexiconSet.parse(files: draft.files)
    let parts = set.identifier.split(separator: "+")
    #expect(parts.count == 2)
    #expect(parts.first == "2026.11.1")
    #expect(parts.last?.count == 16)
    #expect(parts.last?.allSatisfy { $0.isHexDigit } == true)
    let changed = try LexiconSet.parse(files: draft.appending("ceasefire\t2\tde-escalation", to: "tone.tsv").files)
    #expect(changed.identifier != set.identifier)
    #expect(try LexiconSet.parse(files: draft.files).identifier == set.identifier)
  }

  @Test func commentsBlankLinesAndByteOrderMarkAreSkippedButCounted() throws {
    var draft = self.draft
    draft.files["cues.tsv"] = "\u{FEFF}# version: 1\n# a comment\n\n   \t\nsaid\t0\tverb\n"
    let set = try LexiconSet.parse(files: draft.files)
    #expect(set.cues.map(\.cue) == ["said"])
    #expect(set.cues.first?.line == 5)
    #expect(set.versions["cues.tsv"] == "1")
  }

  @Test func windowsLineEndsAreAccepted() throws {
    // A file saved on Windows: every line ends in CR LF.
    var draft = self.draft
    draft.files["cues.tsv"] = "# version: 1\r\nsaid\t0\tverb\r\nwarned\t-1\tverb\r\n"
    do {
      let set = try LexiconSet.parse(files: draft.files)
      #expect(set.cues.map(\.cue) == ["said", "warned"])
      #expect(set.versions["cues.tsv"] == "1")
    }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var line: String
    /// The expected message; the draft's own `file:line:` prefix is added.
    var message: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    Case(
      name: "wrong field count", file: "tone.tsv", line: "escalation\t-2",
      message: "expected 3 tab-separated fields, found 2"),
    Case(
      name: "too many fields", file: "cues.tsv", line: "warned\t-1\tverb\textra",
      message: "expected 3 tab-separated fields, found 4"),
    Case(
      name: "duplicate term", file: "tone.tsv", line: "dialogue\t1\tdialogue",
      message: "duplicate term 'dialogue' (first on line 6)"),
    Case(
      name: "weight out of range", file: "tone.tsv", line: "annihilation\t-5\tthreat",
      message: "weight -5 is outside -4...4"),
    Case(
      name: "weight not a number", file: "tone.tsv", line: "annihilation\tstrong\tthreat",
      message: "weight 'strong' is not a number"),
    Case(
      name: "unknown category", file: "tone.tsv", line: "provocation\t-2\tmenace", message: "unknown category 'menace'"),
    Case(
      name: "star inside a term", file: "tone.tsv", line: "threat* of war\t-2\tthreat",
      message: "'*' may only end a term: 'threat* of war'"),
    Case(
      name: "double space in a phrase", file: "tone.tsv", line: "security  guarantees\t1\treassurance",
      message: "words must be separated by single spaces: 'security  guarantees'"),
    Case(name: "empty field", file: "tone.tsv", line: "ceasefire\t\tde-escalation", message: "field 2 is empty"),
    Case(
      name: "field with spaces", file: "tone.tsv", line: "ceasefire \t2\tde-escalation",
      message: "field 1 has leading or trailing spaces"),
    Case(
      name: "duplicate cue", file: "cues.tsv", line: "said\t-1\tverb", message: "duplicate cue 'said' (first on line 2)"
    ),
    Case(
      name: "unknown cue role", file: "cues.tsv", line: "warned\t-1\tnoun",
      message: "unknown role 'noun' (verb, source, naming or quoting)"),
    Case(name: "prefix cue", file: "cues.tsv", line: "warn*\t-1\tverb", message: "'*' may only end a term: 'warn*'"),
    Case(
      name: "unknown modifier kind", file: "modifiers.tsv", line: "never\tinverter\t-0.9",
      message:
        "unknown kind 'inverter' (negator, booster, hedge, contrast, conditional, concession, counter, demand, obligation)"
    ),
    Case(
      name: "negator factor out of range", file: "modifiers.tsv", line: "never\tnegator\t0.9",
      message: "factor of a negator 0.9 is outside -1...0"),
    Case(
      name: "booster factor out of range", file: "modifiers.tsv", line: "extremely\tbooster\t0.5",
      message: "factor of a booster 0.5 is outside 1...4"),
    Case(
      name: "hedge factor out of range", file: "modifiers.tsv", line: "maybe\thedge\t1.5",
      message: "factor of a hedge 1.5 is outside 0...1"),
    Case(
      name: "duplicate modifier", file: "modifiers.tsv", line: "not\tnegator\t-0.5",
      message: "duplicate term 'not' (first on line 2)"),
    Case(
      name: "bad role date", file: "actors.tsv",
      line: "blinken\tAntony Blinken\tperson\t-\tBlinken\tSecretary of State@2021-13-26..",
      message: "role 'Secretary of State@2021-13-26..' is not Title@YYYY-MM-DD..[YYYY-MM-DD]"),
    Case(
      name: "role without range dots", file: "actors.tsv",
      line: "blinken\tAntony Blinken\tperson\t-\tBlinken\tSecretary of State@2021-01-26",
      message: "role 'Secretary of State@2021-01-26' is not Title@YYYY-MM-DD..[YYYY-MM-DD]"),
    Case(
      name: "role ending before it starts", file: "actors.tsv",
      line: "blinken\tAntony Blinken\tperson\t-\tBlinken\tSecretary of State@2021-01-26..2020-01-20",
      message: "role 'Secretary of State@2021-01-26..2020-01-20' ends before it starts"),
    Case(
      name: "unknown affiliation", file: "actors.tsv", line: "blinken\tAntony Blinken\tperson\tus-gov\tBlinken\t-",
      message: "affiliation 'us-gov' is not a defined id"),
    Case(
      name: "unknown actor kind", file: "actors.tsv", line: "osce\tOSCE\tbloc\t-\t-\t-",
      message: "unknown kind 'bloc' (person, institution, country, organization)"),
    Case(
      name: "bad actor id", file: "actors.tsv", line: "Blinken\tAntony Blinken\tperson\t-\t-\t-",
      message: "id 'Blinken' must be lower-case ASCII letters, digits and hyphens"),
    Case(
      name: "duplicate actor id", file: "actors.tsv", line: "lavrov\tLavrov\tperson\t-\t-\t-",
      message: "duplicate id 'lavrov' (first on line 4)"),
    Case(
      name: "alias of another actor", file: "actors.tsv", line: "putin\tVladimir Putin\tperson\t-\tPutin|Kremlin\t-",
      message: "name 'Kremlin' already belongs to 'russia-gov'"),
    Case(
      name: "empty alias", file: "actors.tsv", line: "putin\tVladimir Putin\tperson\t-\tPutin||Vladimir V. Putin\t-",
      message: "empty alias or alias with surrounding spaces"),
    Case(
      name: "unknown boilerplate match", file: "boilerplate.tsv", line: "Subscribe\tsuffix\tline\tpromo",
      message: "unknown match 'suffix' (line, prefix, contains, heading, caption)"),
    Case(
      name: "unknown boilerplate scope", file: "boilerplate.tsv", line: "Subscribe\tprefix\tall\tpromo",
      message: "unknown scope 'all' (line, rest)"),
    Case(
      name: "abbreviation without a dot", file: "abbreviations.tsv", line: "Gen\ttitle",
      message: "abbreviation 'Gen' must end with a dot"),
    Case(
      name: "duplicate abbreviation", file: "abbreviations.tsv", line: "Mr.\tgeneral",
      message: "duplicate abbreviation 'Mr.' (first on line 2)"),
    Case(
      name: "unknown abbreviation kind", file: "abbreviations.tsv", line: "Gen.\trank",
      message: "unknown kind 'rank' (title, general, number)"),
    Case(
      name: "unknown setting", file: "settings.tsv", line: "temperature\t2",
      message:
        "unknown setting 'temperature' (booster-window, conciliatory-threshold, confrontational-threshold, length-damping, negation-window, normalization, question-damping, remedy-factor)"
    ),
    Case(
      name: "setting given twice", file: "settings.tsv", line: "normalization\t4",
      message: "setting 'normalization' given twice"),
    Case(
      name: "setting out of range", file: "settings.tsv", line: "negation-window\t200",
      message: "negation-window 200 is outside -1...100"),
    Case(name: "second version line", file: "tone.tsv", line: "# version: 2027.1", message: "a second version line"),
  ])
  func malformedLineIsReportedAtItsFileAndLine(_ example: Case) {
    let line = draft.nextLine(of: example.file)
    let errors = draft.appending(example.line, to: example.file).errors()
    #expect(errors == ["\(example.file):\(line): \(example.message)"])
  }

  @Test func duplicatesDifferingOnlyInCaseAreFoundAndNamedAsWritten() throws {
    let tone = draft.appending("Dialogue\t1\tdialogue", to: "tone.tsv").errors()
    let cues = draft.appending("Said\t0\tverb", to: "cues.tsv").errors()
    // Found whatever the case...
    #expect(tone.count == 1)
    #expect(cues.count == 1)
    // ...and named as written on the line the error points at.
    do {
      #expect(tone == ["tone.tsv:7: duplicate term 'Dialogue' (first on line 6)"])
      #expect(cues == ["cues.tsv:5: duplicate cue 'Said' (first on line 2)"])
    }
  }

  @Test func missingVersionLineIsReportedForTheWholeFile() {
    var draft = self.draft
    draft.files["tone.tsv"] = "# stance lexicon: tone.tsv\nthreat*\t-2\tthreat\n"
    #expect(draft.errors() == ["tone.tsv: missing '# version:' line"])
  }

  @Test func emptyVersionIsReportedAtItsLine() {
    var draft = self.draft
    draft.files["settings.tsv"] = "# settings\n# version:   \nnormalization\t6\n"
    #expect(draft.errors() == ["settings.tsv:2: empty version", "settings.tsv: missing '# version:' line"])
  }

  @Test(arguments: LexiconSet.fileNames)
  func missingFileIsReported(_ name: String) {
    var draft = self.draft
    draft.files[name] = nil
    #expect(draft.errors() == ["\(name): missing lexicon file"])
  }

  @Test func invertedThresholdsAreReportedForTheSettingsFile() {
    let draft = self.draft.appending("confrontational-threshold\t0.2", to: "settings.tsv")
    #expect(draft.errors() == ["settings.tsv: confrontational-threshold must be below conciliatory-threshold"])
  }

  @Test func everyProblemIsCollectedInFileOrder() {
    var draft = self.draft
      .appending("provocation\t-2\tmenace", to: "tone.tsv")
      .appending("Gen\ttitle", to: "abbreviations.tsv")
      .appending("warned\t-1", to: "cues.tsv")
    draft.files["boilerplate.tsv"] = nil
    #expect(
      draft.errors() == [
        "boilerplate.tsv: missing lexicon file",
        "tone.tsv:7: unknown category 'menace'",
        "cues.tsv:5: expected 3 tab-separated fields, found 2",
        "abbreviations.tsv:5: abbreviation 'Gen' must end with a dot",
      ])
  }
}
