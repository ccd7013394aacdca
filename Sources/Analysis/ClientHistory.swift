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
      Self.lower(&firstDay[client, default: issued], to: issued)
      for receipt in entries[index].receipts {
        guard let day = receipt.day, day <= asOf, period.contains(day) else { continue }
        Self.add(receipt.amount, to: &paid[client])
      }
    }
  }

  private static func lower(_ day: inout Day, to other: Day) {
    day = min(day, other)
  }

  private static func add(_ amount: Money, to sum: inout Money?) {
    sum = sum.map { $0 + amount } ?? amount
  }
}
