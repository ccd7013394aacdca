import Domain

/// One client's facts that fall in the period and happened by as-of: time entries (summed),
/// expenses and incidents by date, invoices (those that count) by issue date.
struct ClientFacts: Sendable {
  let client: ClientKey
  var time = TimeTotals()
  var invoices: [InvoiceBook.Entry] = []
  var expenses: [Expense] = []
  var incidents: [Incident] = []

  init(client: ClientKey) {
    self.client = client
  }

  /// True when the client has a time entry, an invoice or an expense here (incidents alone make
  /// no client, spec §3).
  var hasActivity: Bool { time.entryCount > 0 || !invoices.isEmpty || !expenses.isEmpty }

  /// The period's facts up to `asOf`, grouped by client; a client with none is absent. Incidents
  /// count only for `clients` (the names with a time entry, counted invoice or expense).
  static func grouped(
    ledger: Ledger, book: InvoiceBook, period: Period, asOf: Day, clients: Set<ClientKey>
  ) -> [ClientKey: ClientFacts] {
    let period = Period(from: period.from, to: min(period.to ?? asOf, asOf))
    var facts: [ClientKey: ClientFacts] = [:]
    func append<Fact>(_ fact: Fact, of client: ClientKey, to path: WritableKeyPath<ClientFacts, [Fact]>) {
      facts[client, default: ClientFacts(client: client)][keyPath: path].append(fact)
    }
    // Time usually comes grouped by client (`TimeFold`): summed run by run, a client's name is
    // hashed once per run rather than once per entry.
    var run: ClientKey?
    var time = TimeTotals()
    func endRun() {
      if let run { facts[run, default: ClientFacts(client: run)].time.add(time) }
    }
    for entry in ledger.timeEntries where period.contains(entry.day) {
      if entry.client != run {
        endRun()
        (run, time) = (entry.client, TimeTotals())
      }
      time.add(entry)
    }
    endRun()
    for entry in book.entries where period.contains(entry.invoice.issued) {
      append(entry, of: entry.invoice.client, to: \.invoices)
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
