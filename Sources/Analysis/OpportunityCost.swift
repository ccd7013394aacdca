import Domain

/// What a client's hours would have earned at a benchmark rate beyond what they did earn
/// (spec §4 opportunityCost).
enum OpportunityCost {
  /// The benchmark in minor units per hour: `targetRate` when set, else the all-client effective
  /// rate of this report (Σ earned / Σ hours over the clients whose earned is known, exact); nil
  /// when neither exists (no target and no such hours), and every opportunity cost is then zero.
  static func benchmark(targetRate: Money?, tallies: [ClientTally]) -> Fraction? {
    if let targetRate { return targetRate.exact }
    let known = tallies.filter { $0.figures.earned != nil }
    let seconds = known.reduce(Int128(0)) { $0 + Int128($1.figures.seconds) }
    guard seconds > 0 else { return nil }
    let earned = known.reduce(Int128(0)) { $0 + Int128($1.figures.earned?.minorUnits ?? 0) }
    return Fraction(earned * 3600, seconds)
  }

  /// max(0, hours × benchmark − earned), where hours × benchmark uses the total seconds and the
  /// unrounded benchmark and is rounded half-to-even once (spec §4); nil when earned is unknown.
  static func of(_ figures: Figures, benchmark: Fraction?) -> Money? {
    guard let earned = figures.earned else { return nil }
    let zero = Money.zero(earned.currency)
    guard let benchmark else { return zero }
    let earnable = Money(exactMinorUnits: figures.hours * benchmark, currency: zero.currency)
    return Money.max(zero, earnable - earned)
  }
}
