import StanceCore

/// The raw values of the enumerations a statement is written with, as literals: appending one
/// copies its bytes, with no String made per statement. Each is its case's `rawValue`.
enum StatementFieldNames {
  static func name(of kind: StatementKind) -> StaticString {
    switch kind {
    case .direct: "direct"
    case .indirect: "indirect"
    case .mixed: "mixed"
    }
  }

  static func name(of kind: Speaker.Kind) -> StaticString {
    switch kind {
    case .registered: "registered"
    case .unregistered: "unregistered"
    case .anonymous: "anonymous"
    case .unresolved: "unresolved"
    }
  }

  static func name(of label: ToneLabel) -> StaticString {
    switch label {
    case .confrontational: "confrontational"
    case .neutral: "neutral"
    case .conciliatory: "conciliatory"
    }
  }
}

extension OutputBytes {
  /// A literal that needs no escape, in JSON quotes.
  mutating func append(quoted text: StaticString) {
    append(byte: 0x22)
    append(text)
    append(byte: 0x22)
  }
}
