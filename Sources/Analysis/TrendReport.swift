import Domain

/// The figures of spec §4 period by period (`clientworth trend`, and the HTML report's monthly
/// charts): a pure value every renderer reads.
public struct TrendReport: Sendable, Equatable {
  /// The as-of every period is measured at: the profitability report's.
  public var asOf: Day
  /// `--from` / `--to`, as the profitability report has them.
  public var from: Day?
  public var to: Day?
  public var currency: Currency
  public var interval: TrendInterval
  /// From the first to the last period with a fact in it, quiet periods between included.
  public var periods: [TrendPeriod]
  /// Every client of the profitability report over the same `--from`/`--to`, sorted by name.
  public var clients: [ClientTrend]
  /// Every client's totals, one point per period (inactive when no client had a fact in it).
  public var totals: [TrendPoint]
  /// The settings' rates, for the reference lines of the charts.
  public var costRate: Money?
  public var targetRate: Money?
  /// Warnings the calculation raised over the whole ledger (the same as the report's).
  public var diagnostics: [Diagnostic] = []

  public init(
    asOf: Day, from: Day?, to: Day?, currency: Currency, interval: TrendInterval, periods: [TrendPeriod],
    clients: [ClientTrend], totals: [TrendPoint], costRate: Money? = nil, targetRate: Money? = nil
  ) {
    self.asOf = asOf
    self.from = from
    self.to = to
    self.currency = currency
    self.interval = interval
    self.periods = periods
    self.clients = clients
    self.totals = totals
    self.costRate = costRate
    self.targetRate = targetRate
  }
}
