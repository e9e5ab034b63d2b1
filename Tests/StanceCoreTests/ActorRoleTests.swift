import Testing

@testable import StanceCore

@Suite struct ActorRoleTests {
  // Antony Blinken, Secretary of State from 2021-01-26 to 2025-01-20.
  let role = ActorEntry.Role(
    title: "Secretary of State", from: DocumentDate(year: 2021, month: 1, day: 26),
    to: DocumentDate(year: 2025, month: 1, day: 20))

  @Test(arguments: [
    ("2021-01-26", true), ("2021-01-25", false), ("2020-12-31", false), ("2021-12-02", true),
    ("2025-01-20", true), ("2025-01-21", false),
    // A less precise date is held if the role overlaps it.
    ("2021", true), ("2021-01", true), ("2020", false), ("2020-12", false), ("2025", true), ("2025-01", true),
    ("2025-02", false), ("2026", false),
  ])
  func roleIsHeldOnDatesItsRangeCovers(_ raw: String, _ held: Bool) throws {
    let date = try #require(DocumentDate(parsing: raw))
    #expect(role.isHeld(on: date) == held)
  }

  @Test func openRoleIsHeldEverAfter() {
    let open = ActorEntry.Role(title: "Foreign Minister", from: DocumentDate(year: 2004, month: 3, day: 9), to: nil)
    #expect(open.isHeld(on: DocumentDate(year: 2022, month: 1, day: 21)))
    #expect(!open.isHeld(on: DocumentDate(year: 2004, month: 3, day: 8)))
  }
}
