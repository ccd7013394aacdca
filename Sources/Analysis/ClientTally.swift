import Domain

/// One client's period facts reduced to its figures (spec §4), all but share, opportunity cost and
/// flags, which wait for the figures of every client.
struct ClientTally: Sendable {
  let client: ClientKey
  var figures: Figures
  var aging: Aging
  /// Kept apart from `figures` so the totals can pool every client's items.
  var lateness = Lateness()
  var daysToPay = WeightedMean()
  /// The most days past due of any open balance; nil when nothing is open.
  var maxDaysPastDue: Int?
  var timeEntryCount: Int
  var invoiceCount: Int
  var expenseCount: Int
  /// Oldest first; same-day incidents keep their ledger order.
  var incidents: [Incident]
  /// The period's oldest billable work that no invoice has billed.
  var oldestUnbilledWork: Day?
  /// What the client earned over the year to as-of, for its share (spec §4 `share`).
  var yearEarned: Money?

  /// `costed`: whether any cost rate is known (settings or rows); without one, cost is unknown.
  init(
    _ facts: ClientFacts, book: InvoiceBook, earned: EarnedRevenue.Result, yearEarned: Money?, settings: Settings,
    asOf: Day, costed: Bool
  ) {
    let currency = settings.currency
    client = facts.client
    figures = Figures(currency: currency)
    aging = Aging(currency: currency)
    timeEntryCount = facts.time.entryCount
    invoiceCount = facts.invoices.count
    expenseCount = facts.expenses.count
    incidents = facts.incidents.enumerated()
      .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }
      .map(\.element)
    oldestUnbilledWork = earned.oldestUnbilled
    self.yearEarned = yearEarned
    figures.seconds = facts.time.seconds
    figures.billableSeconds = facts.time.billableSeconds
    figures.billableValue = facts.time.billableValue
    addInvoices(facts.invoices, of: book, settings: settings, asOf: asOf)
    figures.unbilledValue = earned.unbilledValue
    figures.earned = earned.earned
    figures.expenses = facts.expenses.reduce(.zero(currency)) { $0 + $1.amount }
    figures.carryingCost = lateness.carryingCost(capitalRate: settings.capitalRate, currency: currency)
    if costed, let timeCost = facts.time.cost.money(currency) {
      figures.timeCost = facts.time.cost.exact
      let cost = timeCost + figures.expenses
      figures.cost = cost
      figures.profit = figures.earned.map { $0 - cost - figures.carryingCost }
    }
    figures.setRatios()
    figures.setLateness(lateness, daysToPay: daysToPay)
  }

  private mutating func addInvoices(_ indices: [Int], of book: InvoiceBook, settings: Settings, asOf: Day) {
    let entries = book.entries
    for index in indices {
      let standing = InvoiceStanding(entries[index], asOf: asOf, writeOffAfterDays: settings.writeOffAfterDays)
      figures.invoiced += entries[index].invoice.amount
      figures.collected += standing.collected
      figures.badDebt += standing.badDebt
      for item in standing.latenessItems { lateness.add(item) }
      daysToPay.merge(standing.daysToPay)
      guard !standing.openBalance.isZero else { continue }
      aging.add(standing.openBalance, daysPastDue: standing.daysPastDue)
      maxDaysPastDue = max(maxDaysPastDue ?? standing.daysPastDue, standing.daysPastDue)
    }
    figures.outstanding = figures.invoiced - figures.collected
    figures.netRevenue = figures.invoiced - figures.badDebt
  }
}
