import Analysis
import Domain
import Testing

@testable import Decisions

/// `whatif` runs the real analysis on changed facts: with no change it is the plain report and
/// decisions; each change does to the facts what docs/spec.md "What if" says, checked on a ledger
/// small enough to work out by hand.
@Suite struct WhatIfTests {
  static let usd = Scenario.usd
  static func money(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: usd) }
  static func day(_ month: Int, _ day: Int) -> Day { Day(year: 2026, month: month, day: day) ?? Day(daysSinceEpoch: 0) }

  @Test(arguments: Array(UInt64(1)...20))
  func noChangeIsThePlainReportAndDecisions(seed: UInt64) throws {
    var random = RandomLedger(seed: seed)
    random.settings.costRate = random.settings.costRate ?? Self.money(4_000)
    let report = try WhatIf.compare(ledger: random.ledger, settings: random.settings, changes: [])
    #expect(report.before == FigureCalculator.report(ledger: random.ledger, settings: random.settings))
    #expect(report.beforeDecisions == (try DecisionMaker.decide(ledger: random.ledger, settings: random.settings)))
    #expect(report.after == report.before)
    #expect(report.afterDecisions == report.beforeDecisions)
    #expect(report.flips.isEmpty)
    #expect(report.yearlyProfitAfter == report.yearlyProfitBefore)
  }

  /// One client: 10 billable hours worth $1,000.00 and 4 non-billable in July, invoice W-1 of
  /// $1,000.00 issued 07-31, due 08-30, paid 09-09 (10 days late); as-of 09-30, cost $50.00 an hour.
  static func ledger() -> (Ledger, Settings, ClientKey) {
    var directory = ClientDirectory()
    let client = directory.key(for: "Willow")
    var ledger = Ledger(clients: directory)
    ledger.timeEntries = [
      TimeEntry(day: day(7, 10), client: client, seconds: 36_000, value: money(100_000)),
      TimeEntry(day: day(7, 20), client: client, seconds: 14_400, billable: false),
    ]
    ledger.invoices = [
      Invoice(number: "W-1", client: client, issued: day(7, 31), amount: money(100_000), paidDay: day(9, 9))
    ]
    var settings = Settings(currency: usd)
    settings.costRate = money(5_000)
    settings.targetRate = money(9_000)
    settings.asOf = day(9, 30)
    return (ledger, settings, client)
  }

  /// The same, W-1 paid by a payments-file row rather than its own paid date.
  static func ledgerWithPaymentsFile() -> (Ledger, Settings, ClientKey) {
    var (ledger, settings, client) = ledger()
    ledger.invoices[0].paidDay = nil
    ledger.payments = [Payment(invoiceNumber: "W-1", day: day(9, 9), amount: money(100_000))]
    return (ledger, settings, client)
  }

  static func after(
    _ changes: [WhatIfChange], refill: Bool = true, paymentsFile: Bool = false
  ) throws -> ClientFigures? {
    let (ledger, settings, client) = paymentsFile ? ledgerWithPaymentsFile() : ledger()
    let report = try WhatIf.compare(ledger: ledger, settings: settings, changes: changes, refill: refill)
    return report.after.clients.first { $0.client == client }
  }

  @Test(arguments: [false, true])
  func aRateRiseScalesTheValuesTheInvoicesAndThePayments(paymentsFile: Bool) throws {
    let (_, _, client) = Self.ledger()
    let figures = try #require(try Self.after([.rate(client, .by(Fraction(1, 5)))], paymentsFile: paymentsFile)).figures
    #expect(figures.billableValue == Self.money(120_000))
    #expect(figures.invoiced == Self.money(120_000))
    #expect(figures.collected == Self.money(120_000))
    #expect(figures.earned == Self.money(120_000))
    // 14 h × $50.00 = $700.00; carrying $1,200.00 × 10% × 10 / 365 = $3.29.
    #expect(figures.profit == Self.money(120_000 - 70_000 - 329))
  }

  @Test func aRateSetToAnAmountIsAChangeByItOverTheCurrentRate() throws {
    let (_, _, client) = Self.ledger()
    // The current rate over W is $1,000.00 ÷ 10 h = $100.00: $130.00 is a 30% rise.
    let figures = try #require(try Self.after([.rate(client, .to(Self.money(13_000)))])).figures
    #expect(figures.invoiced == Self.money(130_000))
  }

  @Test func billingNonBillableHoursGrowsTheInvoiceOfTheirSpan() throws {
    let (_, _, client) = Self.ledger()
    let figures = try #require(try Self.after([.billNonBillable(client, Fraction(1, 2))])).figures
    // 2 of the 4 hours become billable at $100.00 an hour; W-1 bills 12 h instead of 10.
    #expect(figures.billableSeconds == 43_200)
    #expect(figures.seconds == 50_400)
    #expect(figures.billableValue == Self.money(120_000))
    #expect(figures.invoiced == Self.money(120_000))
    #expect(figures.earned == Self.money(120_000))
  }

  @Test(arguments: [false, true])
  func shorterTermsMoveThePaymentsWithTheDueDate(paymentsFile: Bool) throws {
    let (_, _, client) = Self.ledger()
    let figures = try #require(try Self.after([.terms(client, days: 15)], paymentsFile: paymentsFile)).figures
    // Due 08-15 instead of 08-30: the payment moves from 09-09 to 08-25, still 10 days late.
    #expect(figures.avgDaysLate == Fraction(10))
    #expect(figures.avgDaysToPay == Fraction(25))
  }

  @Test(arguments: [false, true])
  func aDepositPaysItsShareOnTheIssueDate(paymentsFile: Bool) throws {
    let (_, _, client) = Self.ledger()
    let figures = try #require(try Self.after([.deposit(client, Fraction(3, 10))], paymentsFile: paymentsFile)).figures
    // $300.00 on 07-31 (0 days late), $700.00 on 09-09 (10 days late).
    #expect(figures.collected == Self.money(100_000))
    #expect(figures.avgDaysLate == Fraction(7))
    #expect(figures.carryingCost == Self.money(192))  // $700.00 × 10% × 10 / 365 = $1.92
  }

  @Test func aDroppedClientsHoursAreRefilledAtTheTargetRateOrLeftIdle() throws {
    let (ledger, settings, client) = Self.ledger()
    let refilled = try WhatIf.compare(ledger: ledger, settings: settings, changes: [.drop(client)])
    #expect(refilled.after.clients.map(\.name) == ["Willow (refill)"])
    let refill = try #require(refilled.after.clients.first)
    // 14 h at $90.00, billed on 07-31 and paid that day.
    #expect(refill.figures.earned == Self.money(126_000))
    #expect(refill.figures.invoiced == Self.money(126_000))
    #expect(refill.figures.avgDaysLate == .zero)
    let idle = try WhatIf.compare(ledger: ledger, settings: settings, changes: [.drop(client)], refill: false)
    #expect(idle.after.clients.isEmpty)
    #expect(idle.clients.map(\.name) == ["Willow"])
    #expect(idle.clients.first?.after == nil)
  }

  /// Willow's 4 non-billable hours are Sam's, who costs $30.00 an hour (the settings' people), or
  /// whose row carries its own cost of $20.00 an hour (a Harvest `Cost Rate`); Maya's 10 billable
  /// hours cost the default $50.00. The hours billed or refilled are the same people's work, so
  /// they keep their cost: before, $500.00 + $120.00 = $620.00 (or $500.00 + $80.00 = $580.00).
  @Test(arguments: [false, true])
  func billedAndRefilledHoursKeepTheirPeoplesCost(rowCost: Bool) throws {
    var (ledger, settings, client) = Self.ledger()
    ledger.timeEntries = [
      TimeEntry(
        day: Self.day(7, 10), client: client, person: "Maya Ortiz", seconds: 36_000, value: Self.money(100_000)),
      TimeEntry(
        day: Self.day(7, 20), client: client, project: "Support", person: "Sam Reyes", seconds: 14_400,
        billable: false, value: rowCost ? Self.money(0) : nil, costSeconds: rowCost ? 14_400 * 2_000 : nil),
    ]
    settings.costRates.people = [ClientKey("Sam Reyes"): DatedRate(Self.money(3_000))]
    let cost = Self.money(rowCost ? 58_000 : 62_000)

    let billed = try WhatIf.compare(
      ledger: ledger, settings: settings, changes: [.billNonBillable(client, Fraction(1, 2))])
    let figures = try #require(billed.after.clients.first { $0.client == client }).figures
    #expect(figures.billableSeconds == 43_200)
    #expect(figures.cost == cost)

    let refilled = try WhatIf.compare(ledger: ledger, settings: settings, changes: [.drop(client)])
    let refill = try #require(refilled.after.clients.first)
    #expect(refill.name == "Willow (refill)")
    #expect(refill.figures.earned == Self.money(126_000))
    #expect(refill.figures.cost == cost)
  }

  @Test func aCostRateChangesCostAndProfitOnly() throws {
    let figures = try #require(try Self.after([.costRate(Self.money(6_000))])).figures
    #expect(figures.cost == Self.money(84_000))
    #expect(figures.earned == Self.money(100_000))
  }

  @Test func theErrorsSayWhatIsMissing() throws {
    var (ledger, settings, client) = Self.ledger()
    settings.targetRate = nil
    #expect(throws: WhatIfError.noTargetRateToRefill) {
      try WhatIf.compare(ledger: ledger, settings: settings, changes: [.drop(client)])
    }
    ledger.invoices.removeAll()
    ledger.timeEntries = [TimeEntry(day: Self.day(9, 1), client: client, seconds: 3600, billable: false)]
    #expect(throws: WhatIfError.noCurrentRate("Willow")) {
      try WhatIf.compare(ledger: ledger, settings: settings, changes: [.rate(client, .to(Self.money(10_000)))])
    }
    settings.costRate = nil
    #expect(throws: WhatIfError.costRateMissing) {
      try WhatIf.compare(ledger: ledger, settings: settings, changes: [])
    }
    // A rate for someone else only: the hours of W have none, and the decisions say so.
    settings.costRates.people = [ClientKey("Someone Else"): DatedRate(Self.money(5_000))]
    #expect(throws: WhatIfError.decision(.hoursWithoutCostRate(clients: ["Willow"]))) {
      try WhatIf.compare(ledger: ledger, settings: settings, changes: [])
    }
  }
}
