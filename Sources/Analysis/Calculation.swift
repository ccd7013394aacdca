import Domain

/// One run of the calculation of spec §3–4 over a ledger, before it is reduced to a report: the
/// invoices, earned revenue, each client's facts and tallies. The report reads it, and so does an
/// explanation, so the two show the same figures from the same terms.
struct Calculation: Sendable {
  let settings: Settings
  let asOf: Day
  let period: Period
  let book: InvoiceBook
  /// Earned revenue over `period` (index 0) and the year to as-of (index 1).
  let earned: EarnedRevenue
  let facts: [ClientKey: ClientFacts]
  /// The names with a time entry, counted invoice or expense by as-of.
  let known: Set<ClientKey>
  /// The listed clients' tallies, with opportunity cost and share set, in no order.
  let tallies: [ClientTally]
  /// Each listed client's place in `tallies`.
  private let tallyIndex: [ClientKey: Int]
  /// The all-client effective rate or the target, per hour (spec §4 opportunityCost).
  let benchmark: Fraction?
  /// Σ every client's positive earned over the year, the share's divisor; 0 when none.
  let shareBase: Int128
  /// Whether any cost rate is known, in the settings or on the rows; without one, cost is unknown.
  let costed: Bool
  /// The one rate every hour costs, when that is so (one default, no people, no rows' own rates):
  /// an explanation then writes cost as hours × costRate.
  let uniformCostRate: Money?

  /// Where a calculation of its own finds its period and the year in `earned.periods`; a
  /// calculation that shares its earned revenue with others (`init(ledger:settings:book:earned:index:)`)
  /// has other places.
  static let periodIndex = 0
  static let yearIndex = 1
  /// This calculation's period and year in `earned.periods`; no year when the figures that
  /// read it (the share) are not wanted.
  let index: (period: Int, year: Int?)

  /// `tracing` names the clients an explanation will be asked of (their spans are kept); `book`,
  /// the ledger's invoices as some other report read them, is read again when its as-of and terms
  /// are this calculation's.
  init(ledger: Ledger, settings: Settings, tracing: Set<ClientKey> = [], book given: InvoiceBook? = nil) {
    let (asOf, terms) = (Self.asOf(ledger, settings), settings.paymentTermsDays)
    let book =
      given.flatMap { $0.asOf == asOf && $0.paymentTermsDays == terms ? $0 : nil }
      ?? InvoiceBook(ledger: ledger, paymentTermsDays: terms, asOf: asOf)
    let earned = EarnedRevenue(
      ledger: ledger, book: book, settings: settings, asOf: asOf,
      periods: [Period(from: settings.from, to: settings.to), Self.year(to: asOf)], tracing: tracing)
    self.init(ledger: ledger, settings: settings, book: book, earned: earned, index: (Self.periodIndex, Self.yearIndex))
  }

