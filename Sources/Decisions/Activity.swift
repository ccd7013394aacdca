import Analysis

/// Whether a client had any time, invoice or expense in a period: what rules 2 and 3 of spec §5
/// ask of W.
///
/// Read from the calculator's counts of facts, not from sums: an entry of zero seconds is still
/// time, and an invoice cancelled by a credit note is still an invoice.
struct Activity: Sendable, Equatable {
  var hasTime: Bool
  var hasInvoice: Bool
  var hasExpense: Bool

  /// The activity a client's figures show.
  init(_ client: ClientFigures) {
    hasTime = client.timeEntryCount > 0
    hasInvoice = client.invoiceCount > 0
    hasExpense = client.expenseCount > 0
  }

  /// No time, invoice or expense at all.
  var isNone: Bool { !hasTime && !hasInvoice && !hasExpense }
}
