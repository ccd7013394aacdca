import Domain
import Localization

/// The earlier and later half of each client's active span (`ClientTrend.comparison`), each half
/// a report of its own over the ledger; clients active over the same periods share one.
enum TrendHalves {
  /// Sets each client's comparison: its earlier and later half (the middle period left out when
  /// the count is odd); none when it is active over fewer than two periods.
  static func compare(_ clients: inout [ClientTrend], ledger: Ledger, settings: Settings, book: InvoiceBook) {
    let halves = clients.map { Self.halves(of: $0) }
    var periods: [TrendPeriod] = []
    var seen: Set<TrendPeriod> = []
    for case let (earlier, later)? in halves {
      for half in [earlier, later] where seen.insert(half).inserted { periods.append(half) }
    }
    let reports = TrendCalculator.reports(over: periods, ledger: ledger, settings: settings, filter: nil, book: book)
    var rows: [TrendPeriod: [ClientKey: ClientFigures]] = [:]
    for (period, report) in zip(periods, reports) {
      rows[period] = Dictionary(report.clients.map { ($0.client, $0) }, uniquingKeysWith: { first, _ in first })
    }
    for index in clients.indices {
      guard let (earlier, later) = halves[index] else { continue }
      let client = clients[index].client
      func point(over half: TrendPeriod) -> TrendPoint {
        guard let row = rows[half]?[client] else {
          return TrendPoint(period: half, figures: Figures(currency: settings.currency), isActive: false)
        }
        return TrendPoint(period: half, figures: row.figures, flags: row.flags)
      }
      clients[index].comparison = TrendComparison(earlier: point(over: earlier), later: point(over: later))
    }
  }

  /// The periods of the client's earlier and later half, each as one; nil when it has no halves.
  private static func halves(of client: ClientTrend) -> (TrendPeriod, TrendPeriod)? {
    let span = Array(client.activeSpan)
    let half = span.count / 2
    guard half > 0 else { return nil }
    return (
      period(span[0].period, span[half - 1].period), period(span[span.count - half].period, span[span.count - 1].period)
    )
  }

  /// `2025-11 – 2026-04`: the periods from `first` to `last` as one.
  private static func period(_ first: TrendPeriod, _ last: TrendPeriod) -> TrendPeriod {
    guard first != last else {
      return TrendPeriod(label: first.label, text: first.text, first: first.first, last: last.last)
    }
    return TrendPeriod(
      label: first.label + " – " + last.label, text: .same("\(first.text) – \(last.text)"), first: first.first,
      last: last.last)
  }
}
