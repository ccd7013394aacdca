import Analysis
import Domain

/// The rate the client pays now, the rate that would make it break even, and the rate worth
/// proposing (spec §5), exact minor units per billable hour of the report currency.
struct RateProposal: Sendable, Equatable {
  /// earned(W) / billableHours(W).
  var currentRate: Fraction?
  /// (cost(W) + carryingCost(W)) / billableHours(W).
  var breakEvenRate: Fraction?
  /// max(breakEvenRate, targetRate × hours(W) / billableHours(W)), capped at
  /// currentRate × (1 + maxRateIncrease).
  var proposedRate: Fraction?
  /// breakEvenRate / currentRate − 1.
  var increaseNeeded: Fraction?

  /// All nil when W has no billable hours, earned(W) ≤ 0 or is unknown, or cost(W) is unknown.
  /// `targetRate` is exact minor units an hour.
  init(window: Figures, targetRate: Fraction?, maxRateIncrease: Fraction) {
    guard let (breakEvenCost, earned) = Self.terms(of: window) else { return }
    let billableHours = window.billableHours
    let current = earned.exact / billableHours
    let breakEven = breakEvenCost.exact / billableHours
    var proposed = breakEven
    if let targetRate {
      // The target is an effective rate over all hours; billing only billable hours, each must
      // carry hours / billableHours of it.
      proposed = max(breakEven, targetRate * window.hours / billableHours)
    }
    currentRate = current
    breakEvenRate = breakEven
    proposedRate = min(proposed, current * (.one + maxRateIncrease))
    increaseNeeded = breakEven / current - .one
  }

  init() {}

  /// What a window's rates are made of: the cost to cover (cost + carryingCost) and earned, both
  /// over its billable hours; nil when it has no rise needed (no billable hours, earned ≤ 0 or
  /// unknown, cost unknown).
  static func terms(of window: Figures) -> (breakEvenCost: Money, earned: Money)? {
    guard !window.billableHours.isZero, let earned = window.earned, earned.minorUnits > 0, let cost = window.cost
    else { return nil }
    return (cost + window.carryingCost, earned)
  }

  /// True when the proposed rate, capped, still falls short of breaking even.
  var isCapped: Bool {
    guard let proposedRate, let breakEvenRate else { return false }
    return proposedRate < breakEvenRate
  }

  /// `proposedRate` in `currency` (minor units of it per hour), converted with `rates` (report
  /// currency units per one unit of `currency`).
  func proposedRate(in currency: Currency, reportCurrency: Currency, rates: [Currency: Fraction]) -> Fraction? {
    guard let proposedRate else { return nil }
    guard currency != reportCurrency else { return proposedRate }
    guard let rate = rates[currency], !rate.isZero else { return nil }
    let scale = Fraction(Int128(currency.minorUnitsPerMajor), Int128(reportCurrency.minorUnitsPerMajor))
    return proposedRate / rate * scale
  }
}
