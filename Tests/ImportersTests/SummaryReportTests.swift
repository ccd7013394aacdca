import Domain
import Testing

@testable import Importers

/// Toggl's and Clockify's summary reports (issue 20): a Clockify summary grouped by date is that
/// day's time of each client; a summary without dates cannot be placed in time and is refused,
/// saying so.
@Suite struct SummaryReportTests {
  @Test func clockifySummaryGroupedByDate() throws {
    let result = try Fixture.importing(["clockify/summary-by-date.csv"])
    #expect(result.files.map(\.format) == ["clockify summary"])
    // `(Without client)` is an empty client: the project stands for it.
    #expect(
      result.ledger.timeLines == [
        "2025-03-10 Northwind Studio 13500s billable 356.25 USD",
        "2025-03-14 Internal 2400s billable 0.00 USD",
      ])
    #expect(result.diagnostics.map(\.cause) == ["client-from-project"])
  }

  @Test(arguments: ["clockify/summary-undated.csv", "toggl/summary.csv"])
  func aSummaryWithoutDatesIsRefusedSayingWhy(file: String) throws {
    let input = try Fixture.file(file)
    do {
      _ = try importAccounted([input])
      Issue.record("expected an error")
    } catch {
      #expect(
        error.message
          == "the header matches no known format; it looks like a Toggl or Clockify summary report, which has no "
          + "dates (export the detailed report, or group the summary by date)")
      #expect(error.unknownFormat)
    }
  }
}
