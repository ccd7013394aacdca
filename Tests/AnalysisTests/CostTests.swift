import Analysis
import Domain
import Testing

/// Hours, billable value, cost, profit and opportunity cost (spec §4).
@Suite struct CostTests {
  @Test func timeCostUsesTotalSecondsAndRoundsOnce() throws {
    // Two entries of 1 h 40 min at $45.50/h: 12,000 s × 4,550 / 3,600 = 15,166.67 → 15,167
    // (each entry rounded alone would give 7,583 × 2 = 15,166). Plus $12.34 of expenses. The time is
    // not billable, so nothing is earned and the loss is the cost.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: 6_000, billable: false)
    book.time("Acme", on: "2026-01-06", seconds: 6_000, billable: false)
    book.expense("Acme", on: "2026-01-07", amount: 1_234)
    let report = book.report(settings(asOf: "2026-01-31", costRate: 4_550))
    let client = try report.client("Acme")
    #expect(client.figures.seconds == 12_000)
    #expect(client.figures.expenses == cents(1_234))
    #expect(client.figures.cost == cents(16_401))
    #expect(client.figures.profit == cents(-16_401))
    #expect(client.expenseCount == 1)
    #expect(client.timeEntryCount == 2)
    #expect(!report.costRateMissing)
  }

  @Test func withoutCostRateCostProfitAndMarginAreUnknown() throws {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(10))
    book.expense("Acme", on: "2026-01-07", amount: 500)
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: 100_000)
    let report = book.report(settings(asOf: "2026-01-31"))
    let figures = try report.figures("Acme")
    #expect(figures.cost == nil)
    #expect(figures.profit == nil)
    #expect(figures.margin == nil)
    #expect(figures.earned == cents(100_000))
    #expect(try !report.client("Acme").flags.contains(.losing))
    #expect(report.totals.cost == nil)
    #expect(report.totals.profit == nil)
    #expect(report.costRateMissing)
  }

  @Test func clientWithoutHoursHasNullRates() throws {
    // An invoice and no time: rates per hour are null; nothing to be unbilled or creep.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidOn: "2026-01-31")
    let client = try book.report(settings(asOf: "2026-01-31", costRate: 5_000, targetRate: 10_000)).client("Acme")
    #expect(client.figures.seconds == 0)
    #expect(client.figures.effectiveRate == nil)
    #expect(client.figures.collectedRate == nil)
    #expect(client.figures.cost == cents(0))
    #expect(client.figures.opportunityCost == cents(0))
    #expect(client.figures.margin == Fraction(1))
    #expect(client.flags == [.concentration])
  }

  @Test func clientNeverInvoicedEarnsItsBillableValueAtFace() throws {
    // 10 h at $50.00/h cost, billable value $1,000.00, nothing invoiced, worked 61 days before as-of:
    // unbilled work valued at face (spec §3a) → earned 100,000; profit 50,000; flagged unbilled.
    var book = TestLedger()
    book.time("Acme", on: "2025-12-01", seconds: hours(10), value: 100_000)
    let client = try book.report(settings(asOf: "2026-01-31", costRate: 5_000)).client("Acme")
    let figures = client.figures
    #expect(figures.invoiced == cents(0))
    #expect(figures.unbilledValue == cents(100_000))
    #expect(figures.earned == cents(100_000))
    #expect(figures.cost == cents(50_000))
    #expect(figures.profit == cents(50_000))
    #expect(figures.effectiveRate == Fraction(10_000))
    #expect(figures.margin == Fraction(1, 2))
    #expect(figures.realization == Fraction(0))
    #expect(client.invoiceCount == 0)
    #expect(client.oldestUnbilledWork == day("2025-12-01"))
    #expect(client.flags == [.unbilled, .concentration])
  }

  @Test func ratesAndRealizationAreExact() throws {
    // 3 h, 2 of them billable at a stated value of $250.00 in all; one non-billable entry has a value
    // that must not count. Invoiced $300.00, paid $100.00.
    // effectiveRate 30,000 / 3 = 10,000/h; collectedRate 10,000 / 3 = 3,333⅓/h; realization 30,000 / 25,000 = 6/5.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(1), value: 10_000)
    book.time("Acme", on: "2026-01-06", seconds: hours(1), value: 15_000)
    book.time("Acme", on: "2026-01-07", seconds: hours(1), billable: false, value: 99_900)
    book.invoice("A-1", "Acme", issued: "2026-01-10", due: "2026-02-09", amount: 30_000)
    book.payment("A-1", on: "2026-01-20", amount: 10_000)
    let figures = try book.report(settings(asOf: "2026-01-31")).figures("Acme")
    #expect(figures.billableSeconds == hours(2))
    #expect(figures.billableValue == cents(25_000))
    #expect(figures.effectiveRate == Fraction(10_000))
    #expect(figures.collectedRate == Fraction(10_000, 3))
    #expect(figures.realization == Fraction(6, 5))
  }

  @Test func billableValueIsNullWhenNoBillableEntryHasOne() throws {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(1))
    book.time("Acme", on: "2026-01-06", seconds: hours(1), billable: false, value: 5_000)
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: 30_000)
    let figures = try book.report(settings(asOf: "2026-01-31")).figures("Acme")
    #expect(figures.billableValue == nil)
    #expect(figures.realization == nil)
  }

  @Test func zeroBillableValueMakesRealizationNull() throws {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(1), value: 0)
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: 30_000)
    let figures = try book.report(settings(asOf: "2026-01-31")).figures("Acme")
    #expect(figures.billableValue == cents(0))
    #expect(figures.realization == nil)
  }

  @Test func opportunityCostWithoutTargetUsesTheExactAllClientRate() throws {
    // Acme 10 h and Beta 20 h, each earning $1,000.00: benchmark 200,000 / 30 h = 6,666⅔/h.
    // Acme: 10 × 6,666⅔ = 66,666.67 → 66,667 < 100,000 → 0.
    // Beta: 20 × 6,666⅔ = 133,333.33 → 133,333 − 100,000 = 33,333 (a rounded 6,667/h would give 33,340).
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(10))
    book.time("Beta", on: "2026-01-05", seconds: hours(20))
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: 100_000)
    book.invoice("B-1", "Beta", issued: "2026-01-10", amount: 100_000)
    let report = book.report(settings(asOf: "2026-01-31"))
    #expect(try report.figures("Acme").opportunityCost == cents(0))
    #expect(try report.figures("Beta").opportunityCost == cents(33_333))
    #expect(report.totals.opportunityCost == cents(33_333))
    #expect(report.totals.effectiveRate == Fraction(20_000, 3))
  }

  @Test func opportunityCostWithTargetRate() throws {
    // Target $120.00/h. Acme 10 h 0 min 1 s: 36,001 × 12,000 / 3,600 = 120,003.33 → 120,003 − 100,000 = 20,003.
    // Beta 20 h: 240,000 − 100,000 = 140,000.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(10) + 1)
    book.time("Beta", on: "2026-01-05", seconds: hours(20))
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: 100_000)
    book.invoice("B-1", "Beta", issued: "2026-01-10", amount: 100_000)
    let report = book.report(settings(asOf: "2026-01-31", targetRate: 12_000))
    #expect(try report.figures("Acme").opportunityCost == cents(20_003))
    #expect(try report.figures("Beta").opportunityCost == cents(140_000))
    #expect(report.totals.opportunityCost == cents(160_003))
  }

  @Test func noHoursAnywhereAndNoTargetMeansNoOpportunityCost() throws {
    // Without hours there is no all-client rate to compare with, even for a client whose net is negative.
    var book = TestLedger()
    book.invoice("CN-1", "Acme", issued: "2026-01-10", amount: -10_000)
    let report = book.report(settings(asOf: "2026-01-31"))
    #expect(try report.figures("Acme").opportunityCost == cents(0))
    #expect(report.totals.effectiveRate == nil)
  }
}
