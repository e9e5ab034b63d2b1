import Aggregation
import StanceCore
import Testing

@Suite struct DuplicateFilterTests {
  static let day = DocumentDate(year: 2021, month: 12, day: 2)

  func check(
    _ filter: inout DuplicateFilter, _ text: String, speaker: String = "blinken", date: DocumentDate? = day,
    document: String
  ) -> Bool {
    // Documents are named by one letter and numbered by it.
    let position = Int(document.unicodeScalars.first!.value)
    return filter.isDuplicate(
      speaker: speaker, fingerprint: StatementFingerprint(text: text), date: date, document: position)
  }

  @Test func twoReportsOfTheSameRemarksCountOnce() {
    // The same remarks in two articles: one quotes them in full, the other reports them with a lead-in and more.
    var filter = DuplicateFilter()
    #expect(
      !check(
        &filter,
        "We have deep concerns about Russia’s plans for a renewed aggression against Ukraine,” said Blinken.",
        document: "p"))
    #expect(
      check(
        &filter,
        "the US had “deep concerns about Russia’s plans for renewed aggression against Ukraine,” and warned Moscow",
        document: "q"))
  }

  @Test func onlyStatementsOfAChartedSpeakerAreFingerprinted() {
    // An unresolved speaker's statement is never charted, so never checked for a copy.
    let text = "We will not accept any ultimatums from Washington or from NATO."
    func record(_ speaker: Speaker) -> StatementRecord {
      StatementRecord(
        speaker: speaker, score: -0.5, label: .confrontational, document: "a", date: Self.day, text: text,
        targets: [], order: 0)
    }
    #expect(record(Speaker(name: "he", actorID: nil, kind: .unresolved)).fingerprint.keys.isEmpty)
    let named = record(Speaker(name: "Sergei Lavrov", actorID: "lavrov", kind: .registered))
    #expect(named.fingerprint == StatementFingerprint(text: text))
    #expect(!named.fingerprint.keys.isEmpty)
  }

  @Test func punctuationQuotesAndCaseDoNotMatter() {
    var filter = DuplicateFilter()
    #expect(!check(&filter, "We are ready for it.", document: "a"))
    #expect(check(&filter, "“we are READY for it”", document: "b"))
  }

  @Test func theSameWordsTwiceInOneArticleAreNotCollapsed() {
    var filter = DuplicateFilter()
    #expect(!check(&filter, "We are ready for it.", document: "a"))
    #expect(!check(&filter, "We are ready for it.", document: "a"))
  }

  @Test func anotherSpeakerOrAnotherYearIsNotADuplicate() {
    var filter = DuplicateFilter()
    #expect(!check(&filter, "We are ready for it.", document: "a"))
    #expect(!check(&filter, "We are ready for it.", speaker: "lavrov", document: "b"))
    // A formula repeated a year later is a new statement.
    #expect(!check(&filter, "We are ready for it.", date: DocumentDate(year: 2022, month: 12, day: 2), document: "c"))
    // Within the same or the neighbouring seven-day span it is the same one.
    #expect(check(&filter, "We are ready for it.", date: DocumentDate(year: 2021, month: 12, day: 5), document: "d"))
  }

  @Test func differentStatementsOfOneSpeakerAreKept() {
    var filter = DuplicateFilter()
    #expect(!check(&filter, "Russia does not want a new military confrontation.", document: "a"))
    #expect(!check(&filter, "the nightmare scenario of a military confrontation was returning", document: "b"))
  }

  @Test func yearOnlyDatesCompareByYear() {
    var filter = DuplicateFilter()
    let year = DocumentDate(year: 2005)
    #expect(!check(&filter, "We congratulate you on your election.", date: year, document: "a"))
    #expect(check(&filter, "We congratulate you on your election.", date: year, document: "b"))
    #expect(!check(&filter, "We congratulate you on your election.", date: DocumentDate(year: 2006), document: "c"))
  }

  @Test func fingerprintOfAStatementWithoutWordsIsEmpty() {
    #expect(StatementFingerprint(text: " … — ").keys.isEmpty)
    var filter = DuplicateFilter()
    #expect(!check(&filter, "…", document: "a"))
    #expect(!check(&filter, "…", document: "b"))
  }
}

@Suite struct DuplicateFilterCapacityTests {
  @Test func theTableStaysBoundedAndStillFindsRecentCopies() {
    var filter = DuplicateFilter()
    let date = DocumentDate(year: 2021, month: 12, day: 2)
    // Many distinct statements, then a copy of the last one from another document.
    for index in 0..<20_000 {
      let fingerprint = StatementFingerprint(text: "statement number \(index) about the talks")
      let isDuplicate = filter.isDuplicate(speaker: "lavrov", fingerprint: fingerprint, date: date, document: index)
      #expect(!isDuplicate)
    }
    let copy = StatementFingerprint(text: "statement number 19999 about the talks")
    let isDuplicate = filter.isDuplicate(speaker: "lavrov", fingerprint: copy, date: date, document: 20_000)
    #expect(isDuplicate)
  }

  @Test func belowTheCapacityNoStatementIsForgotten() {
    var filter = DuplicateFilter()
    let date = DocumentDate(year: 2022, month: 3, day: 14)
    let count = 30_000
    for index in 0..<count {
      let fingerprint = StatementFingerprint(text: "remarks number \(index) about the corridor")
      _ = filter.isDuplicate(speaker: "zelensky", fingerprint: fingerprint, date: date, document: index)
    }
    // Every one of them, reported again by another document, is recognised.
    let missed = (0..<count).filter { index in
      let copy = StatementFingerprint(text: "remarks number \(index) about the corridor")
      return !filter.isDuplicate(speaker: "zelensky", fingerprint: copy, date: date, document: count + index)
    }
    #expect(missed.isEmpty)
  }

  @Test func aFormulaRepeatedEveryMonthMatchesItsOwnMonth() {
    var filter = DuplicateFilter()
    let fingerprint = StatementFingerprint(text: "We remain committed to a negotiated settlement.")
    func seen(month: Int, year: Int = 2023, document: Int) -> Bool {
      filter.isDuplicate(
        speaker: "guterres", fingerprint: fingerprint, date: DocumentDate(year: year, month: month),
        document: document)
    }
    // Said every other month (each time in a document of its own), then reported again from the first.
    for month in stride(from: 1, through: 11, by: 2) { #expect(!seen(month: month, document: month)) }
    #expect(seen(month: 1, document: 100))
    #expect(!seen(month: 6, year: 2024, document: 101))
  }
}
