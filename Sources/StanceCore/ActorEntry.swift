/// A registered actor: a person, institution, country or organisation.
public struct ActorEntry: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable {
    case person, institution, country, organization
  }

  /// A title held over a date range ("Secretary of State" from 2021-01-26).
  public struct Role: Sendable, Hashable {
    public var title: String
    public var from: DocumentDate
    /// nil while still held.
    public var to: DocumentDate?

    /// Whether the role was held on `date`.
    public func isHeld(on date: DocumentDate) -> Bool {
      if date < from && !(date.year == from.year && (date.month == 0 || (date.month == from.month && date.day == 0))) {
        return false
      }
      if let to, date > to { return false }
      return true
    }
  }

  public var id: String
  public var name: String
  public var kind: Kind
  /// The id of the actor this one rolls up into (person → government → country).
  public var affiliation: String?
  public var aliases: [String]
  public var roles: [Role]
  public var line: Int
  /// The file the entry was read from (an overlay's file when an overlay set it).
  public var file = ""
}
