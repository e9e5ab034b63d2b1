import Foundation
import StanceKit

/// Any bytes as a corpus folder's manifest.csv and as one of its articles, read and scored.
let pipeline = Pipeline(lexicons: try! LexiconLoader.load(folder: nil))
let folder: URL = {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("stance-fuzz-folder-\(getpid())")
  try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Data(bytes: data, count: size)
  FileManager.default.createFile(atPath: folder.appendingPathComponent("manifest.csv").path, contents: input)
  FileManager.default.createFile(atPath: folder.appendingPathComponent("a.txt").path, contents: input)
  let reader = CorpusReader(inputs: [folder.path], maximumDocumentBytes: 1 << 16)
  while let item = reader.next() {
    if case .document(let document) = item { _ = pipeline.process(document) }
  }
  return 0
}
