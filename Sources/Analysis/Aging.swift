import Domain

/// Open balances at as-of by days past due (spec §4 `aging`): current (0 or fewer days), 1-30,
/// 31-60, 61-90 and 90+ (91 days on).
///
/// Bad debt is included: written off or not, it is still unpaid, so the buckets add up to every
/// open balance of the period's invoices. Credit notes and overpaid invoices have none.
public struct Aging: Sendable, Equatable {
  /// Not yet due.
  public var current: Money
  public var days1to30: Money
  public var days31to60: Money
  public var days61to90: Money
  public var over90: Money

  public init(currency: Currency) {
    current = .zero(currency)
    days1to30 = .zero(currency)
    days31to60 = .zero(currency)
    days61to90 = .zero(currency)
    over90 = .zero(currency)
  }

  /// The buckets with their spec names, in order: `current`, `1-30`, `31-60`, `61-90`, `90+`.
  public var buckets: [(name: String, amount: Money)] {
    [
      ("current", current), ("1-30", days1to30), ("31-60", days31to60), ("61-90", days61to90),
      ("90+", over90),
    ]
  }

  /// Past-due total (every bucket but current).
  public var overdue: Money { days1to30 + days31to60 + days61to90 + over90 }
}
