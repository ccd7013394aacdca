import Domain

/// An amount-weighted mean of day counts, kept as exact sums so client means pool into totals.
struct WeightedMean: Sendable, Equatable {
  /// Σ weight × days, in minor-unit-days.
  private(set) var weightedDays: Int128 = 0
  /// Σ weight, in minor units.
  private(set) var totalWeight: Int128 = 0

  mutating func add(days: Int, weight: Money) {
    weightedDays += Int128(days) * Int128(weight.minorUnits)
    totalWeight += Int128(weight.minorUnits)
  }

  mutating func merge(_ other: WeightedMean) {
    weightedDays += other.weightedDays
    totalWeight += other.totalWeight
  }

  /// The exact mean in days; nil when nothing was added, or when the weights cancel out to zero
  /// (say, only zero-amount payments) and the mean is undefined.
  var mean: Fraction? {
    totalWeight == 0 ? nil : Fraction(weightedDays, totalWeight)
  }
}
