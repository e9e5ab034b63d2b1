import Testing

@testable import Aggregation
@testable import StanceCore

@Suite struct ActorGroupingTests {
  static let registry = [
    ActorEntry(
      id: "lavrov", name: "Sergey Lavrov", kind: .person, affiliation: "russia-gov", aliases: [], roles: [], line: 1),
    ActorEntry(
      id: "russia-gov", name: "Russian government", kind: .institution, affiliation: "russia", aliases: [], roles: [],
      line: 2),
    ActorEntry(id: "russia", name: "Russia", kind: .country, affiliation: nil, aliases: [], roles: [], line: 3),
    // A cycle must not hang the roll-up.
    ActorEntry(id: "a", name: "A", kind: .institution, affiliation: "b", aliases: [], roles: [], line: 4),
    ActorEntry(id: "b", name: "B", kind: .institution, affiliation: "a", aliases: [], roles: [], line: 5),
  ]

  @Test func affiliationRollsAPersonUpToTheTopOfTheChain() {
    let grouping = ActorGrouping(level: .affiliation, registry: Self.registry)
    let group = grouping.group(speakerKey: "lavrov", name: "Sergey Lavrov", kind: .registered)
    #expect(group.key == "russia")
    #expect(group.name == "Russia")
    #expect(group.kind == "country")
  }

  @Test func actorLevelKeepsTheSpeakerWithItsRegistryKindAndAffiliation() {
    let grouping = ActorGrouping(level: .actor, registry: Self.registry)
    let group = grouping.group(speakerKey: "lavrov", name: "Sergey Lavrov", kind: .registered)
    #expect(
      group == ActorGrouping.Group(key: "lavrov", name: "Sergey Lavrov", kind: "person", affiliation: "russia-gov"))
  }

  @Test func speakersOutsideTheRegistryAreTheirOwnGroup() {
    let grouping = ActorGrouping(level: .affiliation, registry: Self.registry)
    let group = grouping.group(speakerKey: "Western officials", name: "Western officials", kind: .anonymous)
    #expect(group.key == "Western officials")
    #expect(group.kind == "anonymous")
  }

  @Test func aCycleInTheRegistryStops() {
    let grouping = ActorGrouping(level: .affiliation, registry: Self.registry)
    #expect(["a", "b"].contains(grouping.group(speakerKey: "a", name: "A", kind: .registered).key))
  }
}
