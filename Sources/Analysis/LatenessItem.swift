import Domain

/// One sum of money and how late it was (spec §4 "Lateness items").
///
/// Either a payment of a period invoice received by as-of, late by `max(0, payment − due)`, or an
/// open balance already past due at as-of, late by `as-of − due` and weighing its shortfall.
struct LatenessItem: Sendable, Equatable {
  var amount: Money
  var daysLate: Int
  /// True for an open balance written off as bad debt: it still counts towards the lateness
  /// averages but carries no cost of capital, since bad debt is already lost in full.
  var isBadDebt: Bool
}
