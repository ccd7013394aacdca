import Domain
import Testing

@testable import Importers

/// Each time tracker's export, read to exact seconds, days, clients, billable flags and values.
@Suite struct TimeFormatTests {
  @Test func togglDetailedReport() throws {
    let result = try Fixture.importing(["toggl/detailed.csv"])
    #expect(result.files.map(\.format) == ["toggl time"])
    #expect(result.files[0].encoding == "UTF-8 (BOM)")
    // Two rows of one client, day and kind fold into one entry: 9000 s + 2700 s, 237.50 + 71.25.
    // Entries come grouped by client, in the order the clients first appear.
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Northwind Studio 11700s billable 308.75 USD",
        "2025-03-07 Northwind Studio 12600s billable 332.50 USD",
        "2025-03-04 Bluebird Bakery 1200s non-billable no value",
        "2025-03-05 Admin 1800s non-billable no value",
        "2025-03-05 Kettle & Crane Ltd 6300s billable 166.25 USD",
      ])
    // Row 5 has no client: its project, Admin, stands for it, said once for the file.
    #expect(
      result.diagnostics.map(\.description) == [
        "toggl/detailed.csv:1: note: column 'Client' is empty on 1 time row: each takes its project ('Project') as "
          + "the client (set \"timeWithoutClient\" to \"skip\" to leave such time out)"
      ])
    #expect((result.files[0].rowsRead, result.files[0].rowsImported, result.files[0].rowsSkipped) == (6, 6, 0))
  }

  @Test func togglTimeEntriesWithUnitDurationsAndNoAmount() throws {
    let result = try Fixture.importing(["toggl/time-entries-2026.csv"])
    #expect(result.files.map(\.format) == ["toggl time"])
    #expect(
      result.ledger.timeLines == [
        "2025-04-01 Northwind Studio 1105s billable no value",
        "2025-04-02 Bluebird Bakery 45s non-billable no value",
        "2025-04-03 Bluebird Bakery 90000s billable no value",
      ])
    // Its end is on the next day, 25 hours on: one entry, imported, with a warning at its row.
    #expect(
      result.diagnostics.map(\.description) == [
        "toggl/time-entries-2026.csv:4:146: warning: one entry of 25:00:00, more than 24 hours (a timer left "
          + "running?); imported as written"
      ])
  }

  /// A workspace with no currency writes `Amount ()`: the amount takes the settings' currency.
  @Test func togglAmountWithoutACurrency() throws {
    let text =
      "Client,Start date,Start time,Duration,Billable,Amount ()\nAcme,2025-03-03,09:00:00,01:15:00,Yes,118.75\n"
    let result = try importCSV([("t.csv", text)], options: ImportOptions(currency: .code("EUR")))
    #expect(result.ledger.timeLines == ["2025-03-03 Acme 4500s billable 118.75 EUR"])
  }

  @Test func clockifyDetailedReportPrefersTheExactDuration() throws {
    let result = try Fixture.importing(["clockify/detailed.csv"])
    #expect(result.files.map(\.format) == ["clockify time"])
    // Row 3: `Duration (h)` 01:30:30 is 5430 s; `Duration (decimal)` 1.51 would be 5436 s (spec §1).
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Northwind Studio 9000s billable 237.50 USD",
        "2025-03-04 Bluebird Bakery 1200s non-billable 0.00 USD",
        "2025-03-04 Bluebird Bakery 5430s billable 143.29 USD",
        "2025-03-14 Kettle & Crane Ltd 6300s billable 166.25 USD",
      ])
    #expect(result.diagnostics.isEmpty)
  }

  /// A real Clockify detailed report (github Cknyt/Streamlit-Clockify-BI-Dashboard, its first 6 rows): a
  /// `Kiosk` column after `Task` and `Date of creation` last, clock times without seconds (`9:06`),
  /// durations `0:43`, day-first dates, euros, no client (each row's project is its client). The
  /// durations are `Duration (h)`'s minutes (0:43 is 2580 s, where `0.72` would be 2592 s), and the
  /// three non-billable rows of one day, project and person fold into one entry.
  @Test func clockifyDetailedReportWithAKioskColumn() throws {
    let result = try Fixture.importing(["clockify/detailed-kiosk.csv"])
    #expect(result.files.map(\.format) == ["clockify time"])
    #expect(
      result.ledger.timeLines == [
        "2026-01-31 GRANGE 2580s billable 35.83 EUR",
        "2026-01-30 GRANGE 9900s billable 137.50 EUR",
        "2026-01-31 AMATERRA 10200s non-billable 0.00 EUR",
        "2026-01-30 BUSTURIALDEA 1380s billable 19.17 EUR",
      ])
    #expect(result.diagnostics.map(\.cause) == ["client-from-project"])
  }

  @Test func clockifyEuropeanSettings() throws {
    let result = try Fixture.importing(["clockify/detailed-eu.csv"])
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Atelier Rosenthal 9000s billable 225.00 EUR",
        "2025-03-05 Café Lindgren 900s non-billable 0.00 EUR",
      ])
  }

  @Test func clockifyDatesThatFitBothOrdersNeedTheSetting() throws {
    let text = """
      "Project","Client","Description","Task","User","Billable","Start Date","Start Time","Duration (h)"
      "Site","Acme","Build","","Me","Yes","03/04/2025","09:00:00","01:00:00"

      """
    #expect(throws: ImportError.self) { try importCSV([("c.csv", text)]) }
    let result = try importCSV([("c.csv", text)], options: ImportOptions(dateOrder: .dmy))
    #expect(result.ledger.timeLines == ["2025-04-03 Acme 3600s billable no value"])
  }

  /// Spec §1: a file that writes its times with AM/PM writes its dates month-first (issue 20: US
  /// Clockify exports were refused as ambiguous).
  @Test func clockifyAMPMTimesSettleTheDayOrder() throws {
    let text = """
      "Project","Client","Description","Task","User","Billable","Start Date","Start Time","Duration (h)"
      "Site","Acme","Build","","Me","Yes","03/04/2025","09:00:00 PM","01:00:00"

      """
    let result = try importCSV([("c.csv", text)])
    #expect(result.ledger.timeLines == ["2025-03-04 Acme 3600s billable no value"])
  }

  /// Another date column of the file settles a column whose own values fit both orders.
  @Test func anotherDateColumnSettlesTheOrder() throws {
    let text = """
      "Client","Start Date","Start Time","End Date","End Time","Duration (h)"
      "Acme","03/04/2025","23:00:00","03/05/2025","01:00:00","02:00:00"
      "Acme","03/10/2025","09:00:00","03/10/2025","10:00:00","01:00:00"
      "Acme","03/12/2025","09:00:00","03/13/2025","10:00:00","25:00:00"

      """
    let result = try importCSV([("c.csv", text)])
    #expect(
      result.ledger.timeLines == [
        "2025-03-04 Acme 7200s billable no value",
        "2025-03-10 Acme 3600s billable no value",
        "2025-03-12 Acme 90000s billable no value",
      ])
    #expect(
      result.diagnostics.map(\.description) == [
        "c.csv:4:56: warning: one entry of 25:00:00, more than 24 hours (a timer left running?); imported as written"
      ])
  }

  @Test func harvestDetailedTime() throws {
    let result = try Fixture.importing(["harvest/time.csv"])
    #expect(result.files.map(\.format) == ["harvest time"])
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Northwind Studio 9000s billable 237.50 USD",
        "2025-03-07 Northwind Studio 12600s billable 385.00 USD",
        "2025-03-04 Bluebird Bakery 1188s non-billable 0.00 USD",
      ])
    #expect(result.diagnostics.isEmpty)
  }

  /// Each row's `Cost Rate` goes with its time, as seconds × rate (the cost × 3600, exact): 2.5 h at
  /// $40.00 is 9,000 s × 4,000 = 36,000,000 (= $100.00 × 3,600); 0.33 h = 1,188 s × 4,000; 3.5 h
  /// = 12,600 s × 6,500. The Cost Amount column is not read: it is rounded.
  @Test func harvestCostRatesGoWithEachRow() throws {
    let result = try Fixture.importing(["harvest/time.csv"])
    #expect(result.ledger.timeEntries.map(\.costSeconds) == [36_000_000, 81_900_000, 4_752_000])
    #expect(result.ledger.timeEntries.hasCostRates)
  }

  /// Harvest writes `0.0` for a person without a cost rate: none, so the settings' rate applies. A
  /// billable row with a cost rate and no value has no currency for its cost: it is skipped, with
  /// the column named.
  @Test func aZeroCostRateIsNoneAndABillableRowNeedsAValueForItsCost() throws {
    let header = "date,client,hours,billable,amount,currency,cost_rate\n"
    let result = try importCSV([
      (
        "t.csv",
        header + "2026-01-05,Acme,1,yes,100,USD,0\n2026-01-06,Acme,1,no,,USD,40\n2026-01-07,Acme,2,yes,,USD,40\n"
      )
    ])
    #expect(result.ledger.timeEntries.map(\.costSeconds) == [nil, 14_400_000])
    #expect(
      result.ledger.timeLines == [
        "2026-01-05 Acme 3600s billable 100.00 USD", "2026-01-06 Acme 3600s non-billable 0.00 USD",
      ])
    #expect(
      result.diagnostics.map(\.message).contains {
        $0.contains("'cost_rate'") && $0.contains("needs its amount or rate")
      })
  }

  /// `1,125` would be 1125 hours with a decimal point; the file's `2,5` and `1.045,0` show a comma.
  @Test func harvestTimeInTheAccountsEuropeanNumberFormat() throws {
    let result = try Fixture.importing(["harvest/time-eu.csv"])
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Atelier Rosenthal 9000s billable 225.00 EUR",
        "2025-03-04 Atelier Rosenthal 39600s billable 1045.00 EUR",
        "2025-03-05 Café Lindgren 4050s non-billable 0.00 EUR",
      ])
  }

  /// A real Harvest export of 2018 (github FormidableLabs/sauce-contributions, its first 12 records): the
  /// older layout with `Hours Rounded` and without `Approved?` or `Employee Id`, empty rates, notes of
  /// several lines (LF inside quotes, CRLF between records). The hours are `Hours`, never `Hours Rounded`:
  /// the last row's 1.83 is 6588 s (its rounded 2 would be 7200 s). Brian Beck's two rows of 08-17 fold.
  @Test func harvestTimeOf2018() throws {
    let result = try Fixture.importing(["harvest/time-2018.csv"])
    #expect(result.files.map(\.format) == ["harvest time"])
    #expect(result.files.map(\.rowsImported) == [12])
    #expect(
      result.ledger.timeLines == [
        "2018-08-14 Formidable 18000s non-billable no value",
        "2018-08-14 Formidable 5400s non-billable no value",
        "2018-08-14 Formidable 5400s non-billable no value",
        "2018-08-15 Formidable 10800s non-billable no value",
        "2018-08-16 Formidable 3600s non-billable no value",
        "2018-08-16 Formidable 7200s non-billable no value",
        "2018-08-17 Formidable 14400s non-billable no value",
        "2018-08-17 Formidable 5400s non-billable no value",
        "2018-08-17 Formidable 16200s non-billable no value",
        "2018-08-18 Formidable 7200s non-billable no value",
        "2018-08-18 Formidable 6588s non-billable no value",
      ])
  }

  @Test func harvestImportTemplateReadsAsHarvestTime() throws {
    let result = try importCSV([
      ("h.csv", "Date,Client,Project,Task,Notes,Hours,First name,Last name\n2025-03-03,Acme,Site,Build,,1.25,Ann,Lee\n")
    ])
    #expect(result.files.map(\.format) == ["harvest time"])
    #expect(result.ledger.timeLines == ["2025-03-03 Acme 4500s billable no value"])
  }

  /// Kimai writes a false flag as an empty cell, and a fixed-price entry as 0:00 with a price.
  @Test func kimaiExport() throws {
    let result = try Fixture.importing(["kimai/export.csv"])
    #expect(result.files.map(\.format) == ["kimai time"])
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Atelier Rosenthal 9000s billable 225.00 EUR",
        "2025-03-05 Café Lindgren 900s non-billable 0.00 EUR",
        "2025-03-06 Café Lindgren 5400s billable 135.00 EUR",
        "2025-03-07 Café Lindgren 0s billable 350.00 EUR",
      ])
    #expect(result.diagnostics.isEmpty)
  }

  /// A real Kimai 2 export of 2025 (github mikestepanov/chronos, its first 3 records): no `E-mail` column,
  /// headers quoted only where they hold a space, a night's work from 22:09 to 06:09 (its 8:00 agrees with
  /// its clock times over midnight, so no warning), a description of several lines, prices of 0. The two
  /// rows of one person, project and day fold into one entry.
  @Test func kimaiExportOf2025() throws {
    let result = try Fixture.importing(["kimai/export-2025.csv"])
    #expect(result.files.map(\.format) == ["kimai time"])
    #expect(
      result.ledger.timeLines == [
        "2025-07-07 StartHub 30600s billable 0.00 USD",
        "2025-07-07 StartHub 1800s billable 0.00 USD",
      ])
    #expect(result.diagnostics.isEmpty)
  }
}
