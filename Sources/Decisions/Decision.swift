import Analysis
import Domain
import Localization

/// The verdict on one client and the figures behind it (spec §5, §6 `decide`).
///
/// Every figure of §6 is here; those that do not apply to the recommendation are nil (the
/// spec's table "Which figures a decision carries"). Money figures and rates are exact
/// minor-unit fractions of the report currency, but `proposedRateInClientCurrency`, which is in
/// `clientCurrency`; renderers round them half-to-even only for output.
public struct Decision: Sendable, Equatable {
  public var client: ClientKey
  public var name: String
  public var recommendation: Recommendation
  /// The number of the rule of spec §5 that gave the recommendation (1 to 12).
  public var rule: Int
  /// True for a fix that waits on an attempt on record (rule 10), false for a first fix (rule 12),
  /// which may follow an attempt that worked for a while.
  public var waitsOnAttempt: Bool { rule == DecisionRule.pendingFix.rawValue }
  /// The client's figures over the trailing window W.
  public var window: ClientFigures
  /// The watch flags W lies near without raising, held because the windows before it raised them
  /// (docs/spec.md, "A figure near its threshold"); they keep a profitable client on watch.
  public var heldFlags: [Flag] = []
  /// W's first and last day.
  public var windowStart: Day
  public var windowEnd: Day
  /// profit(W) a month; nil when W's profit is unknown.
  public var monthlyProfit: Fraction?
  /// H: months to the contract end, else `horizonMonths`.
  public var horizonMonths: Fraction?
  public var continueLoss: Fraction?
  public var exitCost: Fraction?
  /// continueLoss − exitCost; negative: staying is cheaper.
  public var walkAway: Fraction?
  /// The goodwill refund worth offering on exit-now (never above what the client paid in W).
  public var refundOffer: Fraction?
  /// Minor units per billable hour.
  public var currentRate: Fraction?
  public var breakEvenRate: Fraction?
  public var proposedRate: Fraction?
  /// The currency the client is billed in, and the proposed rate in it (minor units per hour).
  public var clientCurrency: Currency?
  public var proposedRateInClientCurrency: Fraction?
  public var increaseNeeded: Fraction?
  /// The client's share of the revenue over the year to as-of.
  public var share: Fraction?
  public var tenureDays: Int?
  /// The latest attempt to fix things (warning, fix-attempt, rate-proposed, boundary-set).
  public var lastAttempt: Incident?
  /// When to look again (new), to hear back (renegotiate, fix) or to be gone (phase-out).
  public var deadline: Day?
  /// When a proposed rate or new terms take effect: the first of the month after the deadline, or
  /// the renewal when the contract ends by then (renegotiate, and fix without an attempt yet).
  public var effectiveFrom: Day?
  public var exitCause: ExitCause?
  /// earned(W) a month, the revenue a phase-out must replace; nil on every other recommendation.
  public var monthlyRevenue: Fraction?
  /// Why: the figures, flags and incidents that led to the recommendation.
  public var reasons: [LocalizedText]
  /// What to do: the fixes, the proposal, or the exit plan.
  public var plan: [LocalizedText]
  /// One fix per cause of the loss (fix) or per flag (watch); the rate alone on renegotiate.
  public var remedies: [Remedy]
  /// Incidents over all the data, oldest first: the documentation an exit or a fix needs.
  public var incidents: [Incident]
  /// What is owed either way, and the contract's terms: what an exit settles and a letter states.
  public var settlement: Settlement
  /// `--refund AMOUNT` weighed; nil without `--refund` or when the card shows no exit figures.
  public var refundWeighed: RefundWeighed?
  /// The smallest single change that would make the client break even over W; set on the
  /// recommendations of a losing client (rules 7 to 12), nil on the others.
  public var sensitivity: Sensitivity?

  public init(
    client: ClientKey, name: String, recommendation: Recommendation, window: ClientFigures, windowStart: Day,
    windowEnd: Day, settlement: Settlement
  ) {
    self.settlement = settlement
    self.client = client
    self.name = name
    self.recommendation = recommendation
    self.rule = 0
    self.window = window
    self.windowStart = windowStart
    self.windowEnd = windowEnd
    self.reasons = []
    self.plan = []
    self.remedies = []
    self.incidents = []
  }
}

/// One refund weighed against staying (`--refund AMOUNT`, spec §5).
public struct RefundWeighed: Sendable, Equatable {
  public var amount: Money
  /// continueLoss − (amount + exitCost): positive means leaving with this refund beats staying.
  public var gainOfLeaving: Fraction
  /// What the client paid in W: a refund above it gives back more than they paid.
  public var paidInWindow: Money
  /// The client's open balance past due (bad debt included): collect or net it first.
  public var owedPastDue: Money

  public init(amount: Money, gainOfLeaving: Fraction, paidInWindow: Money, owedPastDue: Money) {
    self.amount = amount
    self.gainOfLeaving = gainOfLeaving
    self.paidInWindow = paidInWindow
    self.owedPastDue = owedPastDue
  }
}
