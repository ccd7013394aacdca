import Analysis
import Domain
import Testing

/// Unbilled work (spec §3a): billable time outside every span, valued entry by entry at what the
/// client's billed work earned.
@Suite struct UnbilledWorkTests {
  static func figures(_ book: TestLedger, from: String? = nil) throws -> Figures {
    try book.report(settings(asOf: "2026-04-30", from: from, costRate: 0)).figures("Acme")
  }

  @Test func unbilledWorkIsValuedAtTheClientsRealization() throws {
    // Billed $1,200.00 for work worth $1,000.00 (realization 1.2); March's work worth $500.00 and
    // 2 h without a value: 50,000 × 1.2 = 60,000, and 2 h at 120,000 / 10 h = 24,000.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(10), value: 100_000)
    book.invoice("A-1", "Acme", issued: "2026-01-31", amount: 120_000)
    book.time("Acme", on: "2026-03-10", seconds: hours(5), value: 50_000)
    book.time("Acme", on: "2026-03-11", seconds: hours(2))
    let march = try Self.figures(book, from: "2026-03-01")
    #expect(march.unbilledValue == cents(84_000))
    #expect(march.earned == cents(84_000))
  }

  @Test func withoutValuesUnbilledWorkIsValuedPerBilledSecond() throws {
    // $1,000.00 for 8 h: 12,500 an hour; 3 h 20 min unbilled → 12,000 s × 100,000 / 28,800 = 41,666.67.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(8))
    book.invoice("A-1", "Acme", issued: "2026-01-31", amount: 100_000)
    book.time("Acme", on: "2026-03-10", seconds: 12_000)
    let all = try Self.figures(book)
    #expect(all.unbilledValue == cents(41_667))
    #expect(all.earned == cents(141_667))
    #expect(all.netRevenue == cents(100_000))
  }

  @Test func aClientNeverInvoicedIsValuedAtFaceOrNotAtAll() throws {
    var book = TestLedger()
    book.time("Acme", on: "2026-03-10", seconds: hours(2), value: 18_000)
    #expect(try Self.figures(book).unbilledValue == cents(18_000))
    book.time("Acme", on: "2026-03-11", seconds: hours(1))
    let unknown = try Self.figures(book)
    #expect(unknown.unbilledValue == nil)
    #expect(unknown.earned == nil)
    #expect(unknown.effectiveRate == nil)
    #expect(unknown.profit == nil)
    #expect(unknown.opportunityCost == nil)
  }

  @Test func billedSpansThatEarnedNothingLeaveTheValueAtFace() throws {
    // Only a credit note billed the January work: nothing positive earned, March at face.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(1), value: 5_000)
    book.invoice("CN-1", "Acme", issued: "2026-01-31", amount: -1_000)
    book.time("Acme", on: "2026-03-10", seconds: hours(1), value: 7_000)
    #expect(try Self.figures(book, from: "2026-03-01").unbilledValue == cents(7_000))
  }

  @Test func unbilledValueAddsUpOverPeriods() throws {
    // $100.00 for 3 h: each unbilled hour is 3,333⅓; one in March and two in April make 3,333 and
    // 6,667 (rounded apart), 10,000 together.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(3))
    book.invoice("A-1", "Acme", issued: "2026-01-31", amount: 10_000)
    book.time("Acme", on: "2026-03-10", seconds: hours(1))
    book.time("Acme", on: "2026-04-10", seconds: hours(2))
    #expect(
      try book.report(settings(asOf: "2026-04-30", from: "2026-03-01", to: "2026-03-31")).figures("Acme")
        .unbilledValue == cents(3_333))
    #expect(try Self.figures(book, from: "2026-04-01").unbilledValue == cents(6_667))
    #expect(try Self.figures(book, from: "2026-03-01").unbilledValue == cents(10_000))
  }

  @Test func earnedIsRoundedOncePerClientAndPeriod() throws {
    // Two spans of 5 h, each billed 1 cent; the period Jan 20 … Feb 10 holds 2 h of each: 0.4 + 0.4 =
    // 0.8 → 1 cent, where rounding each span first would give 0.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-05", seconds: hours(3))
    book.time("Acme", on: "2026-01-25", seconds: hours(2))
    book.invoice("A-1", "Acme", issued: "2026-01-31", amount: 1)
    book.time("Acme", on: "2026-02-05", seconds: hours(2))
    book.time("Acme", on: "2026-02-25", seconds: hours(3))
    book.invoice("A-2", "Acme", issued: "2026-02-28", amount: 1)
    let report = book.report(settings(asOf: "2026-04-30", from: "2026-01-20", to: "2026-02-10", costRate: 0))
    #expect(try report.figures("Acme").earned == cents(1))
  }
}
