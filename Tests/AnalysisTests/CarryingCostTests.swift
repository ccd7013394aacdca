import Analysis
import Domain
import Testing

/// Carrying cost: summed unrounded over a client's items, rounded half-to-even once (spec §4).
@Suite struct CarryingCostTests {
  @Test(arguments: [(1, 0), (2, 1), (3, 2), (5, 2)])
  func roundsOncePerClientHalfToEven(invoiceCount: Int, expected: Int64) throws {
    // Each invoice: $3.65 open 5 days past due → 365 × 5 × 0.10 / 365 = 0.5 cent.
    // 1 → 0.5 → 0; 2 → 1.0 → 1; 3 → 1.5 → 2; 5 → 2.5 → 2. Rounding each item would give 0 every time.
    var book = TestLedger()
    for number in 1...invoiceCount {
      book.invoice("A-\(number)", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 365)
    }
    let figures = try book.report(settings(asOf: "2026-02-05", costRate: 0)).figures("Acme")
    #expect(figures.carryingCost == cents(expected))
    #expect(figures.profit == cents(365 * Int64(invoiceCount) - expected))
  }

  @Test func totalsSumTheRoundedClientFigures() throws {
    // Acme and Beta each carry 0.5 cent → 0 each; the total is their sum, 0, not round(1.0) = 1.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 365)
    book.invoice("B-1", "Beta", issued: "2026-01-01", due: "2026-01-31", amount: 365)
    let report = book.report(settings(asOf: "2026-02-05"))
    #expect(report.totals.carryingCost == cents(0))
  }

  @Test func capitalRateIsASetting() throws {
    // $1,000.00 open 73 days at 0.25 a year: 100,000 × 73 × 0.25 / 365 = 5,000 exactly.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    var options = settings(asOf: nil)
    options.asOf = day("2026-01-31") + 73
    options.capitalRate = Fraction(1, 4)
    #expect(try book.report(options).figures("Acme").carryingCost == cents(5_000))
  }
}
