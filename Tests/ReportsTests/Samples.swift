import Analysis
import Decisions
import Domain

/// Hand-built reports and decisions for the renderers' tests. The renderers only read these
/// values, so the figures are chosen to exercise the output, not computed from a ledger.
enum Samples {
  static let usd = Currency(code: "USD") ?? .unknown
  static let asOf = day("2026-10-31")

  static func day(_ text: String) -> Day { Day(iso: text) ?? Day(daysSinceEpoch: 0) }
  static func usd(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: usd) }
  /// Hours written as a decimal (`"120.5"`), as seconds.
  static func hours(_ text: String) -> Int64 {
    Int64(((Fraction(decimal: text) ?? .zero) * Fraction(3600)).roundedHalfEven())
  }

  /// A client row; figures not given are zero or unknown.
  static func client(
    _ name: String, seconds: Int64 = 0, billableSeconds: Int64? = nil, invoiced: Int64 = 0, collected: Int64 = 0,
    badDebt: Int64 = 0, unbilled: Int64? = 0, cost: Int64 = 0, carryingCost: Int64 = 0, opportunityCost: Int64 = 0,
    avgDaysLate: Fraction? = nil, maxDaysLate: Int? = nil, overdue: [Int64] = [0, 0, 0, 0], current: Int64 = 0,
    share: Fraction? = nil, flags: [Flag] = []
  ) -> ClientFigures {
    var figures = Figures(currency: usd)
    figures.seconds = seconds
    figures.billableSeconds = billableSeconds ?? seconds
    // Billed at $95 an hour.
    let value = Fraction(Int128(figures.billableSeconds) * 9500, 3600).roundedHalfEven()
    figures.billableValue = seconds > 0 ? usd(Int64(value)) : nil
    fill(
      &figures, invoiced: invoiced, collected: collected, badDebt: badDebt, unbilled: unbilled, cost: cost,
      carryingCost: carryingCost)
    figures.opportunityCost = figures.earned == nil ? nil : usd(opportunityCost)
    figures.share = share
    figures.avgDaysLate = avgDaysLate
    figures.avgDaysToPay = avgDaysLate.map { $0 + Fraction(30) }
    figures.lateShare = avgDaysLate.map { $0.isZero ? .zero : Fraction(2, 3) }
    figures.maxDaysLate = maxDaysLate
    var aging = Aging(currency: usd)
    aging.current = usd(current)
    aging.days1to30 = usd(overdue[0])
    aging.days31to60 = usd(overdue[1])
    aging.days61to90 = usd(overdue[2])
    aging.over90 = usd(overdue[3])
    return ClientFigures(client: ClientKey(name), name: name, figures: figures, aging: aging, flags: flags)
  }

  /// The money figures that follow from the others: outstanding, net revenue, earned, profit, rates,
  /// margin.
  static func fill(
    _ figures: inout Figures, invoiced: Int64, collected: Int64, badDebt: Int64, unbilled: Int64?, cost: Int64,
    carryingCost: Int64
  ) {
    figures.invoiced = usd(invoiced)
    figures.collected = usd(collected)
    figures.outstanding = usd(invoiced - collected)
    figures.badDebt = usd(badDebt)
    figures.netRevenue = usd(invoiced - badDebt)
    figures.unbilledValue = unbilled.map(usd)
    figures.earned = unbilled.map { usd(invoiced - badDebt + $0) }
    figures.cost = usd(cost)
    figures.expenses = usd(0)
    figures.carryingCost = usd(carryingCost)
    figures.profit = figures.earned.map { $0 - usd(cost) - figures.carryingCost }
    if figures.seconds > 0 {
      figures.effectiveRate = figures.earned.map { $0.exact / figures.hours }
      figures.collectedRate = figures.collected.exact / figures.hours
    }
    if let value = figures.billableValue, !value.isZero { figures.realization = figures.invoiced.exact / value.exact }
    if let earned = figures.earned, let profit = figures.profit, earned.minorUnits > 0 {
      figures.margin = profit.exact / earned.exact
    }
  }

  /// Seven clients: two losing money, one idle, one paid more than invoiced whose unbilled work has
  /// no known value, one never invoiced, names in four scripts.
  static var report: ProfitabilityReport {
    let clients = [
      client(
        "Acme Corp", seconds: hours("120.5"), billableSeconds: hours("110"), invoiced: 1_200_000, collected: 1_000_000,
        unbilled: 45_050, cost: 783_250, carryingCost: 1_234, avgDaysLate: Fraction(2469, 200), maxDaysLate: 31,
        overdue: [50_000, 0, 0, 0], current: 150_000, share: Fraction(4012, 10_000), flags: [.concentration]),
      client(
        "Kettle & Crane Ltd", seconds: hours("96"), billableSeconds: hours("60"), invoiced: 410_000, collected: 250_000,
        badDebt: 80_000, cost: 624_000, carryingCost: 11_040, opportunityCost: 582_000, avgDaysLate: Fraction(91, 2),
        maxDaysLate: 120, overdue: [0, 0, 80_000, 80_000], share: Fraction(1, 8),
        flags: [.scopeCreep, .losing, .latePayer]),
      client(
        "Vexley Media", seconds: hours("40.25"), invoiced: 160_000, collected: 160_000, cost: 262_000,
        opportunityCost: 222_375, avgDaysLate: Fraction(0), maxDaysLate: 0, share: Fraction(5, 100),
        flags: [.losing, .belowTarget, .conduct]),
      client("Quiet Co"),
      client(
        "東京デザイン株式会社", seconds: hours("30"), invoiced: 450_000, collected: 300_000, cost: 195_000,
        carryingCost: 305, avgDaysLate: Fraction(5, 3), maxDaysLate: 5, current: 150_000, share: Fraction(15, 100)),
      client(
        "شركة الأفق للتصميم", seconds: hours("12.75"), invoiced: 150_000, collected: 152_500, unbilled: nil,
        cost: 82_875, avgDaysLate: Fraction(0), maxDaysLate: 0),
      client(
        "Café Société Genève", seconds: hours("8"), invoiced: 0, unbilled: 76_000, cost: 52_000,
        share: Fraction(2, 100), flags: [.unbilled]),
    ]
    var report = ProfitabilityReport(
      asOf: asOf, from: nil, to: nil, currency: usd, clients: clients, totals: totals(of: clients),
      costRateMissing: false)
    report.diagnostics = [
      Diagnostic(file: "payments.csv", line: 7, column: 1, severity: .warning, message: "payment for no known invoice"),
      Diagnostic(file: "time.csv", line: nil, column: nil, severity: .error, message: "a \"quoted\"\tmessage"),
    ]
    return report
  }

  /// Sums of the clients' figures (over the clients where a figure is known), with the rates
  /// recomputed from the sums (spec §4 "Totals").
  static func totals(of clients: [ClientFigures]) -> Figures {
    var totals = Figures(currency: usd)
    totals.seconds = clients.reduce(0) { $0 + $1.figures.seconds }
    totals.billableSeconds = clients.reduce(0) { $0 + $1.figures.billableSeconds }
    totals.billableValue = clients.compactMap(\.figures.billableValue).reduce(usd(0), +)
    func sum(_ path: KeyPath<Figures, Money>) -> Int64 {
      clients.reduce(0) { $0 + $1.figures[keyPath: path].minorUnits }
    }
    func known(_ path: KeyPath<Figures, Money?>) -> Int64 {
      clients.reduce(0) { $0 + ($1.figures[keyPath: path]?.minorUnits ?? 0) }
    }
    fill(
      &totals, invoiced: sum(\.invoiced), collected: sum(\.collected), badDebt: sum(\.badDebt),
      unbilled: known(\.unbilledValue), cost: known(\.cost), carryingCost: sum(\.carryingCost))
    // Earned and profit over the clients whose earned is known (all but one).
    totals.earned = usd(known(\.earned))
    totals.profit = usd(known(\.profit))
    totals.effectiveRate = totals.earned.map { $0.exact / Fraction(Int128(totals.seconds - hours("12.75")), 3600) }
    totals.opportunityCost = usd(known(\.opportunityCost))
    totals.share = Fraction(8212, 10_000)
    totals.avgDaysLate = Fraction(1087, 100)
    totals.avgDaysToPay = Fraction(4087, 100)
    totals.lateShare = Fraction(5, 12)
    totals.maxDaysLate = 120
    return totals
  }
}
