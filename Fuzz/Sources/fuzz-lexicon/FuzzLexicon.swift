import Foundation
import StanceCore
import StanceKit

/// Any bytes as each lexicon file in turn, over the default lexicon: errors, never a crash.
let folder = try! DefaultResources.lexiconFolder()
let defaults: [String: String] = Dictionary(
  uniqueKeysWithValues: LexiconSet.fileNames.map {
    ($0, String(decoding: FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)!, as: UTF8.self))
  })

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let name = LexiconSet.fileNames[size % LexiconSet.fileNames.count]
  var files = defaults
  files[name] = text
  if let lexicons = try? LexiconSet.parse(files: files) {
    _ = Pipeline(lexicons: lexicons).process(Document(id: "probe", text: "“We reject threats,” Lavrov said."))
  }
  return 0
}
