import Aggregation
import Attribution
import Reporting
import StanceCore

/// One side of a comparison: what the user typed (`lavrov`, `Sergey Lavrov`, `russia`, `USA`),
/// resolved against the actor registry.
///
/// A registry actor is found by its id, by a name or alias as the text would resolve it, or by a
/// name or alias compared case-insensitively. Its statements are those whose actor is that id and,
/// unless `includesAffiliated` is off, every actor that rolls up into it (Lavrov → Russian
/// Government → Russia). Text that names no registry actor matches unregistered speakers by name,
/// case-insensitively.
public struct ActorSelector: Sendable, Equatable {
  /// The text as typed.
  public var query: String
  /// The actor's canonical name, or the text as typed.
  public var name: String
  /// The registry id, when the text names a registry actor.
  public var actorID: String?
  /// The ids whose statements count for this side: the actor and those affiliated with it.
  public var actorIDs: Set<String>
  /// The folded name matched against unregistered speakers.
  let foldedName: [UInt8]

  /// Resolves `query` against the registry.
  public init(query: String, registry: ActorRegistry, includesAffiliated: Bool = true) {
    let text = Formatting.oneLine(query)
    self.query = query
    let folded = TextFolding.folded(text)
    foldedName = folded
    let entry = ActorSelector.entry(text: text, folded: folded, registry: registry)
    name = entry?.name ?? text
    actorID = entry?.id
    guard let entry else {
      actorIDs = []
      return
    }
    actorIDs = includesAffiliated ? ActorSelector.affiliated(with: entry.id, actors: registry.actors) : [entry.id]
  }

  static func entry(text: String, folded: [UInt8], registry: ActorRegistry) -> ActorEntry? {
    if let byID = registry.actor(id: String(decoding: folded, as: UTF8.self)) { return byID }
    let resolved = registry.resolve(name: text)
    if let id = resolved.actorID, let actor = registry.actor(id: id) { return actor }
    let matches = registry.actors.filter { actor in
      ([actor.name] + actor.aliases).contains { TextFolding.folded($0) == folded }
    }
    return matches.count == 1 ? matches[0] : nil
  }

  /// `id` and every actor whose chain of affiliations reaches it.
  static func affiliated(with id: String, actors: [ActorEntry]) -> Set<String> {
    let grouping = ActorGrouping(level: .affiliation, registry: actors)
    return Set([id] + actors.filter { actor in grouping.chain(from: actor.id).contains { $0.id == id } }.map(\.id))
  }

  /// Whether a statement by this speaker counts for this side.
  public func matches(actorID statementActor: String?, speaker: String) -> Bool {
    if let statementActor { return actorIDs.contains(statementActor) }
    return actorID == nil && TextFolding.folded(Formatting.oneLine(speaker)) == foldedName
  }

  /// Whether a statement with these targets is about this side.
  public func isTargeted(by targets: [String]) -> Bool {
    targets.contains { actorIDs.contains($0) }
  }

  /// How the side is described: `Russia (russia + 30 affiliated actors)`, `Lavrov (lavrov)`, `RUS (unregistered)`.
  public var description: String {
    guard let actorID else { return "\(name) (unregistered speaker)" }
    let others = actorIDs.count - 1
    return others > 0 ? "\(name) (\(actorID) + \(others) affiliated)" : "\(name) (\(actorID))"
  }
}
