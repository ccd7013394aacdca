import Analysis
import Domain

/// The rate that would make a client break even, and the rate worth proposing (spec §5:
/// breakEvenRate, proposedRate, increaseNeeded), exact minor units per billable hour.
struct RateProposal: Sendable, Equatable {
  /// (cost(W) + carryingCost(W)) / billableHours(W); nil when W has no billable hours.
  var breakEvenRate: Fraction?
  /// max(breakEvenRate, targetRate × hours(W) / billableHours(W)), or breakEvenRate without a
  /// target; nil when W has no billable hours.
  var proposedRate: Fraction?
  /// breakEvenRate / (netRevenue(W) / billableHours(W)) − 1; nil when that current rate is 0 or
  /// unknown.
  var increaseNeeded: Fraction?

  /// The proposal from the window's figures.
  init(window: Figures, targetRate: Money?) {
    let billableHours = window.billableHours
    guard !billableHours.isZero else {
      self.init(breakEvenRate: nil, proposedRate: nil, increaseNeeded: nil)
      return
    }
    let breakEven = (window.cost + window.carryingCost).exact / billableHours
    var proposed = breakEven
    if let targetRate {
      // The target is an effective rate over all hours; billing only billable hours, each must
      // carry hours / billableHours of it.
      proposed = max(breakEven, targetRate.exact * window.hours / billableHours)
    }
    let currentRate = window.netRevenue.exact / billableHours
    let increase = currentRate.isZero ? nil : breakEven / currentRate - .one
    self.init(breakEvenRate: breakEven, proposedRate: proposed, increaseNeeded: increase)
  }

  init(breakEvenRate: Fraction?, proposedRate: Fraction?, increaseNeeded: Fraction?) {
    self.breakEvenRate = breakEvenRate
    self.proposedRate = proposedRate
    self.increaseNeeded = increaseNeeded
  }
}
