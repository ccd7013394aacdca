import Domain
import Testing

@testable import Analysis

/// A trend computes the earned revenue of many periods in one pass; each of its points must be
/// what a report over that period alone says, on ledgers with every edge `RandomLedger` makes.
@Suite struct TrendPropertyTests {
  /// Seeds above 20 add an entry five years before the others, so that a trend by month takes
  /// more periods than one pass computes (`TrendCalculator.periodsPerPass` on each core).
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
      if seed > 20 && interval == .month { #expect(trend.periods.count > 2 * TrendCalculator.periodsPerPass) }
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
}
