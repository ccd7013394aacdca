import Domain

/// Computes a trend: the figures of spec §4 for each calendar month or quarter, each period's
/// those of `FigureCalculator.report` over that period alone (computed together: `reports(over:)`).
///
/// Every period is measured at the report's as-of, not at the period's end. A period's figures
/// are thus those of the facts dated in it (its invoices by issue date) as they stand today: a
/// payment's lateness is fixed once it is paid, so measuring it later changes nothing, while an
/// invoice still unpaid keeps ageing in the period it was issued. Measuring open balances at the
/// period's end instead would show an invoice issued in January and never paid as not yet due on
/// January 31 and drop it from January's lateness entirely: the worst payer would look the best.
/// One consequence, which the docs state: the latest periods look better than they will, because
/// their invoices have not had the time to be late. The money of the periods adds up to the
/// report's, but for the cost of time and the carrying cost, rounded once per period (spec §4).
public enum TrendCalculator {
  /// The most periods a trend computes: a century of months. Each period costs a report's figures,
  /// so a ledger spanning centuries (a mistyped year) would otherwise take minutes and gigabytes.
  public static let maximumPeriods = 1_200

  /// A trend that would need more than `maximumPeriods` periods.
  public struct TooManyPeriods: Error, Equatable, Sendable {
    public var count: Int
    public var first: TrendPeriod
    public var last: TrendPeriod
  }

  /// The trend over `settings.from`…`settings.to` at the as-of `FigureCalculator.report` uses,
  /// by `interval`. Periods run from the one holding the first fact dated within the bounds (a
  /// time entry, expense or incident by its date, an invoice that counts by its issue date) to the
  /// one holding the last; the first and last are narrowed to `--from`/`--to`. `filter` leaves
  /// clients out as it does from `FigureCalculator.report`, totals included.
  /// Fails, before computing any, when the trend would need more than `maximumPeriods` periods.
  public static func trend(
    ledger: Ledger, settings: Settings, interval: TrendInterval, filter: ClientFilter? = nil
  ) throws(TooManyPeriods) -> TrendReport {
    let periods = span(of: ledger, within: Period(from: settings.from, to: settings.to)).map {
      TrendPeriod.covering($0.first, $0.last, by: interval, from: settings.from, to: settings.to)
    }
    if let periods, periods.count > maximumPeriods, let first = periods.first, let last = periods.last {
      throw TooManyPeriods(count: periods.count, first: first, last: last)
    }
    let book = FigureCalculator.invoiceBook(ledger: ledger, settings: settings)
    var perPeriod = settings
    perPeriod.asOf = book.asOf
    // The whole span's report and each period's, in the same passes over the time.
    var reports = reports(
      over: periods ?? [], ledger: ledger, settings: perPeriod, filter: filter, book: book, whole: true)
    let whole = reports.removeFirst()
    var points: [ClientKey: [TrendPoint]] = [:]
    var totals: [TrendPoint] = []
    for (period, report) in zip(periods ?? [], reports) {
      totals.append(TrendPoint(period: period, figures: report.totals, isActive: !report.clients.isEmpty))
      let rows = Dictionary(report.clients.map { ($0.client, $0) }, uniquingKeysWith: { first, _ in first })
      for client in whole.clients {
        let point =
          rows[client.client].map { TrendPoint(period: period, figures: $0.figures, flags: $0.flags) }
          ?? TrendPoint(period: period, figures: Figures(currency: settings.currency), isActive: false)
        points[client.client, default: []].append(point)
      }
    }
    var clients = whole.clients.map { client in
      ClientTrend(client: client.client, name: client.name, points: points[client.client] ?? [])
    }
    TrendHalves.compare(&clients, ledger: ledger, settings: perPeriod, book: book)
    var trend = TrendReport(
      asOf: whole.asOf, from: settings.from, to: settings.to, currency: settings.currency, interval: interval,
      periods: periods ?? [], clients: clients, totals: totals, costRate: settings.costRate,
      targetRate: settings.targetRate)
    trend.diagnostics = whole.diagnostics
    return trend
  }

  /// The report over each of `periods` at `settings`' as-of (which `book` is at), in their order;
  /// first, when `whole`, the report over `settings`' own period.
  static func reports(
    over periods: [TrendPeriod], ledger: Ledger, settings: Settings, filter: ClientFilter?, book: InvoiceBook,
    whole: Bool = false
  ) -> [ProfitabilityReport] {
    let narrowed = periods.map { period in
      var narrowed = settings
      (narrowed.from, narrowed.to) = (period.first, period.last)
      return (settings: narrowed, filter: filter)
    }
    return FigureCalculator.reports(ledger: ledger, (whole ? [(settings, filter)] : []) + narrowed, book: book)
  }

  /// The first and last day of a fact within `period` that puts a client in a report: a time
  /// entry, expense or incident by its date, an invoice that counts by its issue date; nil when
  /// there is none. Payments follow their invoices and open no period of their own.
  static func span(of ledger: Ledger, within period: Period) -> (first: Day, last: Day)? {
    var span: (first: Day, last: Day)?
    func see(_ day: Day) {
      guard period.contains(day) else { return }
      span = (min(span?.first ?? day, day), max(span?.last ?? day, day))
    }
    for entries in ledger.timeEntries.byClient { entries.forEachDay(see) }
    for invoice in ledger.invoices where invoice.status != .ignored { see(invoice.issued) }
    for expense in ledger.expenses { see(expense.day) }
    for incident in ledger.incidents { see(incident.day) }
    return span
  }
}
