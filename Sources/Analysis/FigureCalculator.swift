import Domain

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
  /// benchmark or the shares.
  public static func report(ledger: Ledger, settings: Settings, filter: ClientFilter? = nil) -> ProfitabilityReport {
    let asOf = settings.asOf ?? defaultAsOf(ledger) ?? settings.to ?? Day(daysSinceEpoch: 0)
    let book = InvoiceBook(ledger: ledger, paymentTermsDays: settings.paymentTermsDays)
    let period = Period(from: settings.from, to: settings.to)
    let year = Period(from: asOf - 364, to: asOf)
    let earned = EarnedRevenue(ledger: ledger, book: book, settings: settings, asOf: asOf, periods: [period, year])
    let known = Set(earned.clients)
    let facts = ClientFacts.grouped(
      time: earned.time, book: book, ledger: ledger, period: period, asOf: asOf, clients: known)
    let currency = settings.currency
    let listed = known.filter { client in
      facts[client] != nil || earned.result(for: client, period: 0, currency: currency).earned?.isZero == false
    }
    let shareBase = known.reduce(Int128(0)) {
      $0 + max(0, Int128(earned.result(for: $1, period: 1, currency: currency).earned?.minorUnits ?? 0))
    }
    var tallies = listed.map { client in
      ClientTally(
        facts[client] ?? ClientFacts(client: client), earned: earned.result(for: client, period: 0, currency: currency),
        yearEarned: earned.result(for: client, period: 1, currency: currency).earned, settings: settings, asOf: asOf)
    }
    let benchmark = OpportunityCost.benchmark(targetRate: settings.targetRate, tallies: tallies)
    for index in tallies.indices {
      tallies[index].figures.opportunityCost = OpportunityCost.of(tallies[index].figures, benchmark: benchmark)
      if let yearEarned = tallies[index].yearEarned, shareBase > 0 {
        tallies[index].figures.share = Fraction(Int128(yearEarned.minorUnits), shareBase)
      }
    }
    if let filter { tallies.removeAll { !filter.includes($0.client) } }
    let history = ClientHistory(book: book, firstActivity: earned.firstActivity, period: period, asOf: asOf)
    let clients =
      tallies
      .map {
        clientFigures(
          $0, name: ledger.clients.displayName(for: $0.client), history: history, settings: settings, asOf: asOf)
      }
      .sorted { ($0.name, $0.client) < ($1.name, $1.client) }
    var report = ProfitabilityReport(
      asOf: asOf, from: settings.from, to: settings.to, currency: currency, clients: clients,
      totals: Totals.figures(of: tallies, shareBase: shareBase > 0 ? shareBase : nil, currency: currency),
      costRateMissing: settings.costRate == nil)
    report.diagnostics = book.diagnostics + ReportNotes.notes(ledger: ledger, book: book, asOf: asOf, clients: known)
    report.costRate = settings.costRate
    report.targetRate = settings.targetRate
    return report
  }

  private static func clientFigures(
    _ tally: ClientTally, name: String, history: ClientHistory, settings: Settings, asOf: Day
  ) -> ClientFigures {
    var client = ClientFigures(
      client: tally.client, name: name, figures: tally.figures, aging: tally.aging, flags: [],
      incidents: tally.incidents, timeEntryCount: tally.timeEntryCount, invoiceCount: tally.invoiceCount,
      expenseCount: tally.expenseCount, maxDaysPastDue: tally.maxDaysPastDue,
      oldestUnbilledWork: tally.oldestUnbilledWork, firstDay: history.firstDay[tally.client],
      paidInPeriod: history.paid[tally.client])
    client.flags = FlagRules.flags(for: client, settings: settings, asOf: asOf)
    return client
  }
}
