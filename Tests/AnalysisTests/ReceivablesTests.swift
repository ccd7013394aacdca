import Analysis
import Domain
import Testing

/// Collected, outstanding, bad debt and lateness of single invoices (spec §1 Values, §4).
@Suite struct ReceivablesTests {
  @Test func partialPaymentLeavesTheShortfallOpenAndLate() throws {
    // $1,000.00 issued Jan 1, due Jan 31; $400.00 paid Feb 10 (10 days late); as-of Mar 2 (30 days past due).
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    book.payment("A-1", on: "2026-02-10", amount: 40_000)
    let client = try book.report(settings(asOf: "2026-03-02", costRate: 0)).client("Acme")
    let figures = client.figures
    #expect(figures.invoiced == cents(100_000))
    #expect(figures.collected == cents(40_000))
    #expect(figures.outstanding == cents(60_000))
    #expect(figures.badDebt == cents(0))
    #expect(figures.netRevenue == cents(100_000))
    // Items: 40,000 × 10 days and the open 60,000 × 30 days.
    // avgDaysLate = (400,000 + 1,800,000) / 100,000 = 22; both late; max 30.
    #expect(figures.avgDaysLate == Fraction(22))
    #expect(figures.lateShare == Fraction(1))
    #expect(figures.maxDaysLate == 30)
    // carrying = 2,200,000 × 0.10 / 365 = 602.74 → 603 cents.
    #expect(figures.carryingCost == cents(603))
    // Jan 1 → Feb 10 is 40 days.
    #expect(figures.avgDaysToPay == Fraction(40))
    #expect(figures.profit == cents(100_000 - 603))
    #expect(client.aging.days1to30 == cents(60_000))
    #expect(client.aging.overdue == cents(60_000))
    #expect(client.maxDaysPastDue == 30)
  }

  @Test func paymentAfterAsOfHasNotHappened() throws {
    // $1,000.00 due Jan 31, paid in full on Mar 10; as-of Mar 2: nothing received yet.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    book.payment("A-1", on: "2026-03-10", amount: 100_000)
    let client = try book.report(settings(asOf: "2026-03-02")).client("Acme")
    #expect(client.figures.collected == cents(0))
    #expect(client.figures.outstanding == cents(100_000))
    // The only item is the open 100,000 × 30 days: 3,000,000 × 0.10 / 365 = 821.92 → 822.
    #expect(client.figures.avgDaysLate == Fraction(30))
    #expect(client.figures.carryingCost == cents(822))
    #expect(client.figures.avgDaysToPay == nil)
    #expect(client.aging.days1to30 == cents(100_000))
  }

  @Test(arguments: [(30, 5), (14, 21)])
  func missingDueDateIsIssuePlusPaymentTerms(termsDays: Int, expectedDaysLate: Int) throws {
    // Issued Jan 1 with no due date, paid Feb 5: due Jan 31 (30 days' terms) → 5 days late;
    // due Jan 15 (14 days' terms) → 21 days late.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", amount: 50_000, paidOn: "2026-02-05")
    var options = settings(asOf: "2026-02-28")
    options.paymentTermsDays = termsDays
    let figures = try book.report(options).figures("Acme")
    #expect(figures.maxDaysLate == expectedDaysLate)
    #expect(figures.avgDaysLate == Fraction(expectedDaysLate))
    #expect(figures.collected == cents(50_000))
  }

  @Test func uncollectibleMakesTheWholeOpenBalanceBadDebtAtOnce() throws {
    // $1,000.00 due Jan 31, marked uncollectible, $300.00 paid Feb 10; as-of Feb 20 (20 days past due).
    var book = TestLedger()
    book.invoice(
      "A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, status: .uncollectible,
      paidOn: "2026-02-10", paidAmount: 30_000)
    let client = try book.report(settings(asOf: "2026-02-20", costRate: 0)).client("Acme")
    let figures = client.figures
    #expect(figures.collected == cents(30_000))
    #expect(figures.outstanding == cents(70_000))
    #expect(figures.badDebt == cents(70_000))
    #expect(figures.netRevenue == cents(30_000))
    // Items: payment 30,000 × 10 (carried) and the bad-debt 70,000 × 20 (not carried).
    // avgDaysLate = (300,000 + 1,400,000) / 100,000 = 17; carrying = 300,000 × 0.10 / 365 = 82.19 → 82.
    #expect(figures.avgDaysLate == Fraction(17))
    #expect(figures.carryingCost == cents(82))
    #expect(figures.profit == cents(29_918))
    #expect(figures.margin == Fraction(29_918, 30_000))
    // Bad debt is still unpaid, so it stays in the aging.
    #expect(client.aging.days1to30 == cents(70_000))
  }

  @Test(arguments: [(90, 0, 2466), (91, 100_000, 0)])
  func badDebtStartsOneDayAfterWriteOffAfterDays(daysPastDue: Int, badDebt: Int64, carrying: Int64) throws {
    // $1,000.00 due Jan 31, unpaid. 90 days past due: not bad debt, carried
    // 100,000 × 90 × 0.10 / 365 = 2,465.75 → 2,466. 91 days: all bad debt, carried nothing.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    var options = settings(asOf: nil)
    options.asOf = day("2026-01-31") + daysPastDue
    let figures = try book.report(options).figures("Acme")
    #expect(figures.badDebt == cents(badDebt))
    #expect(figures.netRevenue == cents(100_000 - badDebt))
    #expect(figures.carryingCost == cents(carrying))
    #expect(figures.outstanding == cents(100_000))
    #expect(figures.avgDaysLate == Fraction(daysPastDue))
  }

  @Test func writeOffAfterDaysIsASetting() throws {
    // writeOffAfterDays 30: 31 days past due is bad debt.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    var options = settings(asOf: "2026-03-03")
    options.writeOffAfterDays = 30
    #expect(try book.report(options).figures("Acme").badDebt == cents(100_000))
  }

  @Test func onTimePaymentIsALatenessItemOfZeroDays() throws {
    // Paid Jan 31, the due day itself: one item, 0 days late; lateShare 0/1.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidOn: "2026-01-31")
    let figures = try book.report(settings(asOf: "2026-03-31")).figures("Acme")
    #expect(figures.avgDaysLate == Fraction(0))
    #expect(figures.lateShare == Fraction(0))
    #expect(figures.maxDaysLate == 0)
    #expect(figures.carryingCost == cents(0))
    #expect(figures.avgDaysToPay == Fraction(30))
    #expect(figures.outstanding == cents(0))
  }

  @Test func openBalanceNotYetDueMakesNoLatenessItem() throws {
    // Due Mar 31, as-of Mar 2: open but current; no lateness items, so the averages are null.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-03-01", due: "2026-03-31", amount: 100_000)
    let client = try book.report(settings(asOf: "2026-03-02")).client("Acme")
    #expect(client.figures.avgDaysLate == nil)
    #expect(client.figures.lateShare == nil)
    #expect(client.figures.maxDaysLate == nil)
    #expect(client.aging.current == cents(100_000))
    #expect(client.maxDaysPastDue == -29)
  }

  @Test func overpaymentMakesOutstandingNegativeAndNoOpenBalance() throws {
    // $1,000.00 invoice, $1,100.00 received on the due day.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    book.payment("A-1", on: "2026-01-31", amount: 110_000)
    let client = try book.report(settings(asOf: "2026-03-31")).client("Acme")
    #expect(client.figures.collected == cents(110_000))
    #expect(client.figures.outstanding == cents(-10_000))
    #expect(client.aging.current == cents(0))
    #expect(client.aging.overdue == cents(0))
    #expect(client.maxDaysPastDue == nil)
  }
}
