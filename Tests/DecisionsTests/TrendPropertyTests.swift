import Analysis
import Domain
import Testing

/// A trend computes the earned revenue of many periods in one pass; each of its points must be
/// what a report over that period alone says, on ledgers with every edge `RandomLedger` makes.
@Suite struct TrendPropertyTests {
  @Test(arguments: Array(UInt64(1)...20))
  func eachPeriodIsTheReportOverThatPeriod(seed: UInt64) throws {
    var random = RandomLedger(seed: seed)
    (random.settings.from, random.settings.to) = (nil, nil)
    for interval in [TrendInterval.month, .quarter] {
      let trend = try TrendCalculator.trend(ledger: random.ledger, settings: random.settings, interval: interval)
      #expect(!trend.periods.isEmpty)
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
