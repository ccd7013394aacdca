import Analysis
import Domain

/// The verdict on one client and the figures behind it (spec §5, §6 `decide`).
///
/// Money figures are exact minor-unit fractions of the report currency; renderers round them
/// half-to-even only for output, as the spec requires.
public struct Decision: Sendable, Equatable {
  public var client: ClientKey
  public var name: String
  public var recommendation: Recommendation
  /// The client's figures over the trailing window W.
  public var window: ClientFigures
  /// W's first and last day.
  public var windowStart: Day
  public var windowEnd: Day
  public var monthlyProfit: Fraction
  /// H: months to the contract end, else `horizonMonths`.
  public var horizonMonths: Fraction
  public var continueLoss: Fraction
  public var exitCost: Fraction
  /// Negative: no refund makes leaving cheaper than staying.
  public var maxRefund: Fraction
  /// Minor units per billable hour; nil when W has no billable hours.
  public var breakEvenRate: Fraction?
  public var proposedRate: Fraction?
  public var increaseNeeded: Fraction?
  /// The figures and flags that led to the recommendation (empty for keep, inactive, invoice-first).
  public var reasons: [String]
  /// The exit plan (exits only).
  public var plan: [String]
  /// Incidents over all the data, oldest first: the documentation an exit needs.
  public var incidents: [Incident]
  /// `--refund AMOUNT` weighed: continueLoss − (AMOUNT + exitCost); nil without `--refund`.
  public var refundOffer: RefundOffer?

  public init(
    client: ClientKey, name: String, recommendation: Recommendation, window: ClientFigures,
    windowStart: Day, windowEnd: Day, monthlyProfit: Fraction, horizonMonths: Fraction,
    continueLoss: Fraction, exitCost: Fraction, maxRefund: Fraction, breakEvenRate: Fraction?,
    proposedRate: Fraction?, increaseNeeded: Fraction?, reasons: [String], plan: [String],
    incidents: [Incident], refundOffer: RefundOffer?
  ) {
    self.client = client
    self.name = name
    self.recommendation = recommendation
    self.window = window
    self.windowStart = windowStart
    self.windowEnd = windowEnd
    self.monthlyProfit = monthlyProfit
    self.horizonMonths = horizonMonths
    self.continueLoss = continueLoss
    self.exitCost = exitCost
    self.maxRefund = maxRefund
    self.breakEvenRate = breakEvenRate
    self.proposedRate = proposedRate
    self.increaseNeeded = increaseNeeded
    self.reasons = reasons
    self.plan = plan
    self.incidents = incidents
    self.refundOffer = refundOffer
  }
}

/// One refund offer weighed against staying (`--refund AMOUNT`).
public struct RefundOffer: Sendable, Equatable {
  public var amount: Money
  /// continueLoss − (amount + exitCost): positive means leaving with this refund beats staying.
  public var gainOfLeaving: Fraction

  public init(amount: Money, gainOfLeaving: Fraction) {
    self.amount = amount
    self.gainOfLeaving = gainOfLeaving
  }
}
