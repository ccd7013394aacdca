import Analysis
import Domain
import Testing

@testable import Decisions

/// The ledger-level entry point: as-of, the two reports (W and all data), clients missing from
/// W, the order and the diagnostics.
@Suite struct DecisionMakerTests {
  @Test func windowHoldsExactlyWindowDaysEndingOnAsOf() {
    // 2026-09-30 back 90 days inclusive: July 3 (29 days) + August (31) + September (30) = 90.
    #expect(TrailingWindow.start(asOf: Scenario.asOf, windowDays: 90) == Day(year: 2026, month: 7, day: 3))
    #expect(TrailingWindow.start(asOf: Scenario.asOf, windowDays: 1) == Scenario.asOf)
  }

  @Test func hugeWindowStopsAtTheEarliestDay() {
    #expect(TrailingWindow.start(asOf: Scenario.asOf, windowDays: Int(Int32.max)) == Day(year: 1, month: 1, day: 1))
  }

  @Test func clientMissingFromTheWindowKeepsItsIncidentsInTheWindow() {
    var client = Scenario.losing
    client.incidents = [Scenario.incident(.abuse, -90), Scenario.incident(.abuse, -89), Scenario.incident(.threat, 1)]
    let idle = DecisionMaker.idle(client, from: Scenario.day(-89), to: Scenario.asOf, Scenario.usd)
    #expect(idle.figures == Figures(currency: Scenario.usd))
    #expect(idle.flags.isEmpty)
    #expect(idle.timeEntryCount == 0 && idle.invoiceCount == 0 && idle.expenseCount == 0)
    #expect(idle.incidents == [Scenario.incident(.abuse, -89)])
    #expect(idle.name == "Acme")
  }

