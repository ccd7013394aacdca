import Analysis
import Domain
import Testing

/// Payments applied to invoices, and the warnings the calculation raises (spec §1 Values).
@Suite struct PaymentMatchingTests {
  @Test func paymentsFileReplacesTheInvoiceRowsPaidColumns() throws {
    // Harvest-style row: $1,000.00 due Jan 31, "paid Feb 20, $1,000.00" (its total), and the payments
    // file lists the two real payments: $600.00 Feb 10 and $400.00 Feb 20. The row is no third payment.
    var book = TestLedger()
    book.invoice(
      "H-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidOn: "2026-02-20",
      paidAmount: 100_000)
    book.payment("H-1", on: "2026-02-10", amount: 60_000)
    book.payment("H-1", on: "2026-02-20", amount: 40_000)
    let figures = try book.report(settings(asOf: "2026-02-28")).figures("Acme")
    #expect(figures.collected == cents(100_000))
    #expect(figures.outstanding == cents(0))
    // Items 60,000 × 10 and 40,000 × 20: avg (600,000 + 800,000) / 100,000 = 14, max 20.
    // Days to pay 40 and 50: (2,400,000 + 2,000,000) / 100,000 = 44.
    // Carrying 1,400,000 × 0.10 / 365 = 383.56 → 384.
    #expect(figures.avgDaysLate == Fraction(14))
    #expect(figures.maxDaysLate == 20)
    #expect(figures.avgDaysToPay == Fraction(44))
    #expect(figures.carryingCost == cents(384))
  }

  @Test func paymentsFileReplacesTheRowEvenBeforeItsPaymentHasHappened() throws {
    // The row says paid Feb 5; the payments file says the money came Mar 10. At as-of Mar 1 the
    // file's payment has not happened and the row's own date no longer counts: nothing collected.
    var book = TestLedger()
    book.invoice("H-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidOn: "2026-02-05")
    book.payment("H-1", on: "2026-03-10", amount: 100_000)
    let figures = try book.report(settings(asOf: "2026-03-01")).figures("Acme")
    #expect(figures.collected == cents(0))
    #expect(figures.maxDaysLate == 29)
  }

  @Test func invoicesSharingANumberAreMatchedByClient() throws {
    // Invoice "100" exists for Acme ($1,000.00) and for Beta ($500.00), both due Jan 31.
    // The payment names Beta: $500.00 on Feb 5, 5 days late. As-of Feb 10.
    var book = TestLedger()
    book.invoice("100", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    book.invoice("100", "Beta", issued: "2026-01-01", due: "2026-01-31", amount: 50_000)
    book.payment("100", on: "2026-02-05", amount: 50_000, client: "Beta")
    let report = book.report(settings(asOf: "2026-02-10"))
    let acme = try report.figures("Acme")
    let beta = try report.figures("Beta")
    #expect(acme.collected == cents(0))
    #expect(acme.outstanding == cents(100_000))
    #expect(acme.maxDaysLate == 10)
    #expect(beta.collected == cents(50_000))
    #expect(beta.maxDaysLate == 5)
    #expect(report.paymentDiagnostics.isEmpty)
  }

  @Test func sharedNumberWithoutAClientIsNotCountedAndWarned() throws {
    var book = TestLedger()
    book.invoice("100", "Acme", issued: "2026-01-01", amount: 100_000)
    book.invoice("100", "Beta", issued: "2026-01-01", amount: 50_000)
    book.payment("100", on: "2026-02-05", amount: 50_000, line: 2)
    let report = book.report(settings(asOf: "2026-02-10"))
    #expect(report.totals.collected == cents(0))
    let warning = try #require(report.paymentDiagnostics.first)
    #expect(report.paymentDiagnostics.count == 1)
    #expect(warning.message.contains("Acme, Beta"))
    #expect(warning.message.contains("names no client"))
  }

  @Test func paymentForAnUnknownInvoiceIsAWarningAtItsPosition() throws {
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", amount: 100_000)
    book.payment("X-9", on: "2026-01-20", amount: 25_000, line: 4)
    let report = book.report(settings(asOf: "2026-02-10"))
    #expect(try report.figures("Acme").collected == cents(0))
    #expect(
      report.paymentDiagnostics.map(\.description) == [
        Diagnostic(
          file: "payments.csv", line: 4, column: 1, severity: .warning,
          message: "payment of $250.00 on 2026-01-20 is for invoice X-9, which no invoice file lists; "
            + "it is not counted"
        ).description
      ])
  }

  @Test func paymentForAVoidInvoiceIsAWarningAndNotCounted() throws {
    var book = TestLedger()
    book.invoice("V-1", "Acme", issued: "2026-01-01", amount: 100_000, status: .ignored)
    book.payment("V-1", on: "2026-01-20", amount: 100_000, line: 2)
    let report = book.report(settings(asOf: "2026-02-10"))
    #expect(report.clients.isEmpty)
    #expect(report.totals.collected == cents(0))
    #expect(report.paymentDiagnostics.map(\.line) == [2, nil])
    #expect(report.paymentDiagnostics.first?.message.contains("void, draft or cancelled") == true)
    // Acme has nothing else, so it vanishes from the report, and a note says why.
    #expect(
      report.paymentDiagnostics.last?.message
        == "1 invoice marked void, draft, deleted or cancelled left out of every figure, and with them Acme, which "
        + "has nothing else in the input")
  }

