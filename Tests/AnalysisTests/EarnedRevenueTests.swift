import Analysis
import Domain
import Testing

/// Earned revenue (spec §3a): each invoice's net amount attributed to the work of its span, every
/// figure worked by hand to the cent.
@Suite struct EarnedRevenueTests {
  /// Earned over `from`…`to` at as-of Apr 30 (the client's only row), with a cost rate of 0.
  static func earned(_ book: TestLedger, from: String? = nil, to: String? = nil, client: String = "Acme") throws
    -> Figures
  {
    try book.report(settings(asOf: "2026-04-30", from: from, to: to, costRate: 0)).figures(client)
  }

  @Test func monthlyInvoicesInArrearsAreEarnedByTheMonthsTheyBill() throws {
    // 10 h on Jan 15, billed Feb 1 ($1,000.00); 20 h on Feb 10, billed Mar 1 ($2,000.00).
    var book = TestLedger()
    book.time("Acme", on: "2026-01-15", seconds: hours(10))
    book.time("Acme", on: "2026-02-10", seconds: hours(20))
    book.invoice("A-1", "Acme", issued: "2026-02-01", amount: 100_000)
    book.invoice("A-2", "Acme", issued: "2026-03-01", amount: 200_000)
    let january = try Self.earned(book, from: "2026-01-01", to: "2026-01-31")
    #expect(january.earned == cents(100_000))
    #expect(january.invoiced == cents(0))
    #expect(january.effectiveRate == Fraction(10_000))
    let february = try Self.earned(book, from: "2026-02-01", to: "2026-02-28")
    // The invoice facts stay by issue date: February's invoice is A-1; its work is January's.
    #expect(february.invoiced == cents(100_000))
    #expect(february.earned == cents(200_000))
    #expect(try Self.earned(book, from: "2026-03-01", to: "2026-03-31").earned == cents(0))
    let all = try Self.earned(book)
    #expect(all.earned == cents(300_000))
    #expect(all.earned == all.netRevenue + (all.unbilledValue ?? cents(-1)))
  }

  @Test func aSpanIsSplitByBillableValueWhenEveryEntryHasOne() throws {
    // Span up to Jan 31: 1 h worth $50.00 on Jan 10 and 3 h worth $50.00 on Jan 20, billed $200.00:
    // by value, 10,000 each; by seconds (had one no value) it would be 5,000 and 15,000.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(1), value: 5_000)
    book.time("Acme", on: "2026-01-20", seconds: hours(3), value: 5_000)
    book.invoice("A-1", "Acme", issued: "2026-01-31", amount: 20_000)
    #expect(try Self.earned(book, to: "2026-01-15").earned == cents(10_000))
    var unvalued = TestLedger()
    unvalued.time("Acme", on: "2026-01-10", seconds: hours(1), value: 5_000)
    unvalued.time("Acme", on: "2026-01-20", seconds: hours(3))
    unvalued.invoice("A-1", "Acme", issued: "2026-01-31", amount: 20_000)
    #expect(try Self.earned(unvalued, to: "2026-01-15").earned == cents(5_000))
  }

  @Test func nonBillableTimeEarnsNothing() throws {
    // 2 h billable on Jan 10, 6 h not billable on Jan 20, billed $300.00: all of it on Jan 10.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(2))
    book.time("Acme", on: "2026-01-20", seconds: hours(6), billable: false)
    book.invoice("A-1", "Acme", issued: "2026-01-31", amount: 30_000)
    #expect(try Self.earned(book, from: "2026-01-15", to: "2026-01-31").earned == cents(0))
    #expect(try Self.earned(book, to: "2026-01-15").earned == cents(30_000))
  }

  @Test(arguments: ["2025-12-20", "2026-01-25", "2026-02-10"])
  func aCreditNoteLowersTheSpanItFallsIn(issued: String) throws {
    // One span (Jan 10 … Jan 31) with 5 h on Jan 10 and 5 h on Jan 20, billed $1,000.00; a credit
    // note of $100.00 before it, inside it or after it joins it: net 90,000, 45,000 for each half.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(5))
    book.time("Acme", on: "2026-01-20", seconds: hours(5))
    book.invoice("A-1", "Acme", issued: "2026-01-31", amount: 100_000)
    book.invoice("CN-1", "Acme", issued: issued, amount: -10_000)
    #expect(try Self.earned(book, to: "2026-01-15").earned == cents(45_000))
    let all = try Self.earned(book)
    #expect(all.earned == cents(90_000))
    #expect(all.unbilledValue == cents(0))
  }

