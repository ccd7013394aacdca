import Domain

/// Money received against one invoice: a payments-file row, or the invoice row's own paid columns.
struct Receipt: Sendable, Equatable {
  /// The day the money arrived; nil for a paid amount an invoice row records without a paid date,
  /// which is collected but can be neither late nor early (spec §1).
  var day: Day?
  var amount: Money
  /// The payments-file row, or the invoice row whose paid columns made it.
  var position: SourcePosition? = nil

  /// True when the money had arrived by `asOf`. A payment dated after `asOf` has not happened
  /// yet (spec §1); an undated one is taken as received, since the row says it was paid.
  func isReceived(by asOf: Day) -> Bool {
    guard let day else { return true }
    return day <= asOf
  }
}