  @Test func aVoidInvoiceBesideOthersOfItsClientIsNotNoted() throws {
    var book = TestLedger()
    book.invoice("V-1", "Acme", issued: "2026-01-01", amount: 100_000, status: .ignored)
    book.invoice("A-2", "Acme", issued: "2026-01-02", amount: 50_000)
    let report = book.report(settings(asOf: "2026-02-10"))
    #expect(try report.figures("Acme").invoiced == cents(50_000))
    #expect(report.paymentDiagnostics.isEmpty)
  }

  @Test func paidAmountWithoutDateIsCollectedWithoutLatenessAndWarnedOncePerReport() throws {
    // $1,000.00 due Jan 31 with "paid amount $400.00" and no paid date; as-of Mar 2 (30 days past due).
    // Collected 400.00; the only lateness item is the open 60,000 × 30 days.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidAmount: 40_000, line: 3)
    let options = settings(asOf: "2026-03-02")
    let report = book.report(options)
    let figures = try report.figures("Acme")
    #expect(figures.collected == cents(40_000))
    #expect(figures.outstanding == cents(60_000))
    #expect(figures.avgDaysLate == Fraction(30))
    #expect(figures.lateShare == Fraction(1))
    #expect(figures.avgDaysToPay == nil)
    let expected = Diagnostic(
      file: "invoices.csv", line: 3, column: 1, severity: .warning,
      message: "invoice A-1 records a paid amount of $400.00 but no paid date; "
        + "it is counted as collected but makes no lateness item")
    #expect(report.paymentDiagnostics.map(\.description) == [expected.description])
    // A second report over the same ledger, narrowed to a period without the invoice, says it once too.
    var narrowed = options
    narrowed.from = day("2026-03-01")
    #expect(book.report(narrowed).paymentDiagnostics.map(\.description) == [expected.description])
  }

  @Test func zeroPaidAmountWithoutDateIsNoPaymentAndNoWarning() throws {
    // Exports write "0.00" in the paid column of unpaid invoices.
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000, paidAmount: 0, line: 3)
    let report = book.report(settings(asOf: "2026-03-02"))
    #expect(try report.figures("Acme").collected == cents(0))
    #expect(report.paymentDiagnostics.isEmpty)
  }

  @Test func paymentsOfInvoicesOutsideThePeriodCountNowhere() throws {
    // A-0 was issued in December, before the period; its payment in January is not the period's.
    var book = TestLedger()
    book.invoice("A-0", "Acme", issued: "2025-12-01", amount: 70_000)
    book.invoice("A-1", "Acme", issued: "2026-01-01", due: "2026-01-31", amount: 100_000)
    book.payment("A-0", on: "2026-01-10", amount: 70_000)
    let report = book.report(settings(asOf: "2026-01-31", from: "2026-01-01"))
    let figures = try report.figures("Acme")
    #expect(figures.invoiced == cents(100_000))
    #expect(figures.collected == cents(0))
    #expect(figures.avgDaysToPay == nil)
    #expect(report.paymentDiagnostics.isEmpty)
  }
}
