import Domain

/// Everything the calculation needs to know besides the ledger (spec §2 and §3), already
/// resolved from flags, `clientworth.json` and defaults by the command line.
public struct Settings: Sendable {
  /// The report currency; every amount has been converted into it before analysis.
  public var currency: Currency
  /// What an hour of each person's time costs (spec §2 `costRate`, `people`); with none, and no
  /// cost rate in the data, cost, profit and margin are unknown (and a warning says so), and
  /// there is no decision.
  public var costRates = CostRates()
  /// The name the settings' `people` give each spelling of a person (name and aliases), by key:
  /// what a breakdown by person shows.
  public var personNames: [ClientKey: String] = [:]
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
  /// A client younger than this many days is too new to judge.
  public var minHistoryDays: Int = 60
  /// How many days a recorded attempt to fix things gets before exit is advised.
  public var fixDays: Int = 30
  /// The share of revenue at or above which a client is a concentration risk.
  public var concentrationThreshold: Fraction = Fraction(1, 4)
  /// Per-client terms, by client key.
  public var clients: [ClientKey: ClientTerms] = [:]
  /// `--from` / `--to`, inclusive; nil: unbounded.
  public var from: Day?
  public var to: Day?
  /// `--as-of`; nil: the latest date among time entries, invoice issue dates and payment dates.
  public var asOf: Day?
  /// The settings' `rates` (report-currency units per one foreign unit), for proposing a rate in
  /// the currency a client is billed in.
  public var rates: [Currency: Fraction] = [:]
  /// The currency each client is billed in, found before the ledger was converted
  /// (`ClientCurrency.of(_:reportCurrency:)`); a client absent is billed in the report currency.
  public var clientCurrencies: [ClientKey: Currency] = [:]

  public init(currency: Currency) {
    self.currency = currency
  }

  /// Whether any hour of `ledger` can be costed: a cost rate in the settings, or rows that carry
  /// their own. Without one, cost, profit and margin are unknown and there is no decision.
  public func hasCostRate(for ledger: Ledger) -> Bool {
    !costRates.isEmpty || ledger.timeEntries.hasCostRates
  }

  /// The default cost rate in force from its latest step (what the report and its chart show);
  /// setting it makes it one rate for every day (`whatif --cost-rate`), people's own rates kept.
  public var costRate: Money? {
    get { costRates.standard?.current }
    set { costRates.standard = newValue.map(DatedRate.init) }
  }
}

/// What the settings know of one client's contract (spec §2 `clients`).
public struct ClientTerms: Sendable, Equatable {
  public var contractEnd: Day?
  /// Hours still owed on exit.
  public var wrapUpHours: Fraction?
  /// Whether invoices bill the work before them (the default) or the work after them (spec §3a).
  public var billing: Billing

  public init(contractEnd: Day? = nil, wrapUpHours: Fraction? = nil, billing: Billing = .arrears) {
    self.contractEnd = contractEnd
    self.wrapUpHours = wrapUpHours
    self.billing = billing
  }
}

/// When a client's invoices are issued against its work (spec §2 `clients.<name>.billing`).
public enum Billing: String, Sendable, CaseIterable {
  /// An invoice bills the work done since the one before (monthly in arrears).
  case arrears
  /// An invoice pays for the work until the next one (a retainer paid up front).
  case advance
}
