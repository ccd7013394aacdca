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
    for entry in book.entries where entry.invoice.issued <= asOf {
      let client = entry.invoice.client
      firstDay[client] = min(firstDay[client] ?? entry.invoice.issued, entry.invoice.issued)
      for receipt in entry.receipts {
        guard let day = receipt.day, day <= asOf, period.contains(day) else { continue }
        paid[client] = paid[client].map { $0 + receipt.amount } ?? receipt.amount
      }
    }
  }
}
