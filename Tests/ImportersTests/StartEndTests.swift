import Domain
import Testing

@testable import Importers

/// Durations from start and end where an export has none, and start and end as a check of the
/// duration it has (spec §1, issue 20).
@Suite struct StartEndTests {
  /// Toggl's customised export without `Duration`: start to end, across midnight by the end date.
  @Test func togglWithoutADurationColumn() throws {
    let result = try Fixture.importing(["toggl/detailed-without-duration.csv"])
    #expect(result.files.map(\.format) == ["toggl time"])
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Northwind Studio 9000s billable no value",
        "2025-03-05 Kettle & Crane Ltd 6300s billable no value",
      ])
    #expect(
      result.diagnostics.map(\.description) == [
        "toggl/detailed-without-duration.csv:2:125: note: this file writes no duration: each entry's is the time "
          + "from its start to its end"
      ])
  }

  /// Clockify without its duration columns, in a US account: AM/PM times settle the day order too.
  @Test func clockifyWithoutDurationColumns() throws {
    let result = try Fixture.importing(["clockify/detailed-without-duration.csv"])
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Northwind Studio 9000s billable 237.50 USD",
        "2025-03-04 Northwind Studio 2700s billable 71.25 USD",
      ])
  }

  /// Kimai's import format (and Kimai 1.x's export) writes seconds: 39600 is 11 hours, not 39,600.
  /// The third row's 7000 s contradicts its 15:50–17:51 (7260 s): imported, with a warning.
  @Test func kimaiDurationInSeconds() throws {
    let result = try Fixture.importing(["kimai/import-seconds.csv"], options: ImportOptions(currency: .code("EUR")))
    #expect(result.files.map(\.format) == ["kimai seconds time"])
    #expect(
      result.ledger.timeLines == [
        "2025-03-04 Atelier Rosenthal 39600s billable 1045.00 EUR",
        "2025-03-05 Café Lindgren 900s billable 0.00 EUR",
        "2025-03-06 Café Lindgren 7000s billable 190.00 EUR",
      ])
    #expect(
      result.diagnostics.map(\.description) == [
        "kimai/import-seconds.csv:4:30: warning: the duration 1:56:40 contradicts the entry's start and end, 2:01:00 "
          + "apart; the duration is imported",
        "kimai/import-seconds.csv: note: 3 amounts name no currency (no currency column, none in the header): read "
          + "as EUR, the \"currency\" setting",
      ])
  }

  /// A clock duration in a file of seconds is refused at its row.
  @Test func aClockInASecondsFileIsAnError() throws {
    let text =
      "Date,From,To,Duration,Rate,User,Customer,Project,Activity,Description,Exported,Tags,Hourly rate,Fixed rate\n"
      + "2025-03-04,07:00,09:30,2:30,0,lena,Acme,P,A,,0,,0,0\n"
    let result = try importCSV([("k.csv", text)], options: ImportOptions(currency: .code("EUR")))
    #expect(
      result.diagnostics.map(\.description) == [
        "k.csv:2:24: error: column 'Duration': '2:30' is not a number of seconds, as the rest of this export writes "
          + "durations; row skipped"
      ])
  }

  /// Kimai 1.x as its CSV renderer writes it (inferred from its code; no file seen): the seconds as
  /// `=7260`, and a last row of sums with no date, which is a totals row, not data.
  @Test func kimaiOneSpreadsheetValuesAndItsSumsRow() throws {
    let text =
      "Date,From,To,Duration,Rate,User,Customer,Project,Activity,Description,Exported,Tags,Hourly rate,Fixed rate\n"
      + "2025-03-04,15:50,17:51,=7260,231.92,lena,Acme,P,A,,0,,115.00,0\n"
      + ",,,=SUM(D2:D2),=SUM(E2:E2),,,,,,,,,\n"
    let result = try importCSV([("k.csv", text)], options: ImportOptions(currency: .code("EUR")))
    #expect(result.ledger.timeLines == ["2025-03-04 Acme 7260s billable 231.92 EUR"])
    #expect(result.diagnostics.map(\.cause) == ["totals-row", "currency-from-setting"])
  }

  @Test func anEndBeforeItsStartIsAnError() throws {
    let text = "Client,Start date,Start time,End date,End time\nAcme,2025-03-04,10:00:00,2025-03-04,09:00:00\n"
    let result = try importCSV([("t.csv", text)])
    #expect(result.diagnostics.map(\.cause) == ["end-before-start"])
    #expect(result.ledger.timeLines.isEmpty)
  }

  /// Start and end more than 10,000 hours apart (a mistyped year), and a seconds cell past the same limit.
  @Test func aSpanOrSecondsPastTheLimitSkipTheirRows() throws {
    let span =
      "Client,Start date,Start time,End date,End time\nAcme,2025-03-04,09:00:00,2027-03-04,09:00:00\n"
    #expect(
      try importCSV([("t.csv", span)]).diagnostics.map(\.description) == [
        "t.csv:2:37: error: column 'End time': the time from start to end is more than 10,000 hours, the most one "
          + "row may hold; row skipped"
      ])
    let seconds =
      "Date,From,To,Duration,Rate,User,Customer,Project,Activity,Description,Exported,Tags,Hourly rate,Fixed rate\n"
      + "2025-03-04,,,36000001,0,lena,Acme,P,A,,0,,0,0\n"
    #expect(
      try importCSV([("k.csv", seconds)], options: ImportOptions(currency: .code("EUR"))).diagnostics.map(
        \.description) == [
          "k.csv:2:14: error: column 'Duration': '36000001' seconds is more than 10,000 hours, the most one row may "
            + "hold; row skipped"
        ])
  }

  @Test(arguments: [
    ("09:00", 32_400), ("9:05:30", 32_730), ("10:23:52 AM", 37_432), ("12:00 AM", 0), ("12:30 pm", 45_000),
    ("2025-03-03 17:02", 61_320), ("2025-03-03T09:00:00Z", 32_400), ("03/14/2025 5:02 PM", 61_320),
  ])
  func clockTimes(text: String, seconds: Int) {
    #expect(ClockTime.seconds(text) == seconds)
  }

  @Test(arguments: ["", "25:00", "9", "13:00 PM", "ab:cd", "9:60"])
  func notClockTimes(text: String) {
    #expect(ClockTime.seconds(text) == nil)
    #expect(Array(text.utf8).withUnsafeBufferPointer { ClockTime.seconds(bytes: $0) } == nil)
  }

  /// The byte-level reading, used on every row, gives what the text reading gives, or leaves it to it.
  @Test(arguments: ["09:00", "9:05:30", "10:23:52 AM", "12:00 AM", "12:30 pm", "23:59:59", "00:00", "7:5"])
  func clockBytesAgreeWithTheText(text: String) {
    let fromBytes = Array(text.utf8).withUnsafeBufferPointer { ClockTime.seconds(bytes: $0) }
    #expect(fromBytes == nil || fromBytes == ClockTime.seconds(text))
    #expect(fromBytes != nil || text == "7:5")
  }
}
