import Foundation
import StanceCore
import StanceTestSupport
import Testing

/// The project's lexicons load to the same entries whichever way their lines are read: a file no
/// overlay touches is read whole from its bytes, one an overlay touches line by line after layering.
@Suite struct LexiconReadingPathTests {
  static let files: [String: String] = {
    var files: [String: String] = [:]
    for name in LexiconSet.fileNames {
      let data = FileManager.default.contents(atPath: Fixtures.lexiconFolder.appendingPathComponent(name).path)!
      files[name] = String(decoding: data, as: UTF8.self)
    }
    return files
  }()

  /// The dump without its identifier line, which follows the bytes of the files.
  func entries(_ layers: [LexiconLayer]) -> [Substring] {
    LexiconSetDump.text(ofLoading: layers).split(separator: "\n").filter { !$0.hasPrefix("identifier ") }
  }

  @Test func filesReadWholeOrLayeredLoadTheSameEntries() {
    let whole = entries([LexiconLayer(files: Self.files)])
    #expect(whole.count > 1000)
    #expect(!whole.contains { $0.hasPrefix("error") })
    // An overlay of empty files changes no entry, but sends every file through the layered reading.
    let empty = LexiconSet.fileNames.reduce(into: [String: String]()) { $0[$1] = "" }
    let layered = entries([LexiconLayer(files: Self.files), LexiconLayer(files: empty)])
    #expect(whole == layered)
  }

  @Test func windowsLineEndsAndAByteOrderMarkLoadTheSameEntries() {
    let windows = Self.files.mapValues { "\u{FEFF}" + $0.replacingOccurrences(of: "\n", with: "\r\n") }
    let plain = entries([LexiconLayer(files: Self.files)])
    #expect(plain.count > 1000)
    #expect(entries([LexiconLayer(files: windows)]) == plain)
  }
}
