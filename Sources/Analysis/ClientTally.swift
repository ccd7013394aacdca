import Domain

/// One client's period facts reduced to its figures (spec §4), all but opportunity cost and
/// flags, which wait for the benchmark that needs every client.
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

  init(_ facts: ClientFacts, settings: Settings, asOf: Day) {
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
    figures.seconds = facts.time.seconds
    figures.billableSeconds = facts.time.billableSeconds
    figures.billableValue = facts.time.billableValue
    addInvoices(facts.invoices, settings: settings, asOf: asOf)
    figures.expenses = facts.expenses.reduce(.zero(currency)) { $0 + $1.amount }
    figures.cost =
      Self.timeCost(seconds: figures.seconds, costRate: settings.costRate, currency: currency)
      + figures.expenses
    figures.carryingCost = lateness.carryingCost(capitalRate: settings.capitalRate, currency: currency)
    figures.profit = figures.netRevenue - figures.cost - figures.carryingCost
    figures.setRatios()
    figures.setLateness(lateness, daysToPay: daysToPay)
  }

  /// hours × costRate from the total seconds and the unrounded rate, rounded half-to-even once
  /// (spec §4); zero without a cost rate, which the report's `costRateMissing` warns about.
  static func timeCost(seconds: Int64, costRate: Money?, currency: Currency) -> Money {
    guard let costRate else { return .zero(currency) }
    return Money(exactMinorUnits: Fraction(Int128(seconds) * Int128(costRate.minorUnits), 3600), currency: currency)
  }

  private mutating func addInvoices(_ entries: [InvoiceBook.Entry], settings: Settings, asOf: Day) {
    for entry in entries {
      let standing = InvoiceStanding(entry, asOf: asOf, writeOffAfterDays: settings.writeOffAfterDays)
      figures.invoiced += entry.invoice.amount
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
