import Foundation
import Reporting
import StanceCore
import StanceKit

/// `stance segment`: prints each document's sentences and dropped spans.
struct SegmentCommand {
  static let spec = CommandSpec(
    name: "segment",
    summary: "Split documents into sentences and show the text dropped as boilerplate.",
    usage: "stance segment [INPUT...] [--format jsonl|text] [--lexicons DIR]",
    options: [
      OptionSpec(
        name: "format", kind: .value("F"), help: "jsonl (default): one object per document; text: one sentence a line."),
      .lexicons,
    ],
    discussion: """
      JSON Lines output: {"doc": ID, "sentences": [{"start": S, "end": E}, ...], "dropped": [{"start", "end", "reason"}]}
      with offsets in Unicode scalars of the original text. With no INPUT the embedded seeds are segmented.
      """)

  static func run(_ arguments: ParsedArguments) throws -> Int32 {
    let format = arguments.values["format"] ?? "jsonl"
    guard format == "jsonl" || format == "text" else { throw UsageError("--format must be jsonl or text") }
    let lexicons = try LexiconLoader.load(folder: arguments.values["lexicons"].map { URL(fileURLWithPath: $0) })
    let pipeline = Pipeline(lexicons: lexicons)
    let inputs = arguments.positionals.isEmpty ? [try DefaultResources.seedFolder().path] : arguments.positionals
    let reader = CorpusReader(inputs: inputs)
    var output = ""
    while let item = reader.next() {
      switch item {
      case .skipped(let record):
        FileHandle.standardError.write(Data("\(record.location): skipped: \(record.reason): \(record.detail)\n".utf8))
      case .document(let document):
        let segmented = pipeline.segmenter.segment(document)
        output += format == "text" ? text(segmented) : jsonLine(segmented)
      }
      if output.utf8.count > 1 << 16 {
        FileHandle.standardOutput.write(Data(output.utf8))
        output = ""
      }
    }
    FileHandle.standardOutput.write(Data(output.utf8))
    return 0
  }

  static func jsonLine(_ segmented: SegmentedDocument) -> String {
    let converter = ScalarOffsetConverter(segmented.text)
    let sentences = segmented.sentences.map {
      "{\"start\":\(converter.scalarOffset($0.range.start)),\"end\":\(converter.scalarOffset($0.range.end))}"
    }
    let dropped = segmented.dropped.map {
      "{\"start\":\(converter.scalarOffset($0.range.start)),\"end\":\(converter.scalarOffset($0.range.end)),\"reason\":\(Formatting.jsonString($0.reason))}"
    }
    return
      "{\"doc\":\(Formatting.jsonString(segmented.document.id)),\"sentences\":[\(sentences.joined(separator: ","))],\"dropped\":[\(dropped.joined(separator: ","))]}\n"
  }

  static func text(_ segmented: SegmentedDocument) -> String {
    var lines = ["# \(segmented.document.id)"]
    for sentence in segmented.sentences { lines.append(Formatting.oneLine(segmented.text.string(sentence.range))) }
    for span in segmented.dropped {
      lines.append("# dropped (\(span.reason)): \(Formatting.oneLine(segmented.text.string(span.range)).prefix(80))")
    }
    return lines.joined(separator: "\n") + "\n\n"
  }
}
