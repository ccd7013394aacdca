import Domain

/// The days a report covers (spec §3): `--from` and `--to`, both inclusive, either one open.
///
/// Time entries, expenses and incidents belong to the period by their date, invoices by their
/// issue date; payments follow their invoice.
struct Period: Sendable, Equatable {
  var from: Day?
  var to: Day?

  /// True when `day` lies within the period, both ends included.
  func contains(_ day: Day) -> Bool {
    if let from, day < from { return false }
    if let to, day > to { return false }
    return true
  }
}
