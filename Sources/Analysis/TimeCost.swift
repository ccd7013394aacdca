import Domain

/// The cost of time (spec §4 `cost`, less expenses): Σ seconds × the rate each entry's person is
/// charged on its day (or its row's own cost rate), kept exact and rounded once per client.
struct TimeCost: Sendable, Equatable {
  /// Σ seconds × rate in minor units per hour: the cost × 3600.
  var costSeconds: Int128 = 0
  /// Seconds no rate covers (no row rate, no person's, no default in force that day).
  var uncostedSeconds: Int64 = 0

  /// Counts one entry's time: its row rates' cost when it has one, else `seconds` × `rate`.
  mutating func add(seconds: Int64, rowCost: Int64?, rate: Money?) {
    if let rowCost {
      costSeconds += Int128(rowCost)
    } else if let rate {
      costSeconds += Int128(seconds) * Int128(rate.minorUnits)
    } else {
      uncostedSeconds += seconds
    }
  }

  mutating func add(_ other: TimeCost) {
    costSeconds += other.costSeconds
    uncostedSeconds += other.uncostedSeconds
  }

  /// The cost rounded half-to-even once; nil when some time has no rate.
  func money(_ currency: Currency) -> Money? {
    guard uncostedSeconds == 0 else { return nil }
    return Money(exactMinorUnits: exact, currency: currency)
  }

  /// The cost in minor units, unrounded.
  var exact: Fraction { Fraction(costSeconds, 3600) }
}
