import Domain

/// Lateness items reduced to the sums the figures need (spec §4 avgDaysLate, lateShare,
/// maxDaysLate, carryingCost); two of them merge, so totals pool every client's items.
struct Lateness: Sendable, Equatable {
  private(set) var count = 0
  /// Items with daysLate > 0.
  private(set) var lateCount = 0
  private(set) var daysLate = WeightedMean()
  private(set) var maxDaysLate: Int?
  /// Σ amount × daysLate over the items that are not bad debt, in minor-unit-days.
  private(set) var carriedMinorUnitDays: Int128 = 0

  mutating func add(_ item: LatenessItem) {
    count += 1
    if item.daysLate > 0 { lateCount += 1 }
    daysLate.add(days: item.daysLate, weight: item.amount)
    maxDaysLate = max(maxDaysLate ?? item.daysLate, item.daysLate)
    if !item.isBadDebt { carriedMinorUnitDays += item.weightedDaysLate }
  }

  mutating func merge(_ other: Lateness) {
    count += other.count
    lateCount += other.lateCount
    daysLate.merge(other.daysLate)
    if let otherMax = other.maxDaysLate { maxDaysLate = max(maxDaysLate ?? otherMax, otherMax) }
    carriedMinorUnitDays += other.carriedMinorUnitDays
  }

  /// Amount-weighted mean of daysLate; nil when there are no items.
  var averageDaysLate: Fraction? { daysLate.mean }

  /// Share of items, by count, that were late at all; nil when there are no items.
  var lateShare: Fraction? {
    count == 0 ? nil : Fraction(Int128(lateCount), Int128(count))
  }

  /// Σ amount × capitalRate × daysLate / 365 over the items that are not bad debt, summed
  /// unrounded and rounded half-to-even once (spec §4).
  func carryingCost(capitalRate: Fraction, currency: Currency) -> Money {
    Money(exactMinorUnits: Fraction(carriedMinorUnitDays) * capitalRate / Fraction(365), currency: currency)
  }
}
