import Domain

/// One client's row of the profitability report: its figures, receivables aging and flags.
public struct ClientFigures: Sendable, Equatable {
  public var client: ClientKey
  /// The name to show (alias target, else the spelling seen most often).
  public var name: String
  public var figures: Figures
  public var aging: Aging
  public var flags: [Flag]
  /// Incidents in the period, oldest first.
  public var incidents: [Incident]
  /// Time entries in the period.
  public var timeEntryCount: Int
  /// Invoices issued in the period that count (ignored statuses left out, credit notes in).
  public var invoiceCount: Int
  /// Expenses in the period.
  public var expenseCount: Int
  /// The most days past due at as-of of any open balance of the period's invoices (bad debt
  /// included; zero or less when nothing open is due yet); nil when no balance is open.
  public var maxDaysPastDue: Int?
  /// The period's oldest billable work that no invoice has billed (spec §3a); nil when none.
  public var oldestUnbilledWork: Day?
  /// The client's first time entry, counted invoice or expense by as-of, whatever the period.
  public var firstDay: Day?
  /// Payments received in the period, for invoices of any date, net of refunds.
  public var paidInPeriod: Money

  public init(
    client: ClientKey, name: String, figures: Figures, aging: Aging, flags: [Flag],
    incidents: [Incident] = [], timeEntryCount: Int = 0, invoiceCount: Int = 0, expenseCount: Int = 0,
    maxDaysPastDue: Int? = nil, oldestUnbilledWork: Day? = nil, firstDay: Day? = nil, paidInPeriod: Money? = nil
  ) {
    self.client = client
    self.name = name
    self.figures = figures
    self.aging = aging
    self.flags = flags
    self.incidents = incidents
    self.timeEntryCount = timeEntryCount
    self.invoiceCount = invoiceCount
    self.expenseCount = expenseCount
    self.maxDaysPastDue = maxDaysPastDue
    self.oldestUnbilledWork = oldestUnbilledWork
    self.firstDay = firstDay
    self.paidInPeriod = paidInPeriod ?? .zero(aging.current.currency)
  }
}
