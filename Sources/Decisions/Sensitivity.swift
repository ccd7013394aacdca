import Analysis
import Domain

/// For a client that loses money over the window W: the smallest change of each kind that alone
/// would make W's profit reach zero, computed exactly from W's figures (spec §5, "Sensitivity").
///
/// Each reads W as if the change applied evenly over it: a rate rise scales what W earned and its
/// carrying cost (late payments are of larger invoices); billing non-billable hours earns each at
/// what a billable hour of W earned net of carrying; a cap keeps what W earned and cuts the hours.
/// `whatif` re-runs the whole analysis on changed data, so its result may differ by how unevenly
/// the work falls over W, and by cents of rounding.
public struct Sensitivity: Sendable, Equatable {
  /// The rate rise r with (earned − carryingCost) × (1 + r) = cost; nil when W earned nothing net of
  /// its carrying cost.
  public var rateRise: Fraction?
  /// currentRate × (1 + rateRise), minor units per billable hour.
  public var rate: Fraction?
  /// The share s of W's non-billable hours that, billed, would break even:
  /// s = −profit × billableHours ÷ (nonBillableHours × (earned − carryingCost)); nil when there are
  /// no non-billable hours, nothing billable earned, or billing every one would not be enough.
  public var billNonBillable: Fraction?
  /// The hours a month that W's earnings pay for at the cost rate:
  /// (earned − expenses − carryingCost) ÷ costRate × 30.4375 ÷ windowDays; nil when that is not above 0.
  public var hoursCap: Fraction?
  /// The hours a month worked now, for comparison: hours(W) × 30.4375 ÷ windowDays.
  public var hoursNow: Fraction

  public init(rateRise: Fraction?, rate: Fraction?, billNonBillable: Fraction?, hoursCap: Fraction?, hoursNow: Fraction)
  {
    self.rateRise = rateRise
    self.rate = rate
    self.billNonBillable = billNonBillable
    self.hoursCap = hoursCap
    self.hoursNow = hoursNow
  }

  /// The sensitivity of a client whose W figures are `window`; nil unless W's profit is below zero.
  init?(window: Figures, costRate: Fraction?, windowDays: Int) {
    guard let profit = window.profit, profit.isNegative, let earned = window.earned, let cost = window.cost,
      let costRate
    else { return nil }
    let net = (earned - window.carryingCost).exact
    let factor = RunRate.monthlyFactor(windowDays: windowDays)
    hoursNow = window.hours * factor
    if net > .zero {
      let rise = cost.exact / net - .one
      rateRise = rise
      if !window.billableHours.isZero { rate = earned.exact / window.billableHours * (.one + rise) }
    }
    let nonBillable = window.hours - window.billableHours
    if net > .zero, !nonBillable.isZero, !window.billableHours.isZero {
      let share = -profit.exact * window.billableHours / (nonBillable * net)
      if share <= .one { billNonBillable = share }
    }
    let paysFor = (earned - window.expenses - window.carryingCost).exact
    if paysFor > .zero, !costRate.isZero { hoursCap = paysFor / costRate * factor }
  }
}
