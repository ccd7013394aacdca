import Domain
import Parallel

/// Computes the profitability report of spec §3–4 from a ledger.
public enum FigureCalculator {
  /// The report over `settings.from`…`settings.to` at `settings.asOf` (or the default as-of,
  /// `defaultAsOf(_:)`; for a ledger without any dated fact, `settings.to`, else 1970-01-01).
  ///
  /// `ledger` must already be in `settings.currency` (see `CurrencyConverter`). Nothing dated after
  /// as-of counts (spec §3). The clients are the names with a time entry, counted invoice or
  /// expense by as-of that have a fact in the period (one of those, or an incident, by its date;
  /// an invoice by its issue date) or earned something in it; sorted by display name, ties by key.
  /// The diagnostics cover the whole ledger whatever the period, so two reports over one ledger
  /// carry the same ones. `filter` leaves clients out of the list and the totals, not out of the
  /// benchmark or the shares. `book`, from `invoiceBook(ledger:settings:)` over the same ledger,
  /// saves reading its invoices again when the as-of and the payment terms are the same.
  public static func report(
    ledger: Ledger, settings: Settings, filter: ClientFilter? = nil, book: InvoiceBook? = nil
  ) -> ProfitabilityReport {
    Calculation(ledger: ledger, settings: settings, book: book).report(ledger: ledger, filter: filter)
  }

  /// The report of each request, in their order: `FigureCalculator.report` of its settings and
  /// filter. The requests' settings differ in their period alone; `book` is at their as-of.
  ///
  /// Earned revenue reads every time entry, so it is computed for many periods in one pass rather
  /// than once a report (at most `periodsPerPass` periods a pass); the reports are then made on
  /// both cores.
  public static func reports(
    ledger: Ledger, _ requests: [(settings: Settings, filter: ClientFilter?)], book: InvoiceBook
  ) -> [ProfitabilityReport] {
    guard let asOf = requests.first.map({ Calculation.asOf(ledger, $0.settings) }) else { return [] }
    // A ledger without a dated fact is at each request's `to`: then they do not share an as-of.
    guard requests.allSatisfy({ Calculation.asOf(ledger, $0.settings) == asOf }) else {
      return requests.map { report(ledger: ledger, settings: $0.settings, filter: $0.filter, book: book) }
    }
    var reports: [ProfitabilityReport] = []
    for first in stride(from: 0, to: requests.count, by: periodsPerPass) {
      let pass = Array(requests[first..<min(first + periodsPerPass, requests.count)])
      let earned = earnedRevenue(over: pass.map(\.settings), ledger: ledger, book: book, asOf: asOf)
      @Sendable func report(_ index: Int) -> ProfitabilityReport {
        Calculation(
          ledger: ledger, settings: pass[index].settings, book: book, earned: earned, index: (index, pass.count)
        )
        .report(ledger: ledger, filter: pass[index].filter)
      }
      reports += eachOnBothCores(pass.count, report)
    }
    return reports
  }

  /// The figures of `clients` over each period of `settings` (which differ in their period alone
  /// and share an as-of), reading those clients' time alone: a window's figures for a few clients
  /// cost their entries, not the ledger's. The figures that compare a client with every other
  /// (share, opportunity cost) are nil. `book` is at the as-of.
  public static func figures(
    of clients: Set<ClientKey>, ledger: Ledger, settings: [Settings], book: InvoiceBook
  ) -> [[ClientKey: Figures]] {
    guard let first = settings.first else { return [] }
    let asOf = Calculation.asOf(ledger, first)
    precondition(
      settings.allSatisfy { Calculation.asOf(ledger, $0) == asOf }, "FigureCalculator.figures: periods of one as-of")
    var figures: [[ClientKey: Figures]] = []
    for start in stride(from: 0, to: settings.count, by: periodsPerPass) {
      let pass = Array(settings[start..<min(start + periodsPerPass, settings.count)])
      // No share here, so no year to as-of to read the time of.
      let earned = earnedRevenue(over: pass, ledger: ledger, book: book, asOf: asOf, only: clients, year: false)
      @Sendable func period(_ index: Int) -> [ClientKey: Figures] {
        let calculation = Calculation(
          ledger: ledger, settings: pass[index], book: book, earned: earned, index: (index, nil))
        return Dictionary(
          calculation.tallies.map { tally in
            var figures = tally.figures
            (figures.share, figures.opportunityCost) = (nil, nil)
            return (tally.client, figures)
          },
          uniquingKeysWith: { first, _ in first })
      }
      figures += eachOnBothCores(pass.count, period)
    }
    return figures
  }

  /// Earned revenue of one pass over the time: each of `pass`'s periods, their time summed, then,
  /// with `year`, the year to as-of (a `Calculation`'s share); `only` as `EarnedRevenue` takes it.
  private static func earnedRevenue(
    over pass: [Settings], ledger: Ledger, book: InvoiceBook, asOf: Day, only: Set<ClientKey>? = nil,
    year: Bool = true
  ) -> EarnedRevenue {
    EarnedRevenue(
      ledger: ledger, book: book, settings: pass[0], asOf: asOf,
      periods: pass.map { Period(from: $0.from, to: $0.to) } + (year ? [Calculation.year(to: asOf)] : []),
      timed: pass.count, only: only)
  }

  /// The most periods one pass over the time computes: earned revenue keeps each client's work per
  /// period and invoice span, so a century of months at once would take gigabytes; four years of
  /// months is one pass.
  static let periodsPerPass = 48

  /// The ledger's invoices as of the report's as-of with `settings`, to be read by several
  /// reports over the same ledger at that as-of (the periods of a trend, a report and the
  /// decisions' window) rather than by each again.
  public static func invoiceBook(ledger: Ledger, settings: Settings) -> InvoiceBook {
    InvoiceBook(
      ledger: ledger, paymentTermsDays: settings.paymentTermsDays, asOf: Calculation.asOf(ledger, settings))
  }
}
