import Analysis
import Domain
import Testing

/// The trend: periods, and each period's figures computed over that period at the report's as-of.
@Suite struct TrendCalculatorTests {
  /// Acme works 10 h in January and 5 h in February; Beta 2 h in March.
  /// $1,000.00 issued Jan 31, due Feb 28, paid Mar 10 (10 days late).
  /// $500.00 issued Feb 28, due Mar 30, unpaid; as-of Apr 9 it is 10 days past due.
  static func ledger() -> TestLedger {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(10))
    book.time("Acme", on: "2026-02-12", seconds: hours(5))
    book.time("Beta", on: "2026-03-03", seconds: hours(2))
    book.invoice("A-1", "Acme", issued: "2026-01-31", due: "2026-02-28", amount: 100_000)
    book.payment("A-1", on: "2026-03-10", amount: 100_000)
    book.invoice("A-2", "Acme", issued: "2026-02-28", due: "2026-03-30", amount: 50_000)
    return book
  }

  static func trend(
    _ book: TestLedger = ledger(), by interval: TrendInterval = .month, from: String? = nil, to: String? = nil
  ) throws -> TrendReport {
    try TrendCalculator.trend(
      ledger: book.ledger, settings: settings(asOf: "2026-04-09", from: from, to: to, costRate: 2_000),
      interval: interval)
  }

  @Test func periodsRunFromTheFirstToTheLastMonthWithAFact() throws {
    let trend = try Self.trend()
    #expect(trend.periods.map(\.label) == ["2026-01", "2026-02", "2026-03"])
    #expect(trend.periods.map(\.first) == [day("2026-01-01"), day("2026-02-01"), day("2026-03-01")])
    #expect(trend.periods.map(\.last) == [day("2026-01-31"), day("2026-02-28"), day("2026-03-31")])
    #expect(trend.clients.map(\.name) == ["Acme", "Beta"])
    #expect(trend.asOf == day("2026-04-09"))
    #expect(trend.costRate == cents(2_000))
  }

  @Test func aPeriodsFiguresAreThoseOfItsOwnFactsAtAsOf() throws {
    let acme = try #require(try Self.trend().clients.first)
    #expect(acme.points.map(\.isActive) == [true, true, false])
    let january = acme.points[0].figures
    // 10 h; A-1 paid in full 10 days late. cost 10 h × $20 = $200; carrying 100,000 × 10 × 0.10 / 365
    // = 273.97 → 274 cents; profit 100,000 − 20,000 − 274 = 79,726.
    #expect(january.seconds == hours(10))
    #expect(january.invoiced == cents(100_000))
    #expect(january.collected == cents(100_000))
    #expect(january.effectiveRate == Fraction(10_000))
    #expect(january.avgDaysLate == Fraction(10))
    #expect(january.carryingCost == cents(274))
    #expect(january.profit == cents(79_726))
    let february = acme.points[1].figures
    // 5 h; A-2 still open at as-of Apr 9, 10 days past due: measured at as-of, not on Feb 28 (when it
    // was not even due). carrying 50,000 × 10 × 0.10 / 365 = 136.99 → 137; profit 50,000 − 10,000 − 137.
    #expect(february.seconds == hours(5))
    #expect(february.invoiced == cents(50_000))
    #expect(february.collected == cents(0))
    #expect(february.effectiveRate == Fraction(10_000))
    #expect(february.avgDaysLate == Fraction(10))
    #expect(february.profit == cents(39_863))
    // Acme earns nearly all of the year's revenue, whatever the period: a concentration risk.
    #expect(acme.points[1].flags == [.concentration])
  }

  @Test func aQuietPeriodHasZeroFiguresAndNoFlags() throws {
    let acme = try #require(try Self.trend().clients.first)
    let march = acme.points[2]
    #expect(!march.isActive)
    #expect(march.figures == Figures(currency: usd))
    #expect(march.flags.isEmpty)
    #expect(acme.activeSpan.map(\.period.label) == ["2026-01", "2026-02"])
  }

  @Test func flagsAreThoseOfThePeriodAlone() throws {
    var book = Self.ledger()
    book.time("Beta", on: "2026-03-04", seconds: hours(1), value: 1_000)
    let beta = try #require(try Self.trend(book).clients.last)
    // Beta's 3 h in March were never invoiced: the hour with a value earns $10.00 at face, the two
    // without one cannot be valued, so March's earned and profit are unknown.
    #expect(beta.points[2].figures.earned == nil)
    #expect(beta.points[2].figures.profit == nil)
    #expect(beta.points[2].flags == [])
  }

  @Test func totalsPoolEveryClientPerPeriod() throws {
    let totals = try Self.trend().totals
    #expect(totals.map(\.figures.seconds) == [hours(10), hours(5), hours(2)])
    // March's only client has no known profit: the total of the clients where it is known is none.
    #expect(totals.map(\.figures.profit) == [cents(79_726), cents(39_863), nil])
    #expect(totals.map(\.isActive) == [true, true, true])
  }

  @Test func fromAndToNarrowTheFirstAndLastPeriod() throws {
    let trend = try Self.trend(from: "2026-01-15", to: "2026-02-20")
    #expect(trend.periods.map(\.label) == ["2026-01", "2026-02"])
    #expect(trend.periods.map(\.first) == [day("2026-01-15"), day("2026-02-01")])
    #expect(trend.periods.map(\.last) == [day("2026-01-31"), day("2026-02-20")])
    // The Jan 10 hours and the Feb 28 invoice fall outside; Beta has no fact at all.
    let acme = try #require(trend.clients.first)
    #expect(trend.clients.count == 1)
    #expect(acme.points.map(\.figures.seconds) == [0, hours(5)])
    #expect(acme.points.map(\.figures.invoiced) == [cents(100_000), cents(0)])
  }

  @Test func quartersAreCalendarQuarters() throws {
    var book = Self.ledger()
    book.time("Beta", on: "2026-04-01", seconds: hours(1))
    let trend = try Self.trend(book, by: .quarter)
    #expect(trend.periods.map(\.label) == ["2026-Q1", "2026-Q2"])
    #expect(trend.periods.map(\.last) == [day("2026-03-31"), day("2026-06-30")])
    #expect(trend.totals.map(\.figures.seconds) == [hours(17), hours(1)])
  }

  @Test(arguments: [
    (TrendInterval.month, ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]),
    (TrendInterval.quarter, ["2025-Q4", "2026-Q1"]),
  ])
  func periodsCrossTheYear(interval: TrendInterval, labels: [String]) throws {
    var book = Self.ledger()
    book.expense("Beta", on: "2025-11-30", amount: 1_000)
    #expect(try Self.trend(book, by: interval).periods.map(\.label) == labels)
  }

  @Test func paymentsAndIgnoredInvoicesOpenNoPeriod() throws {
    var book = Self.ledger()
    book.payment("A-2", on: "2026-05-02", amount: 1_000)
    book.invoice("D-1", "Acme", issued: "2026-06-01", amount: 5_000, status: .ignored)
    #expect(try Self.trend(book).periods.map(\.label) == ["2026-01", "2026-02", "2026-03"])
  }

  @Test func aLedgerWithoutFactsHasNoPeriods() throws {
    let trend = try Self.trend(TestLedger())
    #expect(trend.periods.isEmpty)
    #expect(trend.clients.isEmpty)
    #expect(trend.totals.isEmpty)
  }

  @Test func theComparisonSetsTheEarlierHalfAgainstTheLater() throws {
    var book = Self.ledger()
    book.time("Acme", on: "2026-03-20", seconds: hours(4))
    book.time("Acme", on: "2026-04-02", seconds: hours(6))
    let acme = try #require(try Self.trend(book).clients.first)
    let comparison = try #require(acme.comparison)
    // Four active months: January–February against March–April.
    #expect(comparison.earlier.period.label == "2026-01 – 2026-02")
    #expect(comparison.later.period.label == "2026-03 – 2026-04")
    #expect(comparison.earlier.figures.seconds == hours(15))
    #expect(comparison.earlier.figures.invoiced == cents(150_000))
    // 150,000 cents over 15 h.
    #expect(comparison.earlier.figures.effectiveRate == Fraction(10_000))
    #expect(comparison.later.figures.seconds == hours(10))
    // Not invoiced yet, the later work is valued at what the billed work earned: 150,000 / 15 h.
    #expect(comparison.later.figures.invoiced == cents(0))
    #expect(comparison.later.figures.effectiveRate == Fraction(10_000))
  }

  @Test func anOddSpanLeavesTheMiddlePeriodOut() throws {
    var book = Self.ledger()
    book.time("Acme", on: "2026-03-20", seconds: hours(4))
    let comparison = try #require(try Self.trend(book).clients.first?.comparison)
    #expect(comparison.earlier.period.label == "2026-01")
    #expect(comparison.later.period.label == "2026-03")
    #expect(comparison.later.figures.seconds == hours(4))
  }

  @Test func aSinglePeriodHasNoComparison() throws {
    #expect(try Self.trend().clients.last?.comparison == nil)
  }

  @Test func aSteadyClientBilledInArrearsReadsSteadyFromItsFirstMonth() throws {
    // 20 h every month at $100.00, invoiced on the 1st for the month before and paid that day; the
    // last month is not invoiced yet. Every month earns $2,000.00 ($100/h): the first is not $0/h,
    // nor the last.
    var book = TestLedger()
    for month in 1...6 {
      book.time("Acme", on: "2026-0\(month)-10", seconds: hours(20))
      let issued = "2026-0\(month + 1)-01"
      if month < 6 { book.invoice("A-\(month)", "Acme", issued: issued, amount: 200_000, paidOn: issued) }
    }
    let trend = try TrendCalculator.trend(
      ledger: book.ledger, settings: settings(asOf: "2026-06-30", costRate: 5_000), interval: .month)
    let acme = try #require(trend.clients.first)
    #expect(acme.points.map(\.figures.effectiveRate) == Array(repeating: Fraction(10_000), count: 6))
    #expect(acme.points.map(\.figures.profit) == Array(repeating: cents(100_000), count: 6))
    #expect(acme.points.map(\.figures.invoiced).first == cents(0))
  }
}

@Suite struct TrendLimitTests {
  /// A mistyped year must not make the trend compute a report for every month of centuries.
  @Test func moreThanTheMostPeriodsIsRefusedBeforeAnyIsComputed() throws {
    var book = TestLedger()
    book.time("Acme", on: "1910-01-05", seconds: 3600)
    book.time("Acme", on: "2026-01-05", seconds: 3600)
    let settings = settings(asOf: "2026-04-09", costRate: 2_000)
    #expect(throws: TrendCalculator.TooManyPeriods.self) {
      try TrendCalculator.trend(ledger: book.ledger, settings: settings, interval: .month)
    }
    let quarters = try TrendCalculator.trend(ledger: book.ledger, settings: settings, interval: .quarter)
    #expect(quarters.periods.count == 465)
  }
}