  @Test func decidesEveryClientOfTheLedgerSortedByName() {
    let report = DecisionMaker.decide(ledger: SampleLedger.ledger, settings: SampleLedger.settings)
    #expect(report.asOf == SampleLedger.asOf)
    #expect(report.currency == Scenario.usd)
    #expect(report.decisions.map(\.name) == ["Acme", "Bolt", "Crane", "Dune"])
    #expect(
      report.decisions.map(\.recommendation) == [.renegotiate, .inactive, .exitNow, .invoiceFirst])
  }

  @Test func figuresOverTheWindowAreExact() throws {
    // Acme over W (07-03 … 09-30): 50 h (40 billable) × $50.00 = 250000 of cost; invoice A-1
    // 200000 paid on time; profit −50000. The May hours and the June invoice are outside W.
    // monthlyProfit = −50000 × 487/1440 = −304375/18; H = 6 → continueLoss = 304375/3.
    // All data: A-0 (100000) open, 72 days past due, not yet bad debt → exitCost = 1/2 × 100000.
    // maxRefund = 304375/3 − 50000 = 154375/3. breakEven 250000/40 = 6250 = proposed (no target);
    // current rate 200000/40 = 5000 → increaseNeeded 1/4.
    let report = DecisionMaker.decide(ledger: SampleLedger.ledger, settings: SampleLedger.settings)
    let acme = try #require(report.decisions.first)
    #expect(acme.window.figures.profit == Scenario.money(-50_000))
    #expect(acme.windowStart == Day(year: 2026, month: 7, day: 3))
    #expect(acme.monthlyProfit == Fraction(-304_375, 18))
    #expect(acme.horizonMonths == Fraction(6))
    #expect(acme.continueLoss == Fraction(304_375, 3))
    #expect(acme.exitCost == Fraction(50_000))
    #expect(acme.maxRefund == Fraction(154_375, 3))
    #expect(acme.breakEvenRate == Fraction(6250))
    #expect(acme.proposedRate == Fraction(6250))
    #expect(acme.increaseNeeded == Fraction(1, 4))
    #expect(acme.reasons.first == "Loses $169.10 a month over the last 90 days")
  }

  @Test func severeIncidentAndInactivityFromTheLedger() throws {
    let report = DecisionMaker.decide(ledger: SampleLedger.ledger, settings: SampleLedger.settings)
    let bolt = try #require(report.decisions.first { $0.name == "Bolt" })
    #expect(bolt.window.figures == Figures(currency: Scenario.usd))
    #expect(bolt.reasons.isEmpty)
    let crane = try #require(report.decisions.first { $0.name == "Crane" })
    #expect(crane.reasons.first == "Severe incident: abuse on 2026-09-10")
    // Invoiced over all data: Acme 300000, Crane 100000, Bolt 50000, Dune 0 → Crane is in the top half.
    #expect(
      crane.plan.contains("Tell them in a call or meeting, as one of your larger clients, then confirm in writing"))
    #expect(
      crane.plan.contains(
        "Document the incidents and the attempts to fix them: 2026-09-10 abuse (Shouted at the designer)"))
  }

  @Test func refundIsWeighedForEveryClient() throws {
    // Acme: 304375/3 − (20000 + 50000) = 94375/3.
    let report = DecisionMaker.decide(
      ledger: SampleLedger.ledger, settings: SampleLedger.settings, refund: Scenario.money(20_000))
    let acme = try #require(report.decisions.first)
    #expect(acme.refundOffer == RefundOffer(amount: Scenario.money(20_000), gainOfLeaving: Fraction(94_375, 3)))
  }

  @Test func asOfDefaultsToTheLatestDatedFact() {
    // Dune's time entry on 09-25 is the latest time entry, issue or payment date.
    var settings = SampleLedger.settings
    settings.asOf = nil
    let report = DecisionMaker.decide(ledger: SampleLedger.ledger, settings: settings)
    #expect(report.asOf == Day(year: 2026, month: 9, day: 25))
  }

  @Test func diagnosticsAreTheAllDataReportsOnce() {
    let report = DecisionMaker.decide(ledger: SampleLedger.ledger, settings: SampleLedger.settings)
    let expected = FigureCalculator.report(ledger: SampleLedger.ledger, settings: SampleLedger.settings).diagnostics
    #expect(report.diagnostics.count == 1)
    #expect(report.diagnostics == expected)
  }

  /// The caller's report serves as the all-data report only when it covers all the data.
  @Test func aReportOfAllTheDataIsUsedAndAPeriodsIsNot() {
    let (ledger, settings) = (SampleLedger.ledger, SampleLedger.settings)
    let expected = DecisionMaker.decide(ledger: ledger, settings: settings)
    let allData = FigureCalculator.report(ledger: ledger, settings: settings)
    #expect(DecisionMaker.decide(ledger: ledger, settings: settings, report: allData) == expected)
    var period = settings
    period.from = SampleLedger.day(2026, 8, 1)
    let periodReport = FigureCalculator.report(ledger: ledger, settings: period)
    #expect(periodReport.clients != allData.clients)
    #expect(DecisionMaker.decide(ledger: ledger, settings: period, report: periodReport) == expected)
  }

  /// The window report made apart (on another core, by the command line) is the one `decide`
  /// would make: the trailing window at the as-of day, whatever period the settings name.
  @Test func aWindowReportMadeApartDecidesTheSame() {
    var settings = SampleLedger.settings
    settings.asOf = nil
    settings.from = SampleLedger.day(2026, 8, 1)
    let window = DecisionMaker.windowReport(ledger: SampleLedger.ledger, settings: settings)
    #expect(window.asOf == Day(year: 2026, month: 9, day: 25))
    #expect(window.from == TrailingWindow.start(asOf: window.asOf, windowDays: settings.windowDays))
    #expect(window.to == window.asOf)
    let expected = DecisionMaker.decide(ledger: SampleLedger.ledger, settings: settings)
    #expect(DecisionMaker.decide(ledger: SampleLedger.ledger, settings: settings, window: window) == expected)
  }

  @Test func emptyLedgerDecidesNothing() {
    var settings = SampleLedger.settings
    settings.asOf = nil
    let report = DecisionMaker.decide(ledger: Ledger(), settings: settings)
    #expect(report.decisions.isEmpty)
    #expect(report.asOf == Day(daysSinceEpoch: 0))
  }
}
