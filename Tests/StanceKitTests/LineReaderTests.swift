import Foundation
import Testing

@testable import StanceKit

/// Lines come out of a file however its chunks fall, and a failed read is reported, not taken for
/// the end of the input.
@Suite struct LineReaderTests {
  func lines(of text: String) throws -> [String] {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("line-reader-\(UUID().uuidString).txt")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let reader = LineReader(handle: try FileHandle(forReadingFrom: url))
    var lines: [String] = []
    while let line = reader.nextLine() { lines.append(String(decoding: line, as: UTF8.self)) }
    #expect(reader.readError == nil)
    return lines
  }

  @Test func linesSpanningChunksComeOutWhole() throws {
    // A line longer than a chunk, then short ones, a Windows line end and no final line break.
    let long = String(repeating: "x", count: LineReader.chunkSize + 17)
    #expect(try lines(of: "\(long)\nshort\r\n\nlast") == [long, "short", "", "last"])
  }

  @Test func aFailedReadIsKeptAndThrown() throws {
    // Reading a folder's descriptor fails (EISDIR): the reader stops and says why.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("line-reader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let descriptor = open(folder.path, O_RDONLY)
    try #require(descriptor >= 0)
    let reader = LineReader(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    #expect(reader.nextLine() == nil)
    #expect(reader.readError != nil)
    #expect(throws: StanceError.self) { try reader.throwIfIncomplete(path: folder.path) }
  }
}
