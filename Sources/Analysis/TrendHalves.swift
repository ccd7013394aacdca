import Domain
import Localization

/// The reports over the halves of clients' active spans, each computed once: clients active over
/// the same periods share them.
struct TrendHalves {
  let ledger: Ledger
  let settings: Settings
  /// The ledger's invoices at the trend's as-of, read by every half.
  let book: InvoiceBook
  /// Each report's rows by client: a trend of many clients looks one up per client and half.
  private var reports: [TrendPeriod: [ClientKey: ClientFigures]] = [:]

  init(ledger: Ledger, settings: Settings, book: InvoiceBook) {
    self.ledger = ledger
    self.settings = settings
    self.book = book
  }

  /// The client's earlier and later half (the middle period left out when the count is odd).
  mutating func comparison(of client: ClientTrend) -> TrendComparison? {
    let span = Array(client.activeSpan)
    let half = span.count / 2
    guard half > 0 else { return nil }
    let earlier = period(span[0].period, span[half - 1].period)
    let later = period(span[span.count - half].period, span[span.count - 1].period)
    return TrendComparison(earlier: point(of: client, over: earlier), later: point(of: client, over: later))
  }

  private mutating func point(of client: ClientTrend, over period: TrendPeriod) -> TrendPoint {
    let rows: [ClientKey: ClientFigures]
    if let cached = reports[period] {
      rows = cached
    } else {
      var narrowed = settings
      narrowed.from = period.first
      narrowed.to = period.last
      let report = FigureCalculator.report(ledger: ledger, settings: narrowed, book: book)
      rows = Dictionary(report.clients.map { ($0.client, $0) }, uniquingKeysWith: { first, _ in first })
      reports[period] = rows
    }
    guard let row = rows[client.client] else {
      return TrendPoint(period: period, figures: Figures(currency: settings.currency), isActive: false)
    }
    return TrendPoint(period: period, figures: row.figures, flags: row.flags)
  }

  /// `2025-11 – 2026-04`: the periods from `first` to `last` as one.
  private func period(_ first: TrendPeriod, _ last: TrendPeriod) -> TrendPeriod {
    guard first != last else {
      return TrendPeriod(label: first.label, text: first.text, first: first.first, last: last.last)
    }
    return TrendPeriod(
      label: first.label + " – " + last.label, text: .same("\(first.text) – \(last.text)"), first: first.first,
      last: last.last)
  }
}
