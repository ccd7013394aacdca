import Domain
import Testing

@testable import Importers

/// Payment and earnings platforms (spec §1, issue 20): each payment that names no invoice is its
/// own invoice paid on its day, a refund lowers it, and the platform's fee is a cost of the client.
@Suite struct PlatformFormatTests {
  @Test func stripePaymentsDefaultColumns() throws {
    let result = try Fixture.importing(["stripe/payments-default.csv"])
    #expect(result.files.map(\.format) == ["stripe payments"])
    #expect(
      result.ledger.invoiceLines == [
        "ch_3Qa1Nb2cD3eF4gH5 Northwind Studio 2025-03-04 due 2025-03-04 2850.00 USD issued paid - -",
        "ch_3Qa7Pq8rS9tU0vW1 Kettle & Crane Ltd 2025-03-11 due 2025-03-11 600.00 GBP issued paid - -",
        "ch_3Qb4Kl5mN6oP7qR8 owner@bluebird.example 2025-03-14 due 2025-03-14 120.00 USD issued paid - -",
      ])
    // The partial refund of 150.00 GBP on its own date; the failed charge is no money.
    #expect(
      result.ledger.paymentLines == [
        "2025-03-04 ch_3Qa1Nb2cD3eF4gH5 Northwind Studio 2850.00 USD",
        "2025-03-11 ch_3Qa7Pq8rS9tU0vW1 Kettle & Crane Ltd 600.00 GBP",
        "2025-03-20 ch_3Qa7Pq8rS9tU0vW1 Kettle & Crane Ltd -150.00 GBP",
        "2025-03-14 ch_3Qb4Kl5mN6oP7qR8 owner@bluebird.example 120.00 USD",
      ])
    // Fees are in the account's currency (Converted Currency), not the charge's.
    #expect(
      result.ledger.expenseLines == [
        "2025-03-04 Northwind Studio 82.95 USD Stripe fee on ch_3Qa1Nb2cD3eF4gH5",
        "2025-03-11 Kettle & Crane Ltd 22.58 USD Stripe fee on ch_3Qa7Pq8rS9tU0vW1",
        "2025-03-14 owner@bluebird.example 3.78 USD Stripe fee on ch_3Qb4Kl5mN6oP7qR8",
      ])
    #expect(
      result.diagnostics.map(\.description) == [
        "stripe/payments-default.csv:4:130: note: a 'Failed' charge, not captured: no money moved; skipped"
      ])
  }

  /// The older 48-column layout: no refund date (the charge's, said once); a charge paying a Stripe
  /// invoice is numbered by its `Invoice ID`.
  @Test func stripePaymentsOlderLayout() throws {
    let result = try Fixture.importing(["stripe/payments-older.csv"])
    #expect(result.files.map(\.format) == ["stripe payments"])
    #expect(result.ledger.invoiceLines.first?.hasPrefix("in_1QxA7Lz2nW8kP0aB Northwind Studio 2025-02-14") == true)
    #expect(result.diagnostics.contains { $0.cause == "refund-on-charge-day" })
  }

  /// With Stripe's invoices export beside it, a charge that pays a listed invoice is a payment of
  /// that invoice, not a second invoice: the money counts once.
  @Test func stripeChargesOfListedInvoicesCountOnce() throws {
    let alone = try Fixture.importing(["stripe/payments-older.csv"])
    let both = try Fixture.importing(["stripe/invoices.csv", "stripe/payments-older.csv"])
    let invoicesOnly = try Fixture.importing(["stripe/invoices.csv"])
    // Two paid charges name listed invoices (the third, for in_1R0D4Qz2nW8kP0aF, failed).
    let charged = ["in_1QxA7Lz2nW8kP0aB", "in_1QyB2Nz2nW8kP0aD"]
    #expect(charged.allSatisfy { id in alone.ledger.invoices.contains { $0.number == id } })
    #expect(!both.ledger.invoices.contains { charged.contains($0.number) })
    #expect(both.ledger.invoices.count == invoicesOnly.ledger.invoices.count + alone.ledger.invoices.count - 2)
    #expect(
      both.ledger.paymentLines.filter { $0.contains("8F2C1D4A-000") } == [
        "2025-02-14 8F2C1D4A-0001 Northwind Studio 2850.00 USD",
        "2025-04-02 8F2C1D4A-0003 Kettle & Crane Ltd 3400.00 GBP",
      ])
    #expect(both.diagnostics.filter { $0.cause == "charge-of-listed-invoice" }.count == 2)
  }

  @Test func upworkTransactionHistory() throws {
    let result = try Fixture.importing(["upwork/transactions.csv"])
    #expect(result.files.map(\.format) == ["upwork transactions"])
    #expect(
      result.ledger.invoiceLines == [
        "812345678 Northwind Studio 2025-03-10 due 2025-03-10 285.00 USD issued paid - -"
      ])
    #expect(result.ledger.paymentLines == ["2025-03-10 812345678 Northwind Studio 285.00 USD"])
    #expect(
      result.ledger.expenseLines == ["2025-03-10 Northwind Studio 28.50 USD Upwork Service Fee (812345679)"])
    #expect(
      result.diagnostics.map(\.description) == [
        "upwork/transactions.csv:2:85: note: a 'Withdrawal Fee' of -0.99 USD with no client ('Team' is empty): a "
          + "cost of your account, not of any client (an overhead); skipped",
        "upwork/transactions.csv:3:26: note: a 'Withdrawal' row (your own money, not a client's: withdrawals, "
          + "transfers); skipped",
        "upwork/transactions.csv:4:121: note: Upwork's transaction history is in US dollars: its amounts are read as USD",
      ])
  }

  /// A client's own history has the same header with its payments negative: refused at the row.
  @Test func upworkClientSideHistoryIsRefused() throws {
    let text =
      "Date,Ref ID,Type,Description,Agency,Freelancer,Team,Account Name,PO,Amount,Amount in local currency,"
      + "Currency,Balance\n\"Jun 7, 2024\",1,Hourly,x,,Maya Ortiz,Acme,Acme,,-500.00,,,0\n"
    let result = try importCSV([("u.csv", text)])
    #expect(result.ledger.invoices.isEmpty)
    #expect(result.diagnostics.map(\.cause).contains("client-side-file"))
  }

  @Test func paypalActivityDownload() throws {
    let result = try Fixture.importing(["paypal/activity.csv"])
    #expect(result.files.map(\.format) == ["paypal activity"])
    #expect(
      result.ledger.invoiceLines == [
        "5TY12345AB678901C Harbor Yoga 2025-03-04 due 2025-03-04 1140.00 USD issued paid - -"
      ])
    #expect(
      result.ledger.paymentLines == [
        "2025-03-04 5TY12345AB678901C Harbor Yoga 1140.00 USD",
        "2025-03-16 5TY12345AB678901C Harbor Yoga -140.00 USD",
      ])
    // The fee is a cost of the payer; the part returned with the refund lowers it.
    #expect(
      result.ledger.expenseLines == [
        "2025-03-04 Harbor Yoga 40.05 USD PayPal fee on 5TY12345AB678901C",
        "2025-03-16 Harbor Yoga -4.06 USD PayPal fee on 2MN55555EF666777G",
      ])
    #expect(result.diagnostics.map(\.cause) == ["not-a-client-payment"])
  }

  @Test(arguments: [
    ("Mar 10, 2025", "2025-03-10"), ("Jan 01, 2023", "2023-01-01"), ("28-Feb-20", "2020-02-28"),
    ("Jan 28 2021", "2021-01-28"), ("September 8, 2026", "2026-09-08"),
  ])
  func monthNamedDates(text: String, iso: String) throws {
    #expect(try DateText.parse(text) == .day(try #require(Day(iso: iso))))
  }
}
