import Domain

/// How many facts of each kind a ledger held before a file was imported, so the file's own
/// facts can be found afterwards (for its date range and clients).
struct FactCounts {
  let timeEntries: Int
  let invoices: Int
  let payments: Int
  let expenses: Int
  let incidents: Int

  init(_ ledger: Ledger) {
    timeEntries = ledger.timeEntries.count
    invoices = ledger.invoices.count
    payments = ledger.payments.count
    expenses = ledger.expenses.count
    incidents = ledger.incidents.count
  }

  func noteNewFacts(in ledger: Ledger, into summary: inout FileSummary) {
    for entry in ledger.timeEntries[timeEntries...] { summary.note(day: entry.day, client: entry.client) }
    for invoice in ledger.invoices[invoices...] { summary.note(day: invoice.issued, client: invoice.client) }
    for payment in ledger.payments[payments...] { summary.note(day: payment.day, client: payment.client) }
    for expense in ledger.expenses[expenses...] { summary.note(day: expense.day, client: expense.client) }
    for incident in ledger.incidents[incidents...] { summary.note(day: incident.day, client: incident.client) }
  }
}
