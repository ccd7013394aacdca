import Domain

/// What the decision needs of each client beyond the period's figures: when the relationship
/// began, and what the client paid in the period for invoices of any date.
struct ClientHistory: Sendable {
  /// The first time entry, counted invoice or expense by as-of.
  private(set) var firstDay: [ClientKey: Day]
  /// Σ receipts dated in the period and by as-of, net of refunds, whatever the invoice's date.
  private(set) var paid: [ClientKey: Money] = [:]

  init(book: InvoiceBook, firstActivity: [ClientKey: Day], period: Period, asOf: Day) {
    firstDay = firstActivity
    // Read in place, each table changed with one lookup: a book holds every invoice of the ledger.
    let entries = book.entries
    for index in entries.indices where entries[index].invoice.issued <= asOf {
      let (client, issued) = (entries[index].invoice.client, entries[index].invoice.issued)
      // Read, then written only when it changes: an in-place change through the dictionary's
      // subscript allocates, once for every invoice.
      if firstDay[client].map({ issued < $0 }) ?? true { firstDay[client] = issued }
      for receipt in entries[index].receipts {
        guard let day = receipt.day, day <= asOf, period.contains(day) else { continue }
        paid[client] = paid[client].map { $0 + receipt.amount } ?? receipt.amount
      }
    }
  }
}
