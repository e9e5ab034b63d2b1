import Foundation
import StanceKit

/// Any bytes as a JSON Lines file, read through the corpus reader and scored.
let pipeline = Pipeline(lexicons: try! LexiconLoader.load(folder: nil))
let path = FileManager.default.temporaryDirectory.appendingPathComponent("stance-fuzz-\(getpid()).jsonl").path

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
  let reader = CorpusReader(inputs: [path], maximumDocumentBytes: 1 << 16)
  while let item = reader.next() {
    if case .document(let document) = item { _ = pipeline.process(document) }
  }
  return 0
}
