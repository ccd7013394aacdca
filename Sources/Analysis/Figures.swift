import Domain

/// The figures of spec §4 for one client or for the totals, exact.
///
/// Money is whole minor units of the report currency (already rounded where the spec rounds).
/// Rates are exact minor units per hour; shares and averages are exact fractions. Renderers
/// round them for display only. Optional means the spec's null.
public struct Figures: Sendable, Equatable {
  /// All tracked time, billable or not, in seconds.
  public var seconds: Int64
  public var billableSeconds: Int64
  /// Σ billable value; nil when the data has neither an amount nor a rate for any billable entry.
  public var billableValue: Money?
  public var invoiced: Money
  public var collected: Money
  public var outstanding: Money
  public var badDebt: Money
  public var netRevenue: Money
  /// The estimated value of the period's unbilled billable work (spec §3a); nil when it cannot be
  /// valued.
  public var unbilledValue: Money?
  /// What the period's work earned: invoices attributed to the work they bill, plus the unbilled
  /// value (spec §3a); nil when the unbilled work cannot be valued.
  public var earned: Money?
  /// earned / hours, in minor units per hour.
  public var effectiveRate: Fraction?
  /// collected / hours, in minor units per hour.
  public var collectedRate: Fraction?
  public var realization: Fraction?
  public var expenses: Money
  /// The cost of the time: Σ each entry's seconds × its person's rate on its day (or its row's
  /// own cost rate), rounded once, + expenses; nil without a rate for every entry.
  public var cost: Money?
  /// The time's part of `cost`, exact (minor units); nil when `cost` is.
  public var timeCost: Fraction?
  public var carryingCost: Money
  /// earned − cost − carryingCost; nil without a cost rate or when earned is unknown.
  public var profit: Money?
  public var margin: Fraction?
  /// The client's earned over the year to as-of ÷ every client's positive earned over it.
  public var share: Fraction?
  /// max(0, hours × benchmark − earned); nil when earned is unknown.
  public var opportunityCost: Money?
  /// Amount-weighted mean days late over the lateness items (bad-debt balances included); nil when
  /// there are none, or when their amounts sum to zero.
  public var avgDaysLate: Fraction?
  /// Amount-weighted mean days from issue to payment over the dated payments received by as-of.
  /// Credit notes are left out: money going back to the client is not a payment of theirs.
  public var avgDaysToPay: Fraction?
  /// Share, by count, of lateness items with daysLate > 0.
  public var lateShare: Fraction?
  public var maxDaysLate: Int?

  /// All-zero figures: the starting point for a client with no facts.
  public init(currency: Currency) {
    let zero = Money.zero(currency)
    seconds = 0
    billableSeconds = 0
    billableValue = nil
    invoiced = zero
    collected = zero
    outstanding = zero
    badDebt = zero
    netRevenue = zero
    unbilledValue = zero
    earned = zero
    effectiveRate = nil
    collectedRate = nil
    realization = nil
    expenses = zero
    cost = nil
    timeCost = nil
    carryingCost = zero
    profit = nil
    margin = nil
    share = nil
    opportunityCost = zero
    avgDaysLate = nil
    avgDaysToPay = nil
    lateShare = nil
    maxDaysLate = nil
  }

  /// Hours as an exact fraction (seconds / 3600).
  public var hours: Fraction { Fraction(Int128(seconds), 3600) }
  public var billableHours: Fraction { Fraction(Int128(billableSeconds), 3600) }

  /// What an hour of this time cost on average (timeCost / hours, minor units per hour); nil
  /// when unknown or there is no time.
  public var costPerHour: Fraction? {
    guard let timeCost, seconds > 0 else { return nil }
    return timeCost / hours
  }
}
