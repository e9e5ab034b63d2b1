import StanceCore

/// Whom a statement is charted for: its speaker, or the top of the speaker's affiliation chain in
/// the registry (Lavrov → Russian government → Russia).
public struct ActorGrouping: Sendable {
  public enum Level: String, Sendable, CaseIterable {
    case actor, affiliation
  }

  /// A charted actor's id, display name and kind.
  public struct Group: Sendable, Hashable {
    public var key: String
    public var name: String
    /// The registry kind (person, institution, country, organization) or the speaker kind
    /// (unregistered, anonymous) for speakers outside the registry.
    public var kind: String
    public var affiliation: String
  }

  public let level: Level
  private let entries: [String: ActorEntry]

  public init(level: Level, registry: [ActorEntry]) {
    self.level = level
    entries = Dictionary(registry.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The group of a speaker. Speakers outside the registry are their own group at every level.
  public func group(speakerKey: String, name: String, kind: Speaker.Kind) -> Group {
    guard var entry = entries[speakerKey] else {
      return Group(key: speakerKey, name: name, kind: kind.rawValue, affiliation: "")
    }
    if level == .affiliation, let top = chain(from: entry.id).last { entry = top }
    return Group(key: entry.id, name: entry.name, kind: entry.kind.rawValue, affiliation: entry.affiliation ?? "")
  }

  /// The actors an actor rolls up into, nearest first (Lavrov: Russian government, Russia).
  /// A cycle in the registry ends the chain.
  public func chain(from id: String) -> [ActorEntry] {
    var visited: Set<String> = [id]
    var chain: [ActorEntry] = []
    var current = entries[id]
    while let parent = current?.affiliation.flatMap({ entries[$0] }), visited.insert(parent.id).inserted {
      chain.append(parent)
      current = parent
    }
    return chain
  }
}
