import Domain
import Testing

@testable import Analysis

/// A trend computes the earned revenue of many periods in one pass; each of its points must be
/// what a report over that period alone says, on ledgers with every edge `RandomLedger` makes.
@Suite struct TrendPropertyTests {
  /// Seeds above 20 add an entry five years before the others, so that a trend by month takes
  /// more periods than one pass computes (`FigureCalculator.periodsPerPass`).
  @Test(arguments: Array(UInt64(1)...24))
  func eachPeriodIsTheReportOverThatPeriod(seed: UInt64) throws {
    var random = RandomLedger(seed: seed)
    (random.settings.from, random.settings.to) = (nil, nil)
    if seed > 20, let first = random.ledger.timeEntries.first {
      random.ledger.timeEntries.append(
        TimeEntry(day: RandomLedger.start - 5 * 365, client: first.client, seconds: 3600, billable: false))
    }
    for interval in [TrendInterval.month, .quarter] {
      let trend = try TrendCalculator.trend(ledger: random.ledger, settings: random.settings, interval: interval)
      #expect(!trend.periods.isEmpty)
      if seed > 20 && interval == .month { #expect(trend.periods.count > FigureCalculator.periodsPerPass) }
      var settings = random.settings
      settings.asOf = trend.asOf
      for (index, period) in trend.periods.enumerated() {
        (settings.from, settings.to) = (period.first, period.last)
        let report = FigureCalculator.report(ledger: random.ledger, settings: settings)
        #expect(trend.totals[index].figures == report.totals, "\(interval) \(period.label)")
        for client in trend.clients {
          let row = report.clients.first { $0.client == client.client }
          #expect(client.points[index].figures == row?.figures ?? Figures(currency: settings.currency))
          #expect(client.points[index].flags == row?.flags ?? [])
        }
      }
    }
  }

  /// The figures of a few clients over many periods, read from their time alone, are each
  /// period's report's figures of those clients, less the two that compare clients (share,
  /// opportunity cost), which are nil.
  @Test(arguments: Array(UInt64(1)...12))
  func someClientsFiguresAreTheReportsFiguresOfThem(seed: UInt64) throws {
    var random = RandomLedger(seed: seed)
    (random.settings.from, random.settings.to) = (nil, nil)
    let asOf = FigureCalculator.defaultAsOf(random.ledger) ?? RandomLedger.start
    let all = random.ledger.clientKeys.sorted()
    let some = Set(all.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
    var settings = random.settings
    settings.asOf = asOf
    // All the data, and four 90-day windows a week apart.
    let periods =
      [settings]
      + (0..<4).map { weeks in
        var window = settings
        (window.from, window.to) = (asOf - 7 * weeks - 89, asOf - 7 * weeks)
        return window
      }
    let figures = FigureCalculator.figures(
      of: some, ledger: random.ledger, settings: periods,
      book: FigureCalculator.invoiceBook(ledger: random.ledger, settings: settings))
    #expect(figures.count == periods.count)
    var compared = 0
    for (period, byClient) in zip(periods, figures) {
      let report = FigureCalculator.report(ledger: random.ledger, settings: period)
      let expected = report.clients.filter { some.contains($0.client) }
      #expect(Set(byClient.keys) == Set(expected.map(\.client)))
      for row in expected {
        var alone = row.figures
        (alone.share, alone.opportunityCost) = (nil, nil)
        #expect(byClient[row.client] == alone, "\(row.name) \(period.to.map { "\($0)" } ?? "")")
        compared += 1
      }
    }
    #expect(compared > 0)
  }

  /// Earned revenue reads a large ledger's clients on two cores, each taking the next: every client's
  /// figures must be what one reading of them all gives, whichever part holds it, including the
  /// clients with an invoice or an expense and no time.
  @Test(arguments: Array(UInt64(1)...16))
  func readingTheClientsOnTwoCoresChangesNothing(seed: UInt64) {
    var random = RandomLedger(seed: seed)
    let (invoiceOnly, expenseOnly) = (random.ledger.clients.key(for: "Zeta"), random.ledger.clients.key(for: "Alder"))
    random.ledger.invoices.append(
      Invoice(
        number: "Z-1", client: invoiceOnly, issued: RandomLedger.start + 40,
        amount: Money(minorUnits: 90_000, currency: RandomLedger.usd)))
    random.ledger.expenses.append(
      Expense(
        day: RandomLedger.start + 10, client: expenseOnly, amount: Money(minorUnits: 4_000, currency: RandomLedger.usd))
    )
    let settings = random.settings
    let asOf = Calculation.asOf(random.ledger, settings)
    let book = FigureCalculator.invoiceBook(ledger: random.ledger, settings: settings)
    let periods = [
      Period(from: settings.from, to: settings.to), Period(from: asOf - 90, to: asOf), Calculation.year(to: asOf),
    ]
    let clients = Set(random.ledger.timeEntries.clientKeys)
    func earned(twoCoresFrom: Int) -> EarnedRevenue {
      EarnedRevenue(
        ledger: random.ledger, book: book, settings: settings, asOf: asOf, periods: periods, timed: 2,
        tracing: clients, twoCoresFrom: twoCoresFrom)
    }
    let (one, two) = (earned(twoCoresFrom: .max), earned(twoCoresFrom: 1))
    #expect(Set(one.clients) == Set(two.clients))
    #expect(one.clients.contains(invoiceOnly) && one.clients.contains(expenseOnly))
    for client in one.clients {
      for index in periods.indices {
        #expect(
          one.result(for: client, period: index, currency: settings.currency)
            == two.result(for: client, period: index, currency: settings.currency))
      }
    }
    #expect(one.firstActivity == two.firstActivity)
    #expect(one.times == two.times)
    #expect(Set(one.traced.keys) == Set(two.traced.keys))
  }
}
