import Analysis
import Domain
import Testing

/// The period filter, the default as-of and which clients a report lists (spec §1, §3).
@Suite struct PeriodTests {
  @Test func periodSelectsFactsByDateAndInvoicesByIssueDateBothEndsIncluded() throws {
    // Period Feb 1 – Feb 28, as-of Mar 10.
    var book = TestLedger()
    book.time("Acme", on: "2026-01-31", seconds: hours(8))
    book.time("Acme", on: "2026-02-01", seconds: hours(1))
    book.time("Acme", on: "2026-02-28", seconds: hours(2))
    book.time("Acme", on: "2026-03-01", seconds: hours(16))
    book.expense("Acme", on: "2026-02-28", amount: 300)
    book.expense("Acme", on: "2026-03-01", amount: 9_000)
    book.incident("Acme", on: "2026-01-31", kind: .threat)
    book.incident("Acme", on: "2026-02-01", kind: .noResponse)
    // Issued before the period: neither it nor its payment counts.
    book.invoice("A-0", "Acme", issued: "2026-01-20", amount: 70_000, paidOn: "2026-02-10")
    // Issued in the period and paid after it, before as-of: counts in full.
    book.invoice("A-1", "Acme", issued: "2026-02-15", due: "2026-03-01", amount: 50_000, paidOn: "2026-03-05")
    // Only facts outside the period: not listed.
    book.time("Old", on: "2026-01-15", seconds: hours(1))
    book.invoice("O-1", "Old", issued: "2026-03-02", amount: 100)
    // Only an incident in the period, but work before it: listed. A name only in incidents: no client.
    book.time("Quiet", on: "2026-01-15", seconds: hours(1))
    book.incident("Quiet", on: "2026-02-14", kind: .noResponse)
    book.incident("Nobody", on: "2026-02-14", kind: .noResponse)
    let report = book.report(settings(asOf: "2026-03-10", from: "2026-02-01", to: "2026-02-28"))
    #expect(report.clients.map(\.name) == ["Acme", "Quiet"])
    #expect(report.from == day("2026-02-01"))
    #expect(report.to == day("2026-02-28"))
    let acme = try report.client("Acme")
    #expect(acme.figures.seconds == hours(3))
    #expect(acme.figures.expenses == cents(300))
    #expect(acme.figures.invoiced == cents(50_000))
    #expect(acme.figures.collected == cents(50_000))
    #expect(acme.figures.maxDaysLate == 4)
    #expect(acme.incidents.map(\.kind) == [.noResponse])
    #expect(acme.flags == [.concentration])
    #expect((acme.timeEntryCount, acme.invoiceCount, acme.expenseCount) == (2, 1, 1))
    let quiet = try report.client("Quiet")
    #expect(quiet.figures.seconds == 0)
    #expect(quiet.incidents.map(\.kind) == [.noResponse])
  }

  @Test func defaultAsOfIsTheLatestTimeInvoiceOrPaymentDateOfTheWholeLedger() {
    // Candidates: time Mar 3, issue Mar 1, a row's paid date Mar 5, a payments-file date Mar 7.
    // Not candidates: an expense Mar 20, an incident Mar 25, a draft issued Mar 30.
    var book = TestLedger()
    book.time("Acme", on: "2026-03-03", seconds: 60)
    book.invoice("A-1", "Acme", issued: "2026-03-01", amount: 100, paidOn: "2026-03-05")
    book.invoice("A-2", "Acme", issued: "2026-02-01", amount: 100)
    book.payment("A-2", on: "2026-03-07", amount: 100)
    book.expense("Acme", on: "2026-03-20", amount: 100)
    book.incident("Acme", on: "2026-03-25", kind: .noResponse)
    book.invoice("D-1", "Acme", issued: "2026-03-30", amount: 100, status: .ignored)
    #expect(FigureCalculator.defaultAsOf(book.ledger) == day("2026-03-07"))
    // The period does not narrow it.
    let report = book.report(settings(asOf: nil, from: "2026-01-01", to: "2026-01-31"))
    #expect(report.asOf == day("2026-03-07"))
  }

  @Test func defaultAsOfOfAnEmptyLedgerIsNil() {
    #expect(FigureCalculator.defaultAsOf(Ledger()) == nil)
    #expect(FigureCalculator.defaultAsOf(TestLedger().ledger) == nil)
  }

  @Test func explicitAsOfWins() {
    var book = TestLedger()
    book.time("Acme", on: "2026-03-03", seconds: 60)
    #expect(book.report(settings(asOf: "2026-06-30")).asOf == day("2026-06-30"))
  }

  @Test func aliasesAndSpellingsMakeOneClientShownByItsName() throws {
    // "ACME Corp" is an alias of Acme; "ACME." normalises to the key "acme". Beta is spelled
    // "Beta Ltd" twice and "beta ltd." once, so it shows as "Beta Ltd". Sorted by name.
    var book = TestLedger(aliases: ["ACME Corp": "Acme"])
    book.time("Beta Ltd", on: "2026-01-05", seconds: hours(1))
    book.time("beta ltd.", on: "2026-01-05", seconds: hours(1))
    book.time("Beta Ltd", on: "2026-01-06", seconds: hours(1))
    book.time("ACME Corp", on: "2026-01-05", seconds: hours(2))
    book.time("ACME.", on: "2026-01-06", seconds: hours(3))
    book.invoice("A-1", "acme corp", issued: "2026-01-10", amount: 50_000)
    let report = book.report(settings(asOf: "2026-01-31"))
    #expect(report.clients.map(\.name) == ["Acme", "Beta Ltd"])
    let acme = try report.client("Acme")
    #expect(acme.client == ClientKey("acme"))
    #expect(acme.figures.seconds == hours(5))
    #expect(acme.figures.invoiced == cents(50_000))
    #expect(try report.figures("Beta Ltd").seconds == hours(3))
  }

  @Test func windowReportAsDecisionsCallsIt() throws {
    // W = [as-of − 90 + 1, as-of] with as-of Mar 31: Jan 1 … Mar 31. A Dec 31 entry falls out.
    var book = TestLedger()
    book.time("Acme", on: "2025-12-31", seconds: hours(7))
    book.time("Acme", on: "2026-01-01", seconds: hours(1))
    book.time("Acme", on: "2026-03-31", seconds: hours(1))
    var options = settings(asOf: "2026-03-31")
    options.from = day("2026-03-31") - options.windowDays + 1
    options.to = options.asOf
    #expect(options.from == day("2026-01-01"))
    #expect(try book.report(options).figures("Acme").seconds == hours(2))
  }
}
