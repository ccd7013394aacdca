import Domain

/// What a client's hours would have earned at a benchmark rate beyond what they did earn
/// (spec §4 opportunityCost).
enum OpportunityCost {
  /// The benchmark in minor units per hour: `targetRate` when set, else the all-client effective
  /// rate of this report (Σ netRevenue / Σ hours, exact); nil when neither exists (no target and
  /// no hours anywhere), and every opportunity cost is then zero.
  static func benchmark(targetRate: Money?, tallies: [ClientTally]) -> Fraction? {
    if let targetRate { return targetRate.exact }
    let seconds = tallies.reduce(Int128(0)) { $0 + Int128($1.figures.seconds) }
    guard seconds > 0 else { return nil }
    let netRevenue = tallies.reduce(Int128(0)) { $0 + Int128($1.figures.netRevenue.minorUnits) }
    return Fraction(netRevenue * 3600, seconds)
  }

  /// max(0, hours × benchmark − netRevenue), where hours × benchmark uses the total seconds and the
  /// unrounded benchmark and is rounded half-to-even once (spec §4).
  static func of(_ figures: Figures, benchmark: Fraction?) -> Money {
    let zero = Money.zero(figures.netRevenue.currency)
    guard let benchmark else { return zero }
    let earnable = Money(exactMinorUnits: figures.hours * benchmark, currency: zero.currency)
    return Money.max(zero, earnable - figures.netRevenue)
  }
}