  @Test func creditNotesAloneMakeTheSpans() throws {
    // No invoice: a credit note of $60.00 on Jan 31 makes the span of the 3 h of Jan 5 (−2,000 an hour).
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(3))
    book.invoice("CN-1", "Acme", issued: "2026-01-31", amount: -6_000)
    let figures = try Self.earned(book)
    #expect(figures.earned == cents(-6_000))
    #expect(figures.unbilledValue == cents(0))
  }

  @Test func badDebtIsNotEarned() throws {
    // $1,000.00 uncollectible, $300.00 paid: the span's 4 h earn 30,000; the half before Jan 15, 15,000.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(2))
    book.time("Acme", on: "2026-01-20", seconds: hours(2))
    book.invoice(
      "A-1", "Acme", issued: "2026-01-31", due: "2026-02-28", amount: 100_000, status: .uncollectible,
      paidOn: "2026-02-10", paidAmount: 30_000)
    let all = try Self.earned(book)
    #expect(all.badDebt == cents(70_000))
    #expect(all.earned == cents(30_000))
    #expect(try Self.earned(book, to: "2026-01-15").earned == cents(15_000))
  }

  @Test func aSpanWithoutBillableTimeIsSpreadOverItsDays() throws {
    // A-2's span is Jan 1 … Jan 31 (31 days) and holds only non-billable time: $900.00 over 31 days;
    // Jan 1 … Jan 10 earns 90,000 × 10 / 31 = 29,032.26 → 29,032.
    var book = TestLedger()
    book.time("Acme", on: "2025-12-10", seconds: hours(1))
    book.invoice("A-1", "Acme", issued: "2025-12-31", amount: 10_000)
    book.time("Acme", on: "2026-01-05", seconds: hours(4), billable: false)
    book.invoice("A-2", "Acme", issued: "2026-01-31", amount: 90_000)
    #expect(try Self.earned(book, from: "2026-01-01", to: "2026-01-10").earned == cents(29_032))
    #expect(try Self.earned(book, from: "2026-01-11", to: "2026-01-31").earned == cents(60_968))
  }

  @Test func invoicesOfOneDayShareASpan() throws {
    // Two invoices on Jan 31 ($100.00 and $200.00) bill the same 3 h: 30,000 for the span.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(1))
    book.time("Acme", on: "2026-01-20", seconds: hours(2))
    book.invoice("A-1", "Acme", issued: "2026-01-31", amount: 10_000)
    book.invoice("A-2", "Acme", issued: "2026-01-31", amount: 20_000)
    #expect(try Self.earned(book, to: "2026-01-15").earned == cents(10_000))
  }

  @Test func ignoredInvoicesBillNothing() throws {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(1))
    book.invoice("A-1", "Acme", issued: "2026-01-31", amount: 10_000)
    book.invoice("D-1", "Acme", issued: "2026-01-15", amount: 99_000, status: .ignored)
    #expect(try Self.earned(book, to: "2026-01-15").earned == cents(10_000))
  }

  @Test func advanceBillingEarnsTheSpanAfterEachInvoice() throws {
    // A retainer: $3,000.00 on Jan 1 and Feb 1. Spans Jan 1 … Jan 31 and Feb 1 … Mar 3 (as long as
    // the one before). 10 h in each month; 6 h on Mar 10 and 2 h on Dec 28 are unbilled, valued at
    // 600,000 / 20 h = 30,000 an hour: 180,000 and 60,000.
    var book = TestLedger()
    book.time("Acme", on: "2025-12-28", seconds: hours(2))
    book.time("Acme", on: "2026-01-12", seconds: hours(10))
    book.time("Acme", on: "2026-02-12", seconds: hours(10))
    book.time("Acme", on: "2026-03-10", seconds: hours(6))
    book.invoice("R-1", "Acme", issued: "2026-01-01", amount: 300_000)
    book.invoice("R-2", "Acme", issued: "2026-02-01", amount: 300_000)
    var options = settings(asOf: "2026-04-30", costRate: 0)
    options.clients[ClientKey("Acme")] = ClientTerms(billing: .advance)
    func earned(_ from: String, _ to: String) throws -> Figures {
      var narrowed = options
      narrowed.from = day(from)
      narrowed.to = day(to)
      return try book.report(narrowed).figures("Acme")
    }
    #expect(try earned("2026-01-01", "2026-01-31").earned == cents(300_000))
    #expect(try earned("2026-02-01", "2026-02-28").earned == cents(300_000))
    let march = try earned("2026-03-01", "2026-03-31")
    #expect(march.unbilledValue == cents(180_000))
    #expect(march.earned == cents(180_000))
    #expect(try earned("2025-12-01", "2025-12-31").earned == cents(60_000))
    let all = try book.report(options).figures("Acme")
    #expect(all.earned == cents(840_000))
    #expect(all.unbilledValue == cents(240_000))
  }

  @Test func anAdvanceSpanWithoutWorkIsSpreadIntoTheFuture() throws {
    // The only retainer, $3,100.00 on Apr 20: its span runs 30 days, Apr 20 … May 19. With no work,
    // as-of Apr 30 (11 days in): the window to as-of earns 310,000 × 11 / 30; all the data earns it all.
    var book = TestLedger()
    book.invoice("R-1", "Acme", issued: "2026-04-20", amount: 310_000)
    var options = settings(asOf: "2026-04-30", costRate: 0)
    options.clients[ClientKey("Acme")] = ClientTerms(billing: .advance)
    #expect(try book.report(options).figures("Acme").earned == cents(310_000))
    options.from = day("2026-04-01")
    options.to = day("2026-04-30")
    #expect(try book.report(options).figures("Acme").earned == cents(113_667))
  }

  @Test func anOpenAdvanceSpanEarnsOnlyItsElapsedShare() throws {
    // $3,000.00 paid up front on Apr 1 for Apr 1 … Apr 30; as-of Apr 10, 5 h of work so far on Apr 5.
    // The work earns 300,000 × 10 / 30 = 100,000, not the whole month; the 20 days to come hold the rest.
    var book = TestLedger()
    book.time("Acme", on: "2026-04-05", seconds: hours(5))
    book.invoice("R-1", "Acme", issued: "2026-04-01", amount: 300_000)
    var options = settings(asOf: "2026-04-10", costRate: 0)
    options.clients[ClientKey("Acme")] = ClientTerms(billing: .advance)
    #expect(try book.report(options).figures("Acme").earned == cents(300_000))
    options.from = day("2026-01-11")
    options.to = day("2026-04-10")
    #expect(try book.report(options).figures("Acme").earned == cents(100_000))
  }
}
