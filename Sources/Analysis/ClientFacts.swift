import Domain

/// One client's facts that fall in the period and happened by as-of: time entries (summed),
/// expenses and incidents by date, invoices (those that count) by issue date.
struct ClientFacts: Sendable {
  let client: ClientKey
  var time = TimeTotals()
  /// The places of the client's invoices in the book's entries: an entry (an invoice, its names
  /// and receipts) is hundreds of bytes, and the book holds them already.
  var invoices: [Int] = []
  var expenses: [Expense] = []
  var incidents: [Incident] = []

  init(client: ClientKey) {
    self.client = client
  }

  /// The period's facts up to `asOf`, grouped by client; a client with none is absent. `time` is
  /// each client's time in the period, summed in the pass that earned revenue makes over the time
  /// (`EarnedRevenue.time`). Incidents count only for `clients` (the names with a time entry,
  /// counted invoice or expense).
  static func grouped(
    time: [ClientKey: TimeTotals], book: InvoiceBook, ledger: Ledger, period: Period, asOf: Day,
    clients: Set<ClientKey>
  ) -> [ClientKey: ClientFacts] {
    let period = Period(from: period.from, to: min(period.to ?? asOf, asOf))
    var facts: [ClientKey: ClientFacts] = [:]
    func append<Fact>(_ fact: Fact, of client: ClientKey, to path: WritableKeyPath<ClientFacts, [Fact]>) {
      facts[client, default: ClientFacts(client: client)][keyPath: path].append(fact)
    }
    for (client, totals) in time { facts[client, default: ClientFacts(client: client)].time = totals }
    let entries = book.entries
    for index in entries.indices where period.contains(entries[index].invoice.issued) {
      append(index, of: entries[index].invoice.client, to: \.invoices)
    }
    for expense in ledger.expenses where period.contains(expense.day) {
      append(expense, of: expense.client, to: \.expenses)
    }
    for incident in ledger.incidents where period.contains(incident.day) && clients.contains(incident.client) {
      append(incident, of: incident.client, to: \.incidents)
    }
    return facts
  }
}
