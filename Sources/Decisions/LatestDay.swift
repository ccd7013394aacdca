import Domain

/// The default as-of of spec §3: the latest date among all time entries, invoice issue dates and
/// payment dates (payments files and invoice rows' paid dates).
///
/// A stand-in until the calculator's `FigureCalculator.defaultAsOf` lands.
enum LatestDay {
  /// The latest such day; nil for a ledger with none.
  static func of(_ ledger: Ledger) -> Day? {
    var days = ledger.timeEntries.map(\.day)
    days += ledger.invoices.map(\.issued)
    days += ledger.invoices.compactMap(\.paidDay)
    days += ledger.payments.map(\.day)
    return days.max()
  }
}
