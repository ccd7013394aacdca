import Domain

/// Everything the calculation needs to know besides the ledger (spec §2 and §3), already
/// resolved from flags, `clientworth.json` and defaults by the command line.
public struct Settings: Sendable {
  /// The report currency; every amount has been converted into it before analysis.
  public var currency: Currency
  /// What one hour of your time costs you; nil: profit ignores time cost (and a warning says so).
  public var costRate: Money?
  /// The effective rate you aim for.
  public var targetRate: Money?
  /// Yearly cost of money, for carrying late receivables.
  public var capitalRate: Fraction = Fraction(1, 10)
  public var paymentTermsDays: Int = 30
  public var writeOffAfterDays: Int = 90
  public var lateDaysThreshold: Fraction = Fraction(14)
  public var nonBillableThreshold: Fraction = Fraction(1, 4)
  public var windowDays: Int = 90
  public var horizonMonths: Fraction = Fraction(6)
  public var maxRateIncrease: Fraction = Fraction(1, 2)
  public var exitCollectionRisk: Fraction = Fraction.zero
  /// Per-client terms, by client key.
  public var clients: [ClientKey: ClientTerms] = [:]
  /// `--from` / `--to`, inclusive; nil: unbounded.
  public var from: Day?
  public var to: Day?
  /// `--as-of`; nil: the latest date among time entries, invoice issue dates and payment dates.
  public var asOf: Day?

  public init(currency: Currency) {
    self.currency = currency
  }
}

/// What the settings know of one client's contract (spec §2 `clients`).
public struct ClientTerms: Sendable, Equatable {
  public var contractEnd: Day?
  /// Hours still owed on exit.
  public var wrapUpHours: Fraction?

  public init(contractEnd: Day? = nil, wrapUpHours: Fraction? = nil) {
    self.contractEnd = contractEnd
    self.wrapUpHours = wrapUpHours
  }
}
