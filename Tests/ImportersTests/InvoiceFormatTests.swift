import Domain
import Testing

@testable import Importers

/// Each invoicing tool's export, read to exact invoice numbers, clients, days and minor units.
@Suite struct InvoiceFormatTests {
  /// Said once for a file whose paid amounts have no dates (and no payments file gives them).
  static let noPaidDates =
    "no paid dates: its invoices' paid amounts count as collected, but lateness and the late-payer flag cannot "
    + "be judged (add a payments file, or export the paid-date column)"

  let usd = ImportOptions(currency: .code("USD"))

  @Test func harvestInvoices() throws {
    let result = try Fixture.importing(["harvest/invoices.csv"])
    #expect(result.files.map(\.format) == ["harvest invoices"])
    // No due date in the export; a paid amount of 0 is no payment.
    #expect(
      result.ledger.invoiceLines == [
        "2025-001 Northwind Studio 2025-01-31 due - 2850.00 USD issued paid 2025-02-14 2850.00 USD",
        "2025-003 Kettle & Crane Ltd 2025-02-28 due - 4275.00 USD issued paid 2025-04-02 2000.00 USD",
        "2025-005 Bluebird Bakery 2025-03-31 due - 285.00 USD issued paid - -",
      ])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func harvestInvoicePayments() throws {
    let result = try Fixture.importing(["harvest/invoice-payments.csv"], options: usd)
    #expect(result.files.map(\.format) == ["harvest payments"])
    #expect(
      result.ledger.paymentLines == [
        "2025-02-14 2025-001 Northwind Studio 2850.00 USD",
        "2025-03-12 2025-003 Kettle & Crane Ltd 1500.00 USD",
        "2025-04-02 2025-003 Kettle & Crane Ltd 500.00 USD",
        "2025-04-03 2025-003 Kettle & Crane Ltd -5.00 USD",
      ])
  }

  /// One row per line item: `0000041`'s two lines make one invoice of 1187.50 + 1650.00.
  @Test(arguments: ["freshbooks/invoice-details.csv", "freshbooks/invoice-details-with-due.csv"])
  func freshBooksInvoiceDetails(file: String) throws {
    let result = try Fixture.importing([file])
    #expect(result.files.map(\.format) == ["freshbooks invoices"])
    #expect(result.files[0].rowsImported == 5)
    let withDue = file.hasSuffix("with-due.csv")
    let due = withDue ? ["2025-03-02", "2025-03-02", "2025-04-30", "2025-04-30"] : ["-", "-", "-", "-"]
    #expect(
      result.ledger.invoiceLines == [
        "0000041 Northwind Studio 2025-01-31 due \(due[0]) 2837.50 USD issued paid 2025-02-14 -",
        "0000042 Bluebird Bakery 2025-01-31 due \(due[1]) 1140.00 USD issued paid - -",
        "0000044 Bluebird Bakery 2025-03-31 due \(due[2]) 270.75 USD issued paid - -",
        "0000045 Harbor Yoga 2025-03-31 due \(due[3]) 168.00 CAD ignored paid - -",
      ])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func quickBooksARAgingDetail() throws {
    let result = try Fixture.importing(["quickbooks/ar-aging-detail.csv"], options: usd)
    #expect(result.files.map(\.format) == ["quickbooks invoices"])
    #expect(
      result.ledger.invoiceLines == [
        "1042 Bluebird Bakery 2025-01-31 due 2025-02-15 1140.00 USD issued paid - -",
        "1043 Kettle & Crane Ltd 2025-02-28 due 2025-03-15 4275.00 USD issued paid - 2000.00 USD",
        "CM-7 Kettle & Crane Ltd 2025-03-05 due 2025-03-05 -150.00 USD issued paid - -",
      ])
    let file = "quickbooks/ar-aging-detail.csv"
    #expect(
      result.diagnostics.map(\.description) == [
        "quickbooks/ar-aging-detail.csv:5: warning: " + Self.noPaidDates,
        "\(file):6:1: note: heading '31 - 60 days past due': it names the group of the rows below",
        "\(file):8:1: note: a totals row ('Total for 31 - 60 days past due'), not data; skipped",
        "\(file):9:1: note: heading '1 - 30 days past due': it names the group of the rows below",
        "\(file):12:13: note: a 'Payment' row: only invoices and credit memos are read from this report; skipped",
        "\(file):13:1: note: a totals row ('Total for 1 - 30 days past due'), not data; skipped",
        "\(file):14:1: note: a totals row ('TOTAL'), not data; skipped",
        "\(file):18:1: note: the report's footer ('Accrual Basis Monday, March 31, 2025 04:12 PM GMT-07:00'); skipped",
        "\(file): note: 3 amounts name no currency (no currency column, none in the header): read as USD, the "
          + "\"currency\" setting",
      ])
    #expect((result.files[0].rowsRead, result.files[0].rowsImported, result.files[0].rowsSkipped) == (10, 3, 7))
  }

  /// The customer is the group heading; the open balance is all the report gives, and it says so.
  @Test func quickBooksOpenInvoices() throws {
    let result = try Fixture.importing(["quickbooks/open-invoices.csv"], options: usd)
    #expect(
      result.ledger.invoiceLines == [
        "1042 Bluebird Bakery 2025-01-31 due 2025-02-15 1140.00 USD issued paid - -",
        "1044 Bluebird Bakery 2025-03-31 due 2025-04-30 285.00 USD issued paid - -",
        "1045 Harbor Yoga, Inc. 2025-03-31 due 2025-04-30 168.00 USD issued paid - -",
      ])
    let notes = result.diagnostics.map(\.description)
    #expect(notes.contains { $0.hasPrefix("quickbooks/open-invoices.csv:7:") && $0.contains("open balances only") })
    #expect(notes.filter { $0.contains("open balances only") }.count == 1)
    #expect(result.diagnostics.allSatisfy { $0.severity == .note })
  }

  @Test func stripeInvoices() throws {
    let result = try Fixture.importing(["stripe/invoices.csv"])
    #expect(result.files.map(\.format) == ["stripe invoices"])
    // Times are UTC and read as their date; a draft has no number yet, so its id stands in.
    #expect(
      result.ledger.invoiceLines == [
        "8F2C1D4A-0001 Northwind Studio 2025-01-31 due 2025-03-02 2850.00 USD issued paid 2025-02-14 2850.00 USD",
        "8F2C1D4A-0002 Bluebird Bakery 2025-01-31 due 2025-03-02 1140.00 USD issued paid - -",
        "8F2C1D4A-0003 Kettle & Crane Ltd 2025-02-28 due 2025-03-30 3400.00 GBP issued paid 2025-04-02 3400.00 GBP",
        "8F2C1D4A-0004 Northwind Studio 2025-03-03 due 2025-04-02 500.00 USD ignored paid - -",
        "8F2C1D4A-0005 Harbor Yoga, Inc. 2025-03-31 due 2025-04-30 168.00 CAD uncollectible paid - -",
        "in_1R1E5Rz2nW8kP0aG hello@pinepixel.example 2025-04-01 due - 640.00 USD ignored paid - -",
      ])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func xeroSalesInvoices() throws {
    let result = try Fixture.importing(["xero/sales-invoices.csv"])
    #expect(result.files.map(\.format) == ["xero invoices"])
    // INV-0101's total repeats on its two lines and counts once; a credit note counts negative.
    #expect(
      result.ledger.invoiceLines == [
        "INV-0101 Tui Creative Ltd 2025-01-31 due 2025-02-14 2875.00 NZD issued paid - 2875.00 NZD",
        "INV-0102 Kea Coffee Roasters 2025-02-28 due 2025-03-20 1495.00 NZD issued paid - -",
        "CN-0007 Kea Coffee Roasters 2025-03-05 due 2025-03-05 -115.00 NZD issued paid - -",
        "INV-0103 Harbour & Hill 2025-03-31 due 2025-04-30 862.50 NZD issued paid - 400.00 NZD",
        "INV-0104 Kea Coffee Roasters 2025-03-15 due 2025-04-14 230.00 NZD ignored paid - -",
      ])
    #expect(
      result.diagnostics.map(\.description) == [
        "xero/sales-invoices.csv:1: warning: " + Self.noPaidDates,
        "xero/sales-invoices.csv:7:164: note: a 'Sales overpayment' row: only sales invoices and credit notes are "
          + "read; skipped",
      ])
    #expect((result.files[0].rowsRead, result.files[0].rowsImported, result.files[0].rowsSkipped) == (7, 6, 1))
  }

  @Test func invoiceNinjaInvoices() throws {
    let result = try Fixture.importing(["invoiceninja/invoices.csv"])
    #expect(result.files.map(\.format) == ["invoice ninja invoices"])
    #expect(
      result.ledger.invoiceLines == [
        "0041 Northwind Studio 2025-01-31 due 2025-03-02 2850.00 USD issued paid - 2850.00 USD",
        "0043 Kettle & Crane Ltd 2025-02-28 due 2025-03-30 3400.00 GBP issued paid - 2000.00 GBP",
        "0045 Harbor Yoga, Inc. 2025-03-31 due 2025-04-30 168.00 CAD ignored paid - -",
      ])
  }

  @Test func harvestExpenses() throws {
    let result = try Fixture.importing(["harvest/expenses.csv"])
    #expect(result.files.map(\.format) == ["harvest expenses"])
    #expect(
      result.ledger.expenseLines == [
        "2025-03-04 Bluebird Bakery 48.60 USD Printing: Proof prints, 3 sets",
        "2025-03-06 Kettle & Crane Ltd 112.00 USD Travel: Train to workshop",
      ])
    #expect(
      result.diagnostics.map(\.description) == [
        "harvest/expenses.csv:4:12: warning: column 'Client' is empty: an overhead, not a cost of any client; "
          + "row skipped"
      ])
  }
}
