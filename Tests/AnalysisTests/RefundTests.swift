import Analysis
import Domain
import Testing

/// A negative payment is a refund (spec §1): it lowers the invoice and its payments alike, so it
/// reopens no balance and makes no lateness or days-to-pay item (issue 20: a refund left a phantom
/// balance, negative days to pay and the late-payer flag).
@Suite struct RefundTests {
  /// $1,000.00 due Jan 31, paid in full Feb 10 (10 days late); $200.00 refunded Feb 20.
  private func refunded() -> TestLedger {
    var book = TestLedger()
    book.invoice("R-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    book.payment("R-1", on: "2026-02-10", amount: 100_000)
    book.payment("R-1", on: "2026-02-20", amount: -20_000, line: 3)
    return book
  }

  @Test func aRefundLowersTheInvoiceAndItsPaymentAlike() throws {
    let report = refunded().report(settings(asOf: "2026-06-30"))
    let figures = try report.figures("Acme")
    #expect(figures.invoiced == cents(80_000))
    #expect(figures.collected == cents(80_000))
    #expect(figures.outstanding == cents(0))
    #expect(figures.badDebt == cents(0))
    // One item: $800.00 paid 10 days late, 40 days after issue; nothing is open, so nothing more.
    #expect(figures.avgDaysLate == Fraction(10))
    #expect(figures.maxDaysLate == 10)
    #expect(figures.avgDaysToPay == Fraction(40))
    // 80,000 × 0.10 × 10 / 365 = 219.18 → 219.
    #expect(figures.carryingCost == cents(219))
    #expect(
      report.paymentDiagnostics.map(\.message) == [
        "invoice R-1 was refunded $200.00: its amount (now $800.00) and its payments are lowered alike, the "
          + "latest first, so the refund reopens no balance and makes no lateness"
      ])
  }

  /// Before the refund's day it has not happened: the invoice is as it was.
  @Test func aRefundAfterAsOfHasNotHappened() throws {
    let figures = try refunded().report(settings(asOf: "2026-02-15")).figures("Acme")
    #expect(figures.invoiced == cents(100_000))
    #expect(figures.collected == cents(100_000))
  }

  /// Paid in two parts; the refund is taken from the latest first, so the early payment keeps its
  /// days: items 30,000 × 0 days late and 50,000 × 20 days late (of 70,000 paid on Feb 20).
  @Test func theLatestPaymentIsLoweredFirst() throws {
    var book = TestLedger()
    book.invoice("R-2", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    book.payment("R-2", on: "2026-01-20", amount: 30_000)
    book.payment("R-2", on: "2026-02-20", amount: 70_000)
    book.payment("R-2", on: "2026-03-01", amount: -20_000)
    let figures = try book.report(settings(asOf: "2026-06-30")).figures("Acme")
    #expect(figures.collected == cents(80_000))
    #expect(figures.outstanding == cents(0))
    // (30,000 × 0 + 50,000 × 20) / 80,000 = 12.5; days to pay (30,000 × 19 + 50,000 × 50) / 80,000 = 38.375.
    #expect(figures.avgDaysLate == Fraction(25, 2))
    #expect(figures.avgDaysToPay == Fraction(307, 8))
  }

  /// A refund with no payment to set it against (an export of refunds alone) lowers collected and
  /// makes no negative days to pay and no lateness.
  @Test func aRefundOfNothingReceivedMakesNoNegativeDays() throws {
    var book = TestLedger()
    book.invoice("R-3", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    book.payment("R-3", on: "2026-01-10", amount: -10_000)
    let figures = try book.report(settings(asOf: "2026-01-20")).figures("Acme")
    #expect(figures.collected == cents(-10_000))
    #expect(figures.avgDaysToPay == nil)
    #expect(figures.maxDaysLate == 0 || figures.maxDaysLate == nil)
  }
}
