/// Every fact imported from the input files, keyed by client: the one value the analysis reads.
///
/// Amounts keep the currency they arrived in; `CurrencyConverter` turns a ledger into one
/// currency before any figure is computed.
public struct Ledger: Sendable {
  /// The time worked, summed by `TimeKey` and kept client by client (see `TimeLog`).
  public var timeEntries = TimeLog()
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
    var seen = Set(timeEntries.currencies)
    // Nearly every fact is in the currency of the one before: a set is asked only on a change.
    var last: Currency?
    func see(_ currency: Currency) {
      guard currency != last else { return }
      last = currency
      seen.insert(currency)
    }
    for index in invoices.indices {
      see(invoices[index].amount.currency)
      if let paid = invoices[index].paidAmount { see(paid.currency) }
    }
    for index in payments.indices { see(payments[index].amount.currency) }
    for index in expenses.indices { see(expenses[index].amount.currency) }
    return seen.sorted()
  }

  /// The clients that have time entries.
  public var timeClients: Set<ClientKey> { Set(timeEntries.clientKeys) }

  /// Every client that appears in any fact.
  public var clientKeys: Set<ClientKey> {
    var keys = timeClients
    for invoice in invoices { keys.insert(invoice.client) }
    for expense in expenses { keys.insert(expense.client) }
    for incident in incidents { keys.insert(incident.client) }
    return keys
  }

  /// Appends another ledger's facts (one file's import) to this one, its time folded into this
  /// one's. Throws when two entries' sums would pass Int64; the ledger is then incomplete.
  public mutating func append(_ other: consuming Ledger) throws(TimeLog.Overflow) {
    var time = TimeLog()
    swap(&time, &other.timeEntries)  // so the other ledger's time is handed over, not shared
    if timeEntries.isEmpty {
      timeEntries = consume time
    } else {
      try timeEntries.merge(consume time)
    }
    Self.join(&invoices, other.invoices)
    Self.join(&payments, other.payments)
    Self.join(&expenses, other.expenses)
    Self.join(&incidents, other.incidents)
    clients.merge(other.clients)
  }

  /// Appends `facts`; taken as they are when there are none yet (one file's invoices are not
  /// copied into an empty ledger).
  private static func join<Fact>(_ kept: inout [Fact], _ facts: [Fact]) {
    if kept.isEmpty { kept = facts } else { kept += facts }
  }
}
