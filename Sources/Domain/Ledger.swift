/// Every fact imported from the input files, keyed by client: the one value the analysis reads.
///
/// Amounts keep the currency they arrived in; `CurrencyConverter` turns a ledger into one
/// currency before any figure is computed.
public struct Ledger: Sendable {
  public var timeEntries: [TimeEntry] = []
  public var invoices: [Invoice] = []
  public var payments: [Payment] = []
  public var expenses: [Expense] = []
  public var incidents: [Incident] = []
  public var clients: ClientDirectory

  public init(clients: ClientDirectory = ClientDirectory()) {
    self.clients = clients
  }

  /// Every currency any amount is in, sorted by code.
  public var currencies: [Currency] {
    var seen = Set<Currency>()
    for entry in timeEntries { if let value = entry.value { seen.insert(value.currency) } }
    for invoice in invoices {
      seen.insert(invoice.amount.currency)
      if let paid = invoice.paidAmount { seen.insert(paid.currency) }
    }
    for payment in payments { seen.insert(payment.amount.currency) }
    for expense in expenses { seen.insert(expense.amount.currency) }
    return seen.sorted()
  }

  /// Every client that appears in any fact.
  public var clientKeys: Set<ClientKey> {
    var keys = Set<ClientKey>()
    for entry in timeEntries { keys.insert(entry.client) }
    for invoice in invoices { keys.insert(invoice.client) }
    for expense in expenses { keys.insert(expense.client) }
    for incident in incidents { keys.insert(incident.client) }
    return keys
  }

  /// Appends another ledger's facts (one file's import) to this one.
  public mutating func append(_ other: Ledger) {
    timeEntries += other.timeEntries
    invoices += other.invoices
    payments += other.payments
    expenses += other.expenses
    incidents += other.incidents
    clients.merge(other.clients)
  }
}
