import Domain

/// One client's facts that fall in the period: time entries (summed), expenses and incidents by
/// date, invoices (those that count) by issue date.
struct ClientFacts: Sendable {
  let client: ClientKey
  var time = TimeTotals()
  var invoices: [InvoiceBook.Entry] = []
  var expenses: [Expense] = []
  var incidents: [Incident] = []

  init(client: ClientKey) {
    self.client = client
  }

  /// The period's facts grouped by client; a client with none in the period is absent.
  static func grouped(ledger: Ledger, book: InvoiceBook, period: Period) -> [ClientKey: ClientFacts] {
    var facts: [ClientKey: ClientFacts] = [:]
    func append<Fact>(_ fact: Fact, of client: ClientKey, to path: WritableKeyPath<ClientFacts, [Fact]>) {
      facts[client, default: ClientFacts(client: client)][keyPath: path].append(fact)
    }
    // Time is kept client by client (`TimeLog.byClient`): a client's name is hashed once.
    for entries in ledger.timeEntries.byClient {
      var time = TimeTotals()
      for entry in entries where period.contains(entry.day) { time.add(entry) }
      if time.entryCount > 0 { facts[entries.client, default: ClientFacts(client: entries.client)].time.add(time) }
    }
    for entry in book.entries where period.contains(entry.invoice.issued) {
      append(entry, of: entry.invoice.client, to: \.invoices)
    }
    for expense in ledger.expenses where period.contains(expense.day) {
      append(expense, of: expense.client, to: \.expenses)
    }
    for incident in ledger.incidents where period.contains(incident.day) {
      append(incident, of: incident.client, to: \.incidents)
    }
    return facts
  }
}
