import Analysis
import Domain
import Testing

/// Spec §3: nothing dated after as-of has happened yet, and a name is a client only when it has a
/// time entry, a counted invoice or an expense.
@Suite struct AsOfTests {
  @Test func factsAfterAsOfAreLeftOutWithOneNote() throws {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(2))
    book.invoice("A-1", "Acme", issued: "2026-01-31", due: "2026-02-28", amount: 10_000, paidOn: "2026-03-05")
    book.time("Acme", on: "2026-02-10", seconds: hours(3))
    book.time("Acme", on: "2026-02-11", seconds: hours(3))
    book.invoice("A-2", "Acme", issued: "2026-02-28", amount: 30_000)
    book.expense("Acme", on: "2026-02-20", amount: 500)
    book.incident("Acme", on: "2026-02-21", kind: .abuse)
    let report = book.report(settings(asOf: "2026-02-05", costRate: 0))
    let acme = try report.client("Acme")
    #expect(acme.figures.seconds == hours(2))
    #expect(acme.figures.invoiced == cents(10_000))
    #expect(acme.figures.collected == cents(0))
    #expect(acme.figures.expenses == cents(0))
    #expect(acme.incidents.isEmpty)
    #expect(
      report.diagnostics.map(\.description) == [
        "note: 2 time entries, 1 invoice, 1 payment, 1 expense and 1 incident dated after the as-of date "
          + "2026-02-05 left out: they have not happened yet"
      ])
  }

  /// An as-of more than 30 days after the input's latest date (time, issue or payment) is noted:
  /// every figure counts those days as days without work, the sign of stale exports.
  @Test func anAsOfLongAfterTheInputIsNoted() {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(2))
    book.invoice("A-1", "Acme", issued: "2026-01-31", due: "2026-02-28", amount: 10_000, paidOn: "2026-03-05")
    book.expense("Acme", on: "2026-03-20", amount: 500)  // an expense does not move the default as-of
    #expect(book.report(settings(asOf: "2026-04-04")).diagnostics.isEmpty)
    #expect(
      book.report(settings(asOf: "2026-04-05")).diagnostics.map(\.description) == [
        "note: the input's latest date is 2026-03-05, 31 days before the as-of date 2026-04-05: every figure and "
          + "decision counts those days as days without work, invoices or payments; export newer files, or judge "
          + "as of 2026-03-05"
      ])
    // Time alone: its last day decides.
    var time = TestLedger()
    time.time("Acme", on: "2026-03-05", seconds: hours(2))
    #expect(time.report(settings(asOf: "2026-04-04")).diagnostics.isEmpty)
    #expect(time.report(settings(asOf: "2026-04-05")).diagnostics.map(\.cause) == ["as-of-past-input"])
  }

  @Test func aClientWhoseFactsAllLieAfterAsOfIsNotListed() {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(2))
    book.time("Later", on: "2026-03-10", seconds: hours(2))
    #expect(book.report(settings(asOf: "2026-02-01")).clients.map(\.name) == ["Acme"])
  }

  @Test func aNameOnlyInIncidentsOrOnIgnoredInvoicesIsNoClient() {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(2))
    book.invoice("D-1", "Drafty", issued: "2026-01-05", amount: 10_000, status: .ignored)
    book.incident("Ghost", on: "2026-01-06", kind: .noResponse)
    let report = book.report(settings(asOf: "2026-01-31"))
    #expect(report.clients.map(\.name) == ["Acme"])
  }

  @Test func anIncidentNamingNoClientIsWarnedWithTheNearestName() {
    var book = TestLedger()
    book.time("Pinecrest Legal LLP", on: "2026-01-10", seconds: hours(2))
    book.time("Acme", on: "2026-01-10", seconds: hours(2))
    book.ledger.incidents.append(
      Incident(
        day: day("2026-01-12"), client: book.ledger.clients.key(for: "Pinecrest Legl LLP"), kind: .outOfHours,
        position: SourcePosition(file: "incidents.csv", line: 4, column: 1)))
    book.incident("Zzyzx Holdings", on: "2026-01-13", kind: .threat)
    let report = book.report(settings(asOf: "2026-01-31"))
    #expect(report.clients.map(\.name) == ["Acme", "Pinecrest Legal LLP"])
    #expect(
      report.diagnostics.map(\.description) == [
        "incidents.csv:4:1: warning: incident 'out-of-hours' on 2026-01-12 names 'Pinecrest Legl LLP', who has no "
          + "time entry, invoice or expense; did you mean 'Pinecrest Legal LLP'? (add an alias if they are one "
          + "client); it is not counted",
        "warning: incident 'threat' on 2026-01-13 names 'Zzyzx Holdings', who has no time entry, invoice or "
          + "expense; it is not counted",
      ])
  }

  @Test func aLedgerWithoutTimeIsWarnedThatRatesCannotBeJudged() throws {
    var book = TestLedger()
    book.invoice("A-1", "Acme", issued: "2026-01-10", amount: 10_000)
    let report = book.report(settings(asOf: "2026-01-31"))
    #expect(
      report.diagnostics.map(\.description) == [
        "warning: no time log: every client has 0 hours, so effective rates, cost and profit leave out your "
          + "time (add a time export to judge the clients)"
      ])
    #expect(try report.figures("Acme").effectiveRate == nil)
    #expect(TestLedger().report(settings(asOf: "2026-01-31")).diagnostics.isEmpty)
  }

  @Test func defaultAsOfLeavesOutThePaymentsOfIgnoredInvoices() {
    var book = TestLedger()
    book.time("Acme", on: "2026-01-10", seconds: hours(2))
    book.invoice("D-1", "Acme", issued: "2026-01-05", amount: 10_000, status: .ignored)
    book.payment("D-1", on: "2026-03-01", amount: 10_000)
    #expect(FigureCalculator.defaultAsOf(book.ledger) == day("2026-01-10"))
  }
}
