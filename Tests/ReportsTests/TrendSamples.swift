import Analysis
import Decisions
import Domain

/// A hand-built trend and a small report for the HTML and trend renderers' tests.
enum TrendSamples {
  static let periods = [
    TrendPeriod(label: "2026-08", first: Samples.day("2026-08-01"), last: Samples.day("2026-08-31")),
    TrendPeriod(label: "2026-09", first: Samples.day("2026-09-01"), last: Samples.day("2026-09-30")),
    TrendPeriod(label: "2026-10", first: Samples.day("2026-10-01"), last: Samples.day("2026-10-31")),
  ]

  /// One period's figures, from `Samples.client`; nil seconds: a quiet period.
  static func point(
    _ index: Int, seconds: Int64?, invoiced: Int64 = 0, collected: Int64 = 0, cost: Int64 = 0,
    avgDaysLate: Fraction? = nil, flags: [Flag] = []
  ) -> TrendPoint {
    guard let seconds else {
      return TrendPoint(period: periods[index], figures: Figures(currency: Samples.usd), isActive: false)
    }
    let figures = Samples.client(
      "x", seconds: seconds, invoiced: invoiced, collected: collected, cost: cost, avgDaysLate: avgDaysLate
    ).figures
    return TrendPoint(period: periods[index], figures: figures, flags: flags)
  }

  /// Two clients over three months: Acme improving (and paid $50 more than invoiced in
  /// September), Kettle & Crane quiet in August, then sliding.
  static func trend(names: (String, String) = ("Acme Corp", "Kettle & Crane Ltd")) -> TrendReport {
    let acme = [
      point(
        0, seconds: Samples.hours("40"), invoiced: 320_000, collected: 320_000, cost: 260_000,
        avgDaysLate: Fraction(12)),
      point(
        1, seconds: Samples.hours("38.5"), invoiced: 380_000, collected: 385_000, cost: 250_250,
        avgDaysLate: Fraction(5)),
      point(2, seconds: Samples.hours("20"), cost: 130_000, flags: [.losing, .unbilled]),
    ]
    let kettle = [
      point(0, seconds: nil),
      point(
        1, seconds: Samples.hours("30"), invoiced: 150_000, cost: 195_000, avgDaysLate: Fraction(91, 2),
        flags: [.losing, .belowTarget, .latePayer]),
      point(
        2, seconds: Samples.hours("12.25"), invoiced: 60_000, cost: 79_625, avgDaysLate: Fraction(250),
        flags: [.losing, .belowTarget, .latePayer]),
    ]
    var clients = [
      ClientTrend(client: ClientKey(names.0), name: names.0, points: acme),
      ClientTrend(client: ClientKey(names.1), name: names.1, points: kettle),
    ]
    clients[0].comparison = TrendComparison(earlier: acme[0], later: acme[2])
    clients[1].comparison = TrendComparison(earlier: kettle[1], later: kettle[2])
    let totals = [
      point(
        0, seconds: Samples.hours("40"), invoiced: 320_000, collected: 320_000, cost: 260_000,
        avgDaysLate: Fraction(12)),
      point(
        1, seconds: Samples.hours("68.5"), invoiced: 530_000, collected: 385_000, cost: 445_250,
        avgDaysLate: Fraction(1693, 100)),
      point(2, seconds: Samples.hours("32.25"), invoiced: 60_000, cost: 209_625, avgDaysLate: Fraction(250)),
    ]
    return TrendReport(
      asOf: Samples.asOf, from: nil, to: nil, currency: Samples.usd, interval: .month, periods: periods,
      clients: clients, totals: totals, costRate: Samples.usd(6_500), targetRate: Samples.usd(9_500))
  }

  /// Three clients of `Samples.report`, with the cost and target rates set.
  static var report: ProfitabilityReport {
    var report = Samples.report
    report.clients = Array(report.clients.prefix(3))
    report.totals = Samples.totals(of: report.clients)
    report.costRate = Samples.usd(6_500)
    report.targetRate = Samples.usd(9_500)
    report.diagnostics = Array(report.diagnostics.prefix(1))
    return report
  }

  /// The decisions of those three clients.
  static var decisions: DecisionReport {
    var decisions = DecisionSamples.report
    let names = Set(report.clients.map(\.name))
    decisions.decisions = decisions.decisions.filter { names.contains($0.name) }
    return decisions
  }
}
