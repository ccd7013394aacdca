import Domain

/// What the report says about the input as a whole (spec §3 and the checks of issue 17): the facts
/// left out for being dated after as-of, a ledger without any time log, and incidents that name
/// no client.
enum ReportNotes {
  static func notes(ledger: Ledger, book: InvoiceBook, asOf: Day, clients: Set<ClientKey>) -> [Diagnostic] {
    var notes: [Diagnostic] = []
    if let later = leftOut(ledger: ledger, book: book, asOf: asOf) { notes.append(later) }
    if ledger.timeEntries.isEmpty && !(book.entries.isEmpty && ledger.expenses.isEmpty) {
      notes.append(Diagnostic(file: "", line: nil, column: nil, severity: .warning, message: .noTimeLog))
    }
    notes += strayIncidents(ledger: ledger, book: book, clients: clients)
    return notes
  }

  /// One note counting the time entries, invoices, payments, expenses and incidents dated after
  /// `asOf`; nil when there are none.
  static func leftOut(ledger: Ledger, book: InvoiceBook, asOf: Day) -> Diagnostic? {
    var counts: [(count: Int, one: String, many: String)] = [
      (ledger.timeEntries.count { $0.day > asOf }, "time entry", "time entries"),
      (book.entries.count { $0.invoice.issued > asOf }, "invoice", "invoices"),
      (book.entries.reduce(0) { $0 + $1.receipts.count { ($0.day ?? asOf) > asOf } }, "payment", "payments"),
      (ledger.expenses.count { $0.day > asOf }, "expense", "expenses"),
      (ledger.incidents.count { $0.day > asOf }, "incident", "incidents"),
    ]
    counts.removeAll { $0.count == 0 }
    guard !counts.isEmpty else { return nil }
    let message = String.leftOutAfterAsOf(counts, asOf: asOf)
    return Diagnostic(file: "", line: nil, column: nil, severity: .note, message: message)
  }

  /// A warning for each incident whose client has no time entry, counted invoice or expense,
  /// with the nearest client's name; such an incident makes no client (spec §3).
  static func strayIncidents(ledger: Ledger, book: InvoiceBook, clients: Set<ClientKey>) -> [Diagnostic] {
    let stray = ledger.incidents.filter { !clients.contains($0.client) }
    guard !stray.isEmpty else { return [] }
    var everyClient = ledger.timeClients
    for entry in book.entries { everyClient.insert(entry.invoice.client) }
    for expense in ledger.expenses { everyClient.insert(expense.client) }
    let names = everyClient.map { ledger.clients.displayName(for: $0) }.sorted()
    return stray.compactMap { incident in
      // A client whose facts all lie after as-of is known: its incident is left out with them.
      guard !everyClient.contains(incident.client) else { return nil }
      let name = ledger.clients.displayName(for: incident.client)
      let message = String.incidentForNoClient(incident, name: name, nearest: EditDistance.nearest(to: name, in: names))
      return incident.position.map { Diagnostic(at: $0, .warning, message) }
        ?? Diagnostic(file: "", line: nil, column: nil, severity: .warning, message: message)
    }
  }
}

extension String {
  fileprivate static let noTimeLog =
    "no time log: every client has 0 hours, so effective rates, cost and profit leave out your time "
    + "(add a time export to judge the clients)"

  fileprivate static func leftOutAfterAsOf(_ counts: [(count: Int, one: String, many: String)], asOf: Day) -> String {
    let items = counts.map { "\($0.count) \($0.count == 1 ? $0.one : $0.many)" }
    let list = items.count == 1 ? items[0] : items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    return "\(list) dated after the as-of date \(asOf) left out: they have not happened yet"
  }

  fileprivate static func incidentForNoClient(_ incident: Incident, name: String, nearest: String?) -> String {
    let hint = nearest.map { "; did you mean '\($0)'? (add an alias if they are one client)" } ?? ""
    return "incident '\(incident.kind.rawValue)' on \(incident.day) names '\(name)', who has no time entry, "
      + "invoice or expense\(hint); it is not counted"
  }
}