  /// The calculation over `settings`' period from earned revenue computed for it and others at
  /// once: `earned.periods[index.period]` is that period, `earned.periods[index.year]` the year to
  /// as-of, and the period's time is summed (`earned.times`); `book` is at as-of.
  init(
    ledger: Ledger, settings: Settings, book: InvoiceBook, earned: EarnedRevenue, index: (period: Int, year: Int?)
  ) {
    self.settings = settings
    costed = settings.hasCostRate(for: ledger)
    let rates = settings.costRates
    uniformCostRate =
      rates.people.isEmpty && rates.standard?.steps.count == 1 && rates.standard?.steps.first?.from == nil
        && !ledger.timeEntries.hasCostRates ? rates.standard?.current : nil
    let asOf = Self.asOf(ledger, settings)
    self.asOf = asOf
    self.book = book
    period = Period(from: settings.from, to: settings.to)
    precondition(
      book.asOf == asOf && earned.periods[index.period] == period
        && index.year.map { earned.periods[$0] == Self.year(to: asOf) } ?? true,
      "Calculation: earned revenue computed for other periods")
    self.earned = earned
    self.index = index
    known = Set(earned.clients)
    facts = ClientFacts.grouped(
      time: earned.times[index.period], book: book, ledger: ledger, period: period, asOf: asOf, clients: known)
    let currency = settings.currency
    let (facts, costed) = (self.facts, self.costed)
    let listed = known.filter { client in
      facts[client] != nil
        || earned.result(for: client, period: index.period, currency: currency).earned?.isZero == false
    }
    shareBase = known.reduce(Int128(0)) { sum, client in
      sum + max(0, Int128(Self.yearEarned(client, earned, index, currency)?.minorUnits ?? 0))
    }
    var tallies = listed.map { client in
      ClientTally(
        facts[client] ?? ClientFacts(client: client), book: book,
        earned: earned.result(for: client, period: index.period, currency: currency),
        yearEarned: Self.yearEarned(client, earned, index, currency), settings: settings, asOf: asOf,
        costed: costed)
    }
    benchmark = OpportunityCost.benchmark(targetRate: settings.targetRate, tallies: tallies)
    for index in tallies.indices { Self.complete(&tallies[index], benchmark: benchmark, shareBase: shareBase) }
    self.tallies = tallies
    tallyIndex = Dictionary(tallies.indices.map { (tallies[$0].client, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The as-of of a report over `ledger` with `settings` (`FigureCalculator.report`).
  static func asOf(_ ledger: Ledger, _ settings: Settings) -> Day {
    settings.asOf ?? FigureCalculator.defaultAsOf(ledger) ?? settings.to ?? Day(daysSinceEpoch: 0)
  }

  /// What `client` earned over the year to as-of, when the calculation has the year.
  private static func yearEarned(
    _ client: ClientKey, _ earned: EarnedRevenue, _ index: (period: Int, year: Int?), _ currency: Currency
  ) -> Money? {
    index.year.flatMap { earned.result(for: client, period: $0, currency: currency).earned }
  }

  /// The year to `asOf`, which the share is measured over (spec §4).
  static func year(to asOf: Day) -> Period { Period(from: asOf - 364, to: asOf) }

  /// Sets the figures that read every client's: opportunity cost and share.
  private static func complete(_ tally: inout ClientTally, benchmark: Fraction?, shareBase: Int128) {
    tally.figures.opportunityCost = OpportunityCost.of(tally.figures, benchmark: benchmark)
    if let yearEarned = tally.yearEarned, shareBase > 0 {
      tally.figures.share = Fraction(Int128(yearEarned.minorUnits), shareBase)
    }
  }

  /// The client's tally: the listed one, else that of a client with no facts in the period.
  func tally(for client: ClientKey) -> ClientTally {
    if let index = tallyIndex[client] { return tallies[index] }
    let currency = settings.currency
    var tally = ClientTally(
      ClientFacts(client: client), book: book,
      earned: earned.result(for: client, period: index.period, currency: currency),
      yearEarned: Self.yearEarned(client, earned, index, currency), settings: settings, asOf: asOf, costed: costed)
    Self.complete(&tally, benchmark: benchmark, shareBase: shareBase)
    return tally
  }

  /// The report of the listed clients `filter` leaves in (all when nil).
  func report(ledger: Ledger, filter: ClientFilter?) -> ProfitabilityReport {
    var tallies = self.tallies
    if let filter { tallies.removeAll { !filter.includes($0.client) } }
    let history = ClientHistory(book: book, firstActivity: earned.firstActivity, period: period, asOf: asOf)
    let clients =
      tallies
      .map { clientFigures($0, name: ledger.clients.displayName(for: $0.client), history: history) }
      .sorted { ($0.name, $0.client) < ($1.name, $1.client) }
    let currency = settings.currency
    var report = ProfitabilityReport(
      asOf: asOf, from: settings.from, to: settings.to, currency: currency, clients: clients,
      totals: Totals.figures(of: tallies, shareBase: shareBase > 0 ? shareBase : nil, currency: currency),
      costRateMissing: !costed)
    report.diagnostics = book.diagnostics + ReportNotes.notes(ledger: ledger, book: book, asOf: asOf, clients: known)
    // Only when some hour has no rate: naming its people reads every entry's names.
    if costed, self.tallies.contains(where: { $0.figures.cost == nil }),
      let note = ReportNotes.uncosted(ledger: ledger, costRates: settings.costRates, asOf: asOf)
    {
      report.diagnostics.append(note)
    }
    report.costRate = settings.costRate
    report.targetRate = settings.targetRate
    return report
  }

  private func clientFigures(_ tally: ClientTally, name: String, history: ClientHistory) -> ClientFigures {
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
