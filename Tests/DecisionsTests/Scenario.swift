import Analysis
import Domain

@testable import Decisions

/// Hand-built inputs for the pure decision rules: one client, its figures over W and over all
/// data, and the settings, with every figure the rules read set explicitly.
struct Scenario {
  static let usd = Currency(code: "USD") ?? .unknown
  static let client = ClientKey("Acme")
  /// W = 2026-07-03 … 2026-09-30 with the default 90 days.
  static let asOf = Day(year: 2026, month: 9, day: 30) ?? Day(daysSinceEpoch: 0)
  /// A year before as-of: the default client is long past minHistoryDays.
  static let longAgo = asOf - 365

  var settings: Settings
  var window: ClientFigures
  var allData: ClientFigures
  var refund: Money?
  var size: ClientSize = .small
  var bandedFlags: [BandedFlag] = []

  /// A client with no facts anywhere but a first day a year ago, costRate $50.00 an hour.
  init() {
    settings = Settings(currency: Scenario.usd)
    settings.costRate = Scenario.money(5000)
    window = Scenario.figures()
    allData = Scenario.figures()
  }

  static func money(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: usd) }

  static func day(_ offset: Int) -> Day { asOf + offset }

  /// Figures as the calculator would give them, from time, invoices and costs: netRevenue, earned
  /// (= netRevenue plus `unbilled`), cost, profit, outstanding and the effective rate follow from
  /// the arguments, and each kind of fact counts once when its sum is not zero (unless its count
  /// is given). `costRate` nil leaves cost and profit unknown.
  static func figures(
    seconds: Int64 = 0, billableSeconds: Int64? = nil, invoiced: Int64 = 0, collected: Int64? = nil,
    badDebt: Int64 = 0, unbilled: Int64? = 0, expenses: Int64 = 0, costRate: Int64? = 5000, carryingCost: Int64 = 0,
    flags: [Flag] = [], incidents: [Incident] = [], timeEntryCount: Int? = nil, invoiceCount: Int? = nil,
    share: Fraction? = nil, paid: Int64? = nil
  ) -> ClientFigures {
    var figures = Figures(currency: usd)
    figures.seconds = seconds
    figures.billableSeconds = billableSeconds ?? seconds
    figures.invoiced = money(invoiced)
    figures.collected = money(collected ?? invoiced)
    figures.outstanding = figures.invoiced - figures.collected
    figures.badDebt = money(badDebt)
    figures.netRevenue = figures.invoiced - figures.badDebt
    figures.unbilledValue = unbilled.map(money)
    figures.earned = unbilled.map { figures.netRevenue + money($0) }
    figures.expenses = money(expenses)
    figures.carryingCost = money(carryingCost)
    if let costRate {
      let cost = Money(exactMinorUnits: figures.hours * Fraction(costRate), currency: usd) + figures.expenses
      figures.cost = cost
      figures.profit = figures.earned.map { $0 - cost - figures.carryingCost }
      if let profit = figures.profit, let earned = figures.earned, earned.minorUnits > 0 {
        figures.margin = profit.exact / earned.exact
      }
    }
    if seconds > 0 { figures.effectiveRate = figures.earned.map { $0.exact / figures.hours } }
    figures.share = share
    return ClientFigures(
      client: client, name: "Acme", figures: figures, aging: Aging(currency: usd), flags: flags,
      incidents: incidents, timeEntryCount: timeEntryCount ?? (seconds != 0 ? 1 : 0),
      invoiceCount: invoiceCount ?? (invoiced != 0 ? 1 : 0), expenseCount: expenses != 0 ? 1 : 0,
      firstDay: longAgo, paidInPeriod: money(paid ?? collected ?? invoiced))
  }

  /// 100 hours (80 billable) at a cost of $50.00 an hour, invoiced $4,000.00: profit −$1,000.00.
  static var losing: ClientFigures {
    figures(seconds: 360_000, billableSeconds: 288_000, invoiced: 400_000, flags: [.losing])
  }

  /// 100 billable hours at a cost of $50.00 an hour, invoiced $6,000.00: profit $1,000.00.
  static var profitable: ClientFigures { figures(seconds: 360_000, invoiced: 600_000) }

  static func incident(_ kind: IncidentKind, _ offset: Int, note: String? = nil) -> Incident {
    Incident(day: day(offset), client: client, kind: kind, note: note)
  }

  var input: DecisionInput {
    var input = DecisionInput(
      window: window, allData: allData, settings: settings, asOf: Scenario.asOf, refund: refund, size: size)
    input.bandedFlags = bandedFlags
    return input
  }

  func decide() -> Decision { DecisionRules.decide(input) }

  /// The client's terms in the settings, created on first use.
  var terms: ClientTerms {
    get { settings.clients[Scenario.client] ?? ClientTerms() }
    set { settings.clients[Scenario.client] = newValue }
  }

  /// A losing client with an attempt recorded `daysAgo` days before as-of, over W and all data.
  static func losing(attemptDaysAgo daysAgo: Int, kind: IncidentKind = .warning) -> Scenario {
    var scenario = Scenario()
    scenario.window = losing
    scenario.allData = losing
    scenario.allData.incidents = [incident(kind, -daysAgo, note: "Extra rounds billed from now on")]
    return scenario
  }
}
