import Domain
import Testing

@testable import Importers

@Suite struct DateTextTests {
  @Test(arguments: [
    ("2026-03-04", "2026-03-04"), ("2026-03-04T09:15:00Z", "2026-03-04"), ("2026-03-04 09:15", "2026-03-04"),
    ("04.03.2026", "2026-03-04"), ("2026/03/04", "2026-03-04"), ("4.3.2026", "2026-03-04"),
  ])
  func readsUnambiguousDates(text: String, iso: String) throws {
    #expect(try DateText.parse(text) == .day(Day(iso: iso)!))
  }

  @Test func slashedDatesWaitForTheColumnOrder() throws {
    let value = try DateText.parse("03/04/2026 9:15 AM")
    #expect(value == .slashed(first: 3, second: 4, year: 2026))
    #expect(value.resolved(.mdy) == Day(iso: "2026-03-04"))
    #expect(value.resolved(.dmy) == Day(iso: "2026-04-03"))
    #expect(value.impliedOrder == nil)
    #expect(try DateText.parse("13/04/2026").impliedOrder == .dmy)
    #expect(try DateText.parse("04/13/2026").impliedOrder == .mdy)
  }

  @Test(arguments: ["2026-02-30", "13/13/2026", "31.02.2026", "2025-02-29"])
  func rejectsDaysThatDoNotExist(text: String) {
    #expect(throws: DateText.Failure.noSuchDay) { try DateText.parse(text) }
  }

  @Test(arguments: ["yesterday", "2026-3", "03-04-2026", "20260304", "1/2/026"])
  func rejectsOtherShapes(text: String) {
    #expect(throws: DateText.Failure.notADate) { try DateText.parse(text) }
  }

  /// A spreadsheet that saves a file again may write `8/14/18` (a real Harvest file's, github
  /// FormidableLabs/sauce-contributions): its century is not guessed, and the failure says why.
  @Test(arguments: ["1/2/26", "8/14/18", "09.01.11", "8/14/18 5:02 PM"])
  func refusesTwoDigitYears(text: String) {
    #expect(throws: DateText.Failure.twoDigitYear) { try DateText.parse(text) }
  }

  @Test func leapDayIsReal() throws {
    #expect(try DateText.parse("2024-02-29") == .day(Day(iso: "2024-02-29")!))
  }
}
