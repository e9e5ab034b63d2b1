import Foundation
import StanceCore
import StanceKit
import Testing

/// manifest.csv problems, seen through the reader of its folder.
@Suite struct ManifestTests {
  /// Reads a folder holding 000.txt and 001.txt with the given manifest; warnings as "line: message".
  func read(manifest: String) -> (documents: [String: Document], warnings: [String]) {
    let folder = CorpusFolder()
    defer { folder.remove() }
    folder.write("000.txt", "Sergey V. Lavrov accused NATO of fueling conflict in Ukraine")
    folder.write("001.txt", "A sharp tension between Russia and the US. No agreement on Ukraine")
    folder.write("manifest.csv", manifest)
    let outcome = ReadOutcome([folder.url.path])
    let warnings = outcome.warnings.map { warning -> String in
      // Keep what follows "manifest.csv" in the location: ":line" or nothing.
      let suffix = warning.location.components(separatedBy: "manifest.csv").last ?? warning.location
      return "manifest.csv\(suffix): \(warning.message)"
    }
    return (Dictionary(uniqueKeysWithValues: outcome.documents.map { ($0.id, $0) }), warnings)
  }

  @Test func headerNamesAreMatchedIgnoringCaseSpacesAndOrder() {
    let result = read(manifest: "Title, DATE ,File\nSharp tension,2021-12-02,001.txt\n")
    #expect(result.warnings.isEmpty)
    #expect(result.documents["001.txt"]?.date == DocumentDate(year: 2021, month: 12, day: 2))
    #expect(result.documents["001.txt"]?.title == "Sharp tension")
    #expect(result.documents["000.txt"]?.date == nil)
  }

  @Test func manifestWithoutAFileColumnIsIgnored() {
    let result = read(manifest: "name,date\n000.txt,2021-12-31\n")
    #expect(result.warnings == ["manifest.csv:1: no 'file' column; manifest ignored"])
    #expect(result.documents["000.txt"]?.date == nil)
  }

  @Test func rowWithoutAFileNameIsIgnored() {
    let result = read(manifest: "file,date\n000.txt,2021-12-31\n ,2021-12-02\n")
    #expect(result.warnings == ["manifest.csv:3: row without a file name; ignored"])
    #expect(result.documents["000.txt"]?.date == DocumentDate(year: 2021, month: 12, day: 31))
  }

  @Test func fileListedTwiceTakesTheLaterRow() {
    let result = read(manifest: "file,date\n000.txt,2021-12-30\n000.txt,2021-12-31\n")
    #expect(result.warnings == ["manifest.csv:3: '000.txt' listed again; the later row wins"])
    #expect(result.documents["000.txt"]?.date == DocumentDate(year: 2021, month: 12, day: 31))
  }

  @Test(arguments: ["../000.txt", "sub/000.txt", "..\\000.txt", ".hidden.txt", ".."])
  func namesOutsideTheFolderAreRefused(_ name: String) {
    let result = read(manifest: "file,date\n\(name),2021-12-31\n")
    #expect(result.warnings == ["manifest.csv:2: '\(name)' is not a file name in this folder; refused"])
  }

  @Test func unterminatedQuoteIgnoresTheWholeManifest() {
    let result = read(manifest: "file,title\n000.txt,\"Lavrov accused NATO\n001.txt,Tension\n")
    #expect(result.warnings == ["manifest.csv:2: unterminated quoted field; manifest ignored"])
    #expect(result.documents["000.txt"]?.title == nil)
    #expect(result.documents.count == 2)
  }

  @Test func shortRowsLeaveMissingColumnsEmpty() {
    let result = read(manifest: "file,date,source,title\n000.txt,2021-12-31\n")
    #expect(result.warnings.isEmpty)
    #expect(result.documents["000.txt"]?.date == DocumentDate(year: 2021, month: 12, day: 31))
    #expect(result.documents["000.txt"]?.source == nil)
  }

  @Test func emptyManifestChangesNothing() {
    let result = read(manifest: "")
    #expect(result.warnings.isEmpty)
    #expect(result.documents.count == 2)
  }
}
