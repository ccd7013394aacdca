import Analysis

/// Whether a client had any time, invoice or expense in a period: what rules 2 and 3 of spec §5
/// ask of W.
struct Activity: Sendable, Equatable {
  var hasTime: Bool
  var hasInvoice: Bool
  var hasExpense: Bool

  /// The activity a client's figures show.
  ///
  /// Until the calculator counts facts, activity is read from the sums: an entry of zero seconds,
  /// or invoices (or expenses) that cancel to zero, then look like none.
  init(_ client: ClientFigures) {
    let figures = client.figures
    hasTime = figures.seconds != 0
    hasInvoice = !figures.invoiced.isZero
    hasExpense = !figures.expenses.isZero
  }

  /// No time, invoice or expense at all.
  var isNone: Bool { !hasTime && !hasInvoice && !hasExpense }
}
