import Analysis
import Domain
import Testing

/// The totals row: sums of money and time, ratios of the sums, pooled lateness (spec §4 Totals).
@Suite struct TotalsTests {
  @Test func totalsSumMoneyAndPoolLateness() throws {
    // Acme: 10 h, $100.00 invoiced, paid 10 days late (item 10,000 × 10). Days to pay 40.
    // Beta: 30 h, $400.00 in two invoices: $300.00 paid 2 days late (30,000 × 2, days to pay 32) and
    //       $100.00 paid on the due day (10,000 × 0, days to pay 30).
    // Pooled avgDaysLate = (100,000 + 60,000) / 50,000 = 16/5 (the mean of the means, (10 + 1.5)/2, would differ).
    // lateShare 2 of 3; maxDaysLate 10.
    // avgDaysToPay = (400,000 + 960,000 + 300,000) / 50,000 = 166/5.
    // effectiveRate = 50,000 earned / 40 h = 1,250/h; collectedRate the same. The work of Dec 29 is
    // in each client's first span, so each invoice is earned by it.
    var book = TestLedger()
    book.time("Acme", on: "2025-12-29", seconds: hours(10), value: 20_000)
    book.time("Beta", on: "2025-12-29", seconds: hours(30))
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 10_000, paidOn: "2026-02-10")
    book.invoice("B-1", "Beta", issued: "2026-01-01", due: "2026-01-31", amount: 30_000, paidOn: "2026-02-02")
    book.invoice("B-2", "Beta", issued: "2026-01-01", due: "2026-01-31", amount: 10_000, paidOn: "2026-01-31")
    let report = book.report(settings(asOf: "2026-02-28", costRate: 1_000))
    let totals = report.totals
    #expect(try report.figures("Beta").avgDaysLate == Fraction(3, 2))
    #expect(totals.seconds == hours(40))
    #expect(totals.billableSeconds == hours(40))
    #expect(totals.billableValue == cents(20_000))
    #expect(totals.invoiced == cents(50_000))
    #expect(totals.collected == cents(50_000))
    #expect(totals.outstanding == cents(0))
    #expect(totals.netRevenue == cents(50_000))
    #expect(totals.earned == cents(50_000))
    #expect(totals.unbilledValue == cents(0))
    #expect(totals.effectiveRate == Fraction(1_250))
    #expect(totals.collectedRate == Fraction(1_250))
    // Only Acme's billable value is known: 10,000 invoiced over 20,000 (not all 50,000 invoiced).
    #expect(totals.realization == Fraction(1, 2))
    #expect(totals.avgDaysLate == Fraction(16, 5))
    #expect(totals.lateShare == Fraction(2, 3))
    #expect(totals.maxDaysLate == 10)
    #expect(totals.avgDaysToPay == Fraction(166, 5))
    // Cost 40 h × $10.00 = 40,000. Carrying: Acme 100,000 × 0.1 / 365 = 27.40 → 27;
    // Beta 60,000 × 0.1 / 365 = 16.44 → 16. Profit: Acme 10,000 − 10,000 − 27 = −27; Beta 40,000 − 30,000 − 16 = 9,984.
    #expect(totals.cost == cents(40_000))
    #expect(totals.carryingCost == cents(43))
    #expect(totals.profit == cents(9_957))
    #expect(totals.margin == Fraction(9_957, 50_000))
    // Shares of the year's earned: Acme 1/5, Beta 4/5 (a concentration risk); the total is their sum.
    #expect(report.clients.map(\.figures.share) == [Fraction(1, 5), Fraction(4, 5)])
    #expect(totals.share == Fraction(1))
    #expect(report.clients.map(\.flags) == [[.losing], [.concentration]])
  }

  @Test func totalsOfNoClientsAreZeroAndNull() {
    let report = TestLedger().report(settings(asOf: "2026-01-31"))
    #expect(report.clients.isEmpty)
    // Money that is a sum of no client is 0; a figure that may be unknown is unknown for all: null.
    var expected = Figures(currency: usd)
    expected.unbilledValue = nil
    expected.earned = nil
    expected.opportunityCost = nil
    #expect(report.totals == expected)
    #expect(report.asOf == day("2026-01-31"))
  }

  @Test func totalsBadDebtAndMarginUseTheSums() throws {
    // Acme: $1,000.00 written off (uncollectible) → net 0. Beta: $500.00 paid on time → net 50,000.
    // Total netRevenue 50,000; profit 50,000; margin 1; Acme's own margin is null (net ≤ 0).
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, status: .uncollectible)
    book.invoice("B-1", "Beta", issued: "2026-01-01", due: "2026-01-31", amount: 50_000, paidOn: "2026-01-31")
    let report = book.report(settings(asOf: "2026-01-31", costRate: 0))
    #expect(try report.figures("Acme").margin == nil)
    #expect(report.totals.badDebt == cents(100_000))
    #expect(report.totals.outstanding == cents(100_000))
    #expect(report.totals.netRevenue == cents(50_000))
    #expect(report.totals.margin == Fraction(1))
  }

  @Test func totalsOfFiguresUnknownForSomeClientsSumTheKnownOnes() throws {
    // Acme: 10 h billed $1,000.00. Beta: 5 h never invoiced, no rate: its earned is unknown.
    // Total earned 100,000 over Acme's 10 h only: 10,000/h, not 100,000 / 15 h.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(10))
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: 100_000)
    book.time("Beta", on: "2026-01-20", seconds: hours(5))
    let report = book.report(settings(asOf: "2026-01-31", costRate: 1_000))
    #expect(try report.figures("Beta").earned == nil)
    #expect(try report.figures("Beta").profit == nil)
    #expect(try report.figures("Beta").cost == cents(5_000))
    #expect(report.totals.earned == cents(100_000))
    #expect(report.totals.cost == cents(15_000))
    #expect(report.totals.profit == cents(90_000))
    #expect(report.totals.effectiveRate == Fraction(10_000))
  }
}
