import Domain
import Foundation
import Testing

@testable import Importers

/// Values past the limits of `docs/formats.md` skip their row, said at its line and column; no
/// value or sum made while reading can trap.
@Suite struct LimitTests {
  @Test func aThirtyDigitRateInATimeRowSkipsItsRow() throws {
    let result = try importCSV([
      ("t.csv", "date,client,hours,rate,currency\n2026-01-05,Acme,1,123456789012345678901234567890,USD\n")
    ])
    #expect(result.ledger.timeEntries.isEmpty)
    #expect(
      result.diagnostics.map(\.description) == [
        "t.csv:2:19: error: column 'rate': '123456789012345678901234567890' is too large (the limit is "
          + "100000000000.00 USD); row skipped"
      ])
    #expect(result.diagnostics.map(\.cause) == ["amount-too-large"])
  }

  @Test func aRatePastTheLimitSkipsItsRowHoweverShortTheTime() throws {
    // A second at 100,000,000,000.01 an hour is worth 27.78 USD, but the rate itself is no amount; the
    // limit itself is one, and an odd cent rounds half to even (0.005 → 0.00, 0.015 → 0.02).
    let result = try importCSV([
      (
        "t.csv",
        "date,client,hours,rate,currency\n2026-01-05,Acme,0.00027777,100000000000.01,USD\n"
          + "2026-01-05,Acme,1,100000000000.00,USD\n2026-01-06,Acme,0.5,0.01,USD\n2026-01-07,Acme,0.5,0.03,USD\n"
      )
    ])
    #expect(result.ledger.timeEntries.map { $0.value?.minorUnits } == [10_000_000_000_000, 0, 2])
    #expect(
      result.diagnostics.map(\.description) == [
        "t.csv:2:28: error: column 'rate': '100000000000.01' is too large (the limit is 100000000000.00 USD); row "
          + "skipped"
      ])
  }

  @Test func hoursPastTheLimitSkipTheirRows() throws {
    // 10^18 hours, and two rows of 2·10^15 hours whose seconds would pass Int64 once added.
    let result = try importCSV([
      (
        "t.csv",
        "date,client,hours\n2026-01-05,Acme,1000000000000000000\n2026-01-06,Acme,2000000000000000\n"
          + "2026-01-06,Acme,2000000000000000\n2026-01-07,Acme,10000\n"
      )
    ])
    #expect(result.ledger.timeEntries.map(\.seconds) == [36_000_000])
    #expect(
      result.diagnostics.map(\.description) == [
        "t.csv:2:17: error: column 'hours': '1000000000000000000' is more than 10,000 hours, the most one row may "
          + "hold; row skipped",
        "t.csv:3:17: error: column 'hours': '2000000000000000' is more than 10,000 hours, the most one row may hold; "
          + "row skipped",
        "t.csv:4:17: error: column 'hours': '2000000000000000' is more than 10,000 hours, the most one row may hold; "
          + "row skipped",
      ])
    #expect(Set(result.diagnostics.map(\.cause)) == ["duration-too-long"])
  }

  @Test func aDurationPastTheLimitSkipsItsRow() throws {
    let result = try importCSV([
      ("t.csv", "date,client,duration\n2026-01-05,Acme,10000:00:01\n2026-01-06,Acme,9999:59:59\n")
    ])
    #expect(result.ledger.timeEntries.map(\.seconds) == [35_999_999])
    #expect(result.diagnostics.map(\.line) == [2])
    #expect(result.diagnostics.map(\.cause) == ["duration-too-long"])
  }

  @Test func aRowWhoseTimeIsWorthMoreThanAnAmountMayBeSkipsItsRow() throws {
    // Each value within its limit; their product is not.
    let result = try importCSV([
      ("t.csv", "date,client,hours,rate,currency\n2026-01-05,Acme,9999,99999999999,USD\n2026-01-05,Acme,1,100,USD\n")
    ])
    #expect(result.ledger.timeEntries.map(\.seconds) == [3600])
    #expect(
      result.diagnostics.map(\.description) == [
        "t.csv:2:22: error: column 'rate': '99999999999' for this row's time is worth more than 100000000000.00 USD, "
          + "the most one row may hold; row skipped"
      ])
  }

  @Test func amountsPastTheLimitSkipTheirRows() throws {
    let result = try importCSV([
      (
        "i.csv",
        "invoice,client,issue_date,amount,currency\nA1,Acme,2026-01-31,100000000000.01,USD\n"
          + "A2,Acme,2026-01-31,-100000000000.00,USD\nA3,Acme,2026-01-31,99999999999999999999999999,USD\n"
      ),
      ("e.csv", "date,client,amount,currency\n2026-01-07,Acme,1e300,USD\n"),
    ])
    #expect(result.ledger.invoices.map(\.number) == ["A2"])
    #expect(result.ledger.expenses.isEmpty)
    #expect(result.diagnostics.map(\.line) == [2, 4, 2])
    #expect(result.diagnostics.map(\.cause) == ["amount-too-large", "amount-too-large", "bad-amount"])
  }

  @Test func invoiceLinesThatAddUpPastTheLimitSkipTheLineThatPassesIt() throws {
    let header =
      "Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Item Name,Item Description,Rate,Quantity,"
      + "Discount Percentage,Line Subtotal,Tax 1 Type,Tax 1 Amount,Tax 2 Type,Tax 2 Amount,Line Total,Currency\n"
    let line = "Acme,0041,2025-01-31,sent,,Work,,1,1,0,60000000000.00,,0,,0,60000000000.00,USD\n"
    let result = try importCSV([("f.csv", header + line + line + line)])
    #expect(result.ledger.invoiceLines == ["0041 Acme 2025-01-31 due - 60000000000.00 USD issued paid - -"])
    #expect(result.diagnostics.map(\.line) == [3, 4])
    #expect(result.diagnostics.map(\.cause) == ["amount-too-large", "amount-too-large"])
  }

  @Test func aClientNameIsCheckedForLengthBeforeItIsNormalised() throws {
    // A letter and 150,000 combining marks: normalising it would take quadratic time.
    let marks = String(repeating: "\u{0301}", count: 150_000)
    let started = ContinuousClock.now
    let result = try importCSV([("t.csv", "date,client,hours\n2026-01-05,A\(marks),1\n2026-01-06,Acme,1\n")])
    #expect(ContinuousClock.now - started < .seconds(5))
    #expect(result.ledger.timeEntries.count == 1)
    #expect(
      result.diagnostics.map(\.description) == [
        "t.csv:2:12: error: column 'client': a name of 300001 bytes; a client name may have at most 1000; row skipped"
      ])
    #expect(result.diagnostics.map(\.cause) == ["client-name-too-long"])
  }

  @Test func aQuoteInsideAFieldSkipsItsRowWithLineAndColumn() throws {
    let result = try importCSV([("t.csv", "date,client,hours\n2026-01-05,\"Ac\"me,1\n2026-01-06,Acme,2\n")])
    #expect(result.ledger.timeEntries.map(\.seconds) == [7200])
    #expect(
      result.diagnostics.map(\.description) == [
        "t.csv:2:16: error: expected a delimiter or end of line after the closing quote, found 'm'; probably a quote "
          + "inside a quoted field that was not doubled; row skipped"
      ])
    #expect(result.diagnostics.map(\.cause) == ["unreadable-row"])
    #expect((result.files[0].rowsRead, result.files[0].rowsSkipped) == (2, 1))
  }

  @Test func invoicesWithoutPaidDatesAreSaidOnceForTheFile() throws {
    // Stripe's export without its `Paid At` column: three paid invoices, one warning.
    let fixture = try String(contentsOf: Fixture.folder.appendingPathComponent("stripe/invoices.csv"), encoding: .utf8)
    let lines = fixture.split(separator: "\n").map { line in
      var cells = line.split(separator: ",", omittingEmptySubsequences: false)
      cells.remove(at: 21)
      return cells.joined(separator: ",")
    }
    #expect(lines[0].contains("Voided At") && !lines[0].contains("Paid At"))
    let result = try importCSV([("s.csv", lines.joined(separator: "\n") + "\n")])
    #expect(result.ledger.invoices.filter { $0.paidAmount != nil }.count == 2)
    #expect(
      result.diagnostics.map(\.description) == ["s.csv:1: warning: " + InvoiceFormatTests.noPaidDates])
    #expect(result.diagnostics.map(\.cause) == ["no-paid-date-column"])
  }
}
