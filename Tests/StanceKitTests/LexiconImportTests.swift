import Foundation
import StanceCore
import StanceKit
import StanceTestSupport
import Testing

/// Dictionaries in the VADER and LIWC / Lexicoder formats, written for these tests.
@Suite struct LexiconImportTests {
  static let vader = """
    belligerent\t-2.6\t0.66332\t[-3, -2, -3, -3, -2, -2, -3, -3, -2, -3]
    Amicable\t2.44\t0.7\t[2, 3, 2, 3, 2, 3, 2, 2, 3, 2]
    table\t0.1\t0.3\t[0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    :-)\t1.9\t0.5\t[2, 2, 2, 2, 2, 1, 2, 2, 2, 2]
    broken line without numbers
    """

  static let dictionary = """
    %
    1\tpositive
    2\tnegative
    3\tneg_positive
    4\tfunction
    %
    reconcil*\t1
    aggress*\t2
    not trust*\t3
    the\t4
    ambival*\t1\t2
    """

  @Test func vaderMeansBecomeWeightsAndNeutralTermsAreLeftOut() {
    let result = LexiconImport.convert(text: Self.vader, format: .vader, file: "vader.txt")
    let rows = result.toneFile.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    #expect(rows == ["belligerent\t-2.6\thostility", "amicable\t2.4\tsupport"])
    #expect(
      result.skipped.map(\.description) == [
        "vader.txt:4: ':-)' does not start with a word", "vader.txt:5: not 'token TAB mean TAB sd TAB ratings'",
      ])
  }

  @Test func dictionaryCategoriesMapBySignAndNegatedCategoriesFlip() {
    let result = LexiconImport.convert(text: Self.dictionary, format: .dic, file: "mini.dic", weight: 2)
    let rows = result.toneFile.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    #expect(rows == ["reconcil*\t2\tsupport", "aggress*\t-2\thostility", "not trust*\t-2\thostility"])
    #expect(result.skipped.map(\.description) == ["mini.dic:11: in categories of both signs"])
  }

  @Test func importedFileWorksAsAnOverlay() throws {
    let tone = LexiconImport.convert(text: Self.vader, format: .vader, file: "vader.txt").toneFile
    let set = try LexiconSet.parse(layers: [
      LexiconLayer(files: LexiconTestFiles.base), LexiconLayer(location: "vader", files: ["tone.tsv": tone]),
    ])
    #expect(set.tone.contains { $0.term == "belligerent" && $0.weight == -2.6 && $0.file == "vader/tone.tsv" })
    #expect(set.tone.contains { $0.term == "amicable" && $0.weight == 2.4 })
  }
}

@Suite struct LexiconImportLoadingTests {
  @Test func dictionaryFileIsAcceptedDirectlyAsAnOverlay() throws {
    let folder = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("mini.dic")
    try Data(LexiconImportTests.dictionary.utf8).write(to: file)
    let set = try LexiconLoader.load(folder: Fixtures.lexiconFolder, overlays: [file])
    let term = try #require(set.tone.first { $0.term == "reconcil*" })
    #expect(term.weight == 1.5)
    #expect(term.file == file.path + "/tone.tsv")
    #expect(set.identifier != Fixtures.lexicons.identifier)
  }
}
