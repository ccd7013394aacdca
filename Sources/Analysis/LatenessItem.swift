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
  /// The payment's day; nil for an open balance.
  var paidOn: Day? = nil
  /// Days from the invoice's issue to the payment (spec §4 avgDaysToPay); nil for an open balance.
  var daysToPay: Int? = nil
  /// Where the payment came from; nil for an open balance.
  var position: SourcePosition? = nil

  /// Σ amount × daysLate: what the item weighs in avgDaysLate, in minor-unit-days.
  var weightedDaysLate: Int128 { Int128(daysLate) * Int128(amount.minorUnits) }

  /// amount × capitalRate × daysLate / 365, exact; zero for bad debt (spec §4 carryingCost).
  func carrying(capitalRate: Fraction) -> Fraction {
    isBadDebt ? .zero : Fraction(weightedDaysLate) * capitalRate / Fraction(365)
  }
}
