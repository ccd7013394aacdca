import Domain
import Testing

@testable import Importers

/// Zoho Invoice, Invoice2go, a Wave invoice list and Tempo worklogs, each in its export's header
/// shape (issue 20).
@Suite struct MoreToolFormatTests {
  /// Two line items of one invoice make it once; paid = Total − Balance on the last payment date;
  /// a draft is ignored (spec §1).
  @Test func zohoInvoices() throws {
    let result = try Fixture.importing(["zoho/invoices.csv"])
    #expect(result.files.map(\.format) == ["zoho invoices"])
    #expect(
      result.ledger.invoiceLines == [
        "INV-000043 Kettle & Crane Ltd 2025-02-28 due 2025-03-30 3400.00 GBP issued paid 2025-03-15 2000.00 GBP",
        "INV-000044 Bluebird Bakery 2025-02-28 due 2025-03-30 285.00 USD ignored paid - -",
      ])
    #expect(result.diagnostics.isEmpty)
  }

  /// One row per invoice, its items and taxes nested in one quoted cell each; no due date, said once.
  @Test func invoice2goInvoices() throws {
    let result = try Fixture.importing(["invoice2go/invoices.csv"])
    #expect(result.files.map(\.format) == ["invoice2go invoices"])
    #expect(
      result.ledger.invoiceLines == [
        "1044 Bluebird Bakery 2025-03-05 due - 285.00 USD issued paid - -",
        "1043 Harbor Yoga 2025-03-01 due - 1140.00 USD issued paid 2025-03-20 1140.00 USD",
      ])
    #expect(result.diagnostics.map(\.cause) == ["due-from-terms"])
  }

  @Test func waveInvoiceList() throws {
    let result = try Fixture.importing(["wave/invoices.csv"])
    #expect(result.files.map(\.format) == ["wave invoices"])
    #expect(
      result.ledger.invoiceLines == [
        "41 Northwind Studio 2025-01-31 due 2025-03-02 2837.50 USD issued paid 2025-02-20 2837.50 USD",
        "42 Bluebird Bakery 2025-02-28 due 2025-03-30 1140.00 USD issued paid - -",
      ])
  }

  /// The account's customer is the client; an internal worklog without one takes its project.
  @Test func tempoWorklogs() throws {
    let result = try Fixture.importing(["tempo/worklogs.csv"])
    #expect(result.files.map(\.format) == ["tempo worklogs"])
    #expect(
      result.ledger.timeLines == [
        "2025-03-03 Northwind Studio 5400s billable no value",
        "2025-03-04 Internal 1800s billable no value",
      ])
    #expect(result.diagnostics.map(\.cause) == ["client-from-project"])
  }
}
