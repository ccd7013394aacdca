import Domain
import Testing

@Suite struct DayTests {
  @Test func epochIsDayZero() {
    #expect(Day(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
  }

  @Test(arguments: ["2026-11-22", "2000-02-29", "1999-12-31", "2100-03-01", "0001-01-01", "9999-12-31"])
  func roundTripsThroughComponents(iso: String) throws {
    let day = try #require(Day(iso: iso))
    #expect(day.description == iso)
  }

  @Test func differencesAreWholeDays() throws {
    let a = try #require(Day(iso: "2026-03-01"))
    let b = try #require(Day(iso: "2026-02-01"))
    #expect(a - b == 28)
    #expect(b + 28 == a)
  }

  @Test(arguments: ["2026-02-29", "2026-13-01", "2026-04-31", "2026-4-1"])
  func rejectsImpossibleDays(iso: String) {
    #expect(Day(iso: iso) == nil)
  }
}
