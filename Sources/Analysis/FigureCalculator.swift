import Domain

/// Computes the profitability report of spec §3–4 from a ledger.
public enum FigureCalculator {
  /// The report over `settings.from`…`settings.to` at `settings.asOf` (or the default as-of,
  /// `defaultAsOf(_:)`; for a ledger without any dated fact, `settings.to`, else 1970-01-01).
  ///
  /// `ledger` must already be in `settings.currency` (see `CurrencyConverter`). The clients are
  /// those with a fact in the period (a time entry, expense or incident by its date, an invoice
  /// that counts by its issue date), sorted by display name, ties by key. The diagnostics cover
  /// the whole ledger whatever the period, so two reports over one ledger carry the same ones.
  /// `filter` leaves clients out of the list and the totals, not out of the benchmark.
  public static func report(ledger: Ledger, settings: Settings, filter: ClientFilter? = nil) -> ProfitabilityReport {
    let asOf = settings.asOf ?? defaultAsOf(ledger) ?? settings.to ?? Day(daysSinceEpoch: 0)
    let book = InvoiceBook(ledger: ledger, paymentTermsDays: settings.paymentTermsDays)
    let period = Period(from: settings.from, to: settings.to)
    let facts = ClientFacts.grouped(ledger: ledger, book: book, period: period)
    var tallies = facts.values.map { ClientTally($0, settings: settings, asOf: asOf) }
    let benchmark = OpportunityCost.benchmark(targetRate: settings.targetRate, tallies: tallies)
    for index in tallies.indices {
      tallies[index].figures.opportunityCost = OpportunityCost.of(tallies[index].figures, benchmark: benchmark)
    }
    if let filter { tallies.removeAll { !filter.includes($0.client) } }
    let clients =
      tallies
      .map { clientFigures($0, name: ledger.clients.displayName(for: $0.client), settings: settings) }
      .sorted { ($0.name, $0.client) < ($1.name, $1.client) }
    var report = ProfitabilityReport(
      asOf: asOf, from: settings.from, to: settings.to, currency: settings.currency, clients: clients,
      totals: Totals.figures(of: tallies, currency: settings.currency), costRateMissing: settings.costRate == nil)
    report.diagnostics = book.diagnostics
    report.costRate = settings.costRate
    report.targetRate = settings.targetRate
    return report
  }

  private static func clientFigures(_ tally: ClientTally, name: String, settings: Settings) -> ClientFigures {
    var client = ClientFigures(
      client: tally.client, name: name, figures: tally.figures, aging: tally.aging, flags: [],
      incidents: tally.incidents, timeEntryCount: tally.timeEntryCount, invoiceCount: tally.invoiceCount,
      expenseCount: tally.expenseCount, maxDaysPastDue: tally.maxDaysPastDue)
    client.flags = FlagRules.flags(for: client, settings: settings)
    return client
  }
}
