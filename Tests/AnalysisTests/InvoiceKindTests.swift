import Analysis
import Domain
import Testing

/// Credit notes and the statuses that make an invoice count or not (spec §1 Values).
@Suite struct InvoiceKindTests {
  @Test func creditNoteLowersInvoicedAndMakesNoLatenessOrOpenBalance() throws {
    // INV-1 $1,000.00 paid Jan 20 (due Jan 31: 0 days late); CN-1 −$200.00 issued Jan 15, due Feb 14,
    // still "unpaid" at as-of Mar 31 but a credit note is never open nor late.
    var book = TestLedger()
    book.invoice("INV-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidOn: "2026-01-20")
    book.invoice("CN-1", "Acme", issued: "2026-01-15", amount: -20_000)
    let client = try book.report(settings(asOf: "2026-03-31")).client("Acme")
    let figures = client.figures
    #expect(figures.invoiced == cents(80_000))
    #expect(figures.collected == cents(100_000))
    #expect(figures.outstanding == cents(-20_000))
    #expect(figures.badDebt == cents(0))
    #expect(figures.netRevenue == cents(80_000))
    // Only the payment is an item: 0 days late. Days to pay Jan 1 → Jan 20 = 19.
    #expect(figures.avgDaysLate == Fraction(0))
    #expect(figures.lateShare == Fraction(0))
    #expect(figures.avgDaysToPay == Fraction(19))
    #expect(client.aging.buckets.allSatisfy { $0.amount.isZero })
    #expect(client.invoiceCount == 2)
  }

  @Test func creditNoteMarkedPaidNetsCollected() throws {
    // A credit note with a paid date and no paid amount is "paid" in full: −$200.00 collected,
    // so $1,000.00 paid less $200.00 refunded leaves nothing outstanding, and it makes no item.
    var book = TestLedger()
    book.invoice("INV-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidOn: "2026-01-31")
    book.invoice("CN-1", "Acme", issued: "2026-01-15", amount: -20_000, paidOn: "2026-03-20")
    let figures = try book.report(settings(asOf: "2026-03-31")).figures("Acme")
    #expect(figures.invoiced == cents(80_000))
    #expect(figures.collected == cents(80_000))
    #expect(figures.outstanding == cents(0))
    #expect(figures.maxDaysLate == 0)
    #expect(figures.avgDaysToPay == Fraction(30))
  }

  @Test func voidAndDraftInvoicesAreIgnoredEntirely() throws {
    // Void and draft both import as `.ignored`. Acme: a counted $1,000.00 paid on time and a void
    // $500.00 long overdue. Ghost has only a draft, so it is no client of the report.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(1))
    book.invoice("I-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidOn: "2026-01-31")
    book.invoice("V-1", "Acme", issued: "2025-06-01", amount: 50_000, status: InvoiceStatus(statusText: "void"))
    book.invoice("D-1", "Ghost", issued: "2026-01-10", amount: 30_000, status: InvoiceStatus(statusText: "draft"))
    let report = book.report(settings(asOf: "2026-03-31"))
    #expect(report.clients.map(\.name) == ["Acme"])
    let client = try report.client("Acme")
    #expect(client.figures.invoiced == cents(100_000))
    #expect(client.figures.outstanding == cents(0))
    #expect(client.invoiceCount == 1)
    #expect(client.aging.overdue == cents(0))
    #expect(report.totals.invoiced == cents(100_000))
  }
}
