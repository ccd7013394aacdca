import Analysis
import Domain
import Testing

/// Open balances by days past due at as-of (spec §4 `aging`).
@Suite struct AgingTests {
  @Test(arguments: [
    (-5, "current"), (0, "current"), (1, "1-30"), (30, "1-30"), (31, "31-60"), (60, "31-60"), (61, "61-90"),
    (90, "61-90"), (91, "90+"),
  ])
  func bucketBoundaries(daysPastDue: Int, bucket: String) throws {
    // $1,000.00 due Jan 31 with $250.00 paid: the $750.00 shortfall lands in exactly one bucket.
    // 91 days is bad debt too, and stays in 90+ since it is still unpaid.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    book.payment("A-1", on: "2026-01-15", amount: 25_000)
    var options = settings(asOf: nil)
    options.asOf = day("2026-01-31") + daysPastDue
    let aging = try book.report(options).client("Acme").aging
    for (name, amount) in aging.buckets {
      #expect(amount == cents(name == bucket ? 75_000 : 0), "\(name)")
    }
  }

  @Test func uncollectibleNotYetDueIsCurrent() throws {
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, status: .uncollectible)
    let client = try book.report(settings(asOf: "2026-01-20")).client("Acme")
    #expect(client.aging.current == cents(100_000))
    #expect(client.figures.badDebt == cents(100_000))
  }

  @Test func severalInvoicesFillSeveralBuckets() throws {
    // As-of Apr 30: A due Apr 30 (0 → current), B due Mar 31 (30 → 1-30), C due Jan 30 (90 → 61-90).
    var book = TestLedger()
    book.invoice("A", "Acme", issued: "2026-04-01", due: "2026-04-30", amount: 1_000)
    book.invoice("B", "Acme", issued: "2026-03-01", due: "2026-03-31", amount: 2_000)
    book.invoice("C", "Acme", issued: "2026-01-01", due: "2026-01-30", amount: 4_000)
    let client = try book.report(settings(asOf: "2026-04-30")).client("Acme")
    #expect(client.aging.current == cents(1_000))
    #expect(client.aging.days1to30 == cents(2_000))
    #expect(client.aging.days61to90 == cents(4_000))
    #expect(client.aging.overdue == cents(6_000))
    #expect(client.maxDaysPastDue == 90)
  }
}
