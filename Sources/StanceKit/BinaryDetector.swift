import Foundation

/// Tells text from files that are not text: a NUL byte, or mostly bytes that are not UTF-8.
enum BinaryDetector {
  /// How much of a file is inspected.
  static let sampleSize = 64 << 10

  /// Why a file is not text, or nil when it reads as text.
  static func problem(_ data: Data) -> (reason: String, detail: String)? {
    let sample = data.prefix(sampleSize)
    if sample.contains(0) {
      return ("binary", "NUL bytes: not a text file")
    }
    var invalid = 0
    var decoder = UTF8()
    var iterator = sample.makeIterator()
    var scalars = 0
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: scalars += 1
      case .error: invalid += 1
      case .emptyInput: break decoding
      }
    }
    // A cut at the end of the sample may split one scalar; more than a tenth invalid is not text.
    if scalars + invalid > 16, invalid * 10 > scalars + invalid {
      return ("undecodable", "\(invalid) of the first \(scalars + invalid) characters are not UTF-8")
    }
    return nil
  }
}
