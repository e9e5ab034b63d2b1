import StanceCore

/// The raw values of the enumerations a statement is written with, as literals: appending one
/// copies its bytes, with no String made per statement. Each is its case's `rawValue`; the JSON
/// members carry the keys around it too.
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

  /// `,"speaker_kind":"…","mention":`, the JSON members around a speaker's kind, in one literal.
  static func jsonMembers(speakerKind kind: Speaker.Kind) -> StaticString {
    switch kind {
    case .registered: #","speaker_kind":"registered","mention":"#
    case .unregistered: #","speaker_kind":"unregistered","mention":"#
    case .anonymous: #","speaker_kind":"anonymous","mention":"#
    case .unresolved: #","speaker_kind":"unresolved","mention":"#
    }
  }

  /// `,"kind":"…","content":`, the JSON members around a statement's kind, in one literal.
  static func jsonMembers(kind: StatementKind) -> StaticString {
    switch kind {
    case .direct: #","kind":"direct","content":"#
    case .indirect: #","kind":"indirect","content":"#
    case .mixed: #","kind":"mixed","content":"#
    }
  }

  /// `,"label":"…","evidence":[`, the JSON members around a tone's label, in one literal.
  static func jsonMembers(label: ToneLabel) -> StaticString {
    switch label {
    case .confrontational: #","label":"confrontational","evidence":["#
    case .neutral: #","label":"neutral","evidence":["#
    case .conciliatory: #","label":"conciliatory","evidence":["#
    }
  }
}
