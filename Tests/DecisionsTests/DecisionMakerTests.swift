import Analysis
import Domain
import Testing

@testable import Decisions

/// The ledger-level entry point: as-of, the two reports (W and all data), clients missing from
/// W, the order and the diagnostics.
@Suite struct DecisionMakerTests {
  @Test func windowHoldsExactlyWindowDaysEndingOnAsOf() throws {
    // 2026-09-30 back 90 days inclusive: July 3 (29 days) + August (31) + September (30) = 90.
    #expect(TrailingWindow.start(asOf: Scenario.asOf, windowDays: 90) == Day(year: 2026, month: 7, day: 3))
    #expect(TrailingWindow.start(asOf: Scenario.asOf, windowDays: 1) == Scenario.asOf)
  }

  @Test func hugeWindowStopsAtTheEarliestDay() throws {
    #expect(TrailingWindow.start(asOf: Scenario.asOf, windowDays: Int(Int32.max)) == Day(year: 1, month: 1, day: 1))
  }

  @Test func clientMissingFromTheWindowKeepsItsIncidentsInTheWindow() throws {
    var client = Scenario.losing
    client.incidents = [Scenario.incident(.abuse, -90), Scenario.incident(.abuse, -89), Scenario.incident(.threat, 1)]
    let idle = DecisionMaker.idle(client, from: Scenario.day(-89), to: Scenario.asOf, Scenario.usd)
    #expect(idle.figures == Figures(currency: Scenario.usd))
    #expect(idle.flags.isEmpty)
    #expect(idle.timeEntryCount == 0 && idle.invoiceCount == 0 && idle.expenseCount == 0)
    #expect(idle.incidents == [Scenario.incident(.abuse, -89)])
    #expect(idle.name == "Acme")
  }

  @Test func decidesEveryClientOfTheLedgerSortedByName() throws {
    let report = try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: SampleLedger.settings)
    #expect(report.asOf == SampleLedger.asOf)
    #expect(report.currency == Scenario.usd)
    #expect(report.decisions.map(\.name) == ["Acme", "Bolt", "Crane", "Dune"])
    #expect(
      report.decisions.map(\.recommendation) == [.renegotiate, .inactive, .exitNow, .invoiceFirst])
  }

  @Test func aRiseNearTheCapIsJudgedOverTheRunOfWindowsBeforeIt() throws {
    // Acme, $50.00 an hour: 10 h not billable on 06-15; 40 h billable on 08-10 and 10 h not on
    // 08-20, billed $2,000.00 by A-1 (paid early). W (07-03 … 09-30) and the 17 windows ending
    // 09-29 … 09-13: cost 250000, earned 200000, rise 1/4. The window ending 09-12 (06-15 … 09-12)
    // also holds 06-15: cost 300000, rise 1/2, outside the band: it joins the run and ends it.
    // Pooled: (18 × 250000 + 300000) ÷ (19 × 200000) − 1 = 5/19 (26.3 %).
    var directory = ClientDirectory()
    let acme = directory.key(for: "Acme")
    var ledger = Ledger(clients: directory)
    let day = SampleLedger.day
    ledger.timeEntries = [
      TimeEntry(day: day(2026, 6, 15), client: acme, seconds: 36_000, billable: false),
      TimeEntry(day: day(2026, 8, 10), client: acme, seconds: 144_000),
      TimeEntry(day: day(2026, 8, 20), client: acme, seconds: 36_000, billable: false),
    ]
    ledger.invoices = [
      Invoice(
        number: "A-1", client: acme, issued: day(2026, 8, 31), due: day(2026, 9, 30), amount: Scenario.money(200_000),
        paidDay: day(2026, 9, 15))
    ]
    var settings = SampleLedger.settings
    func decision(cap: Fraction) throws -> Decision {
      settings.maxRateIncrease = cap
      return try #require(try DecisionMaker.decide(ledger: ledger, settings: settings).decisions.first)
    }
    // 26 %: W's 25 % is near it (band 16 … 36 %), and the run's 5/19 is over it.
    let nearBelow = try decision(cap: Fraction(26, 100))
    #expect(nearBelow.increaseNeeded == Fraction(1, 4))
    #expect(nearBelow.recommendation == .fix)
    #expect(
      nearBelow.reasonTexts.contains {
        $0.contains(
          "pooled over 19 windows of 90 days ending each day from 2026-09-12 to 2026-09-30, it is 26.3%, more "
            + "than that")
      })
    // 5/19 exactly is within a cap of 5/19.
    #expect(try decision(cap: Fraction(5, 19)).recommendation == .renegotiate)
    #expect(try decision(cap: Fraction(5, 19) - Fraction(1, 1_000_000)).recommendation == .fix)
    // 36 %: W's 25 % lies clear of the band (26 … 46 %): W alone decides.
    #expect(try decision(cap: Fraction(36, 100)).recommendation == .renegotiate)
    // 15 %: W lies clear above the band (5 … 25 %, exclusive): W alone decides, fix.
    #expect(try decision(cap: Fraction(15, 100)).recommendation == .fix)

    // With all 50 hours on 08-10, every window back to the one ending 08-10 needs 1/4, and the
    // one ending 08-09 has no billable hours: the run ends there without it, 52 windows long.
    ledger.timeEntries = [
      TimeEntry(day: day(2026, 8, 10), client: acme, seconds: 144_000),
      TimeEntry(day: day(2026, 8, 10), client: acme, seconds: 36_000, billable: false),
    ]
    settings.maxRateIncrease = Fraction(26, 100)
    let window = try #require(DecisionMaker.windowReport(ledger: ledger, settings: settings).clients.first)
    let runs = SmoothedRise.of(
      [acme: window.figures], ledger: ledger, settings: settings, asOf: day(2026, 9, 30),
      book: FigureCalculator.invoiceBook(ledger: ledger, settings: settings))
    #expect(runs[acme] == SmoothedRise(increaseNeeded: Fraction(1, 4), ends: (0..<52).map { day(2026, 8, 10) + $0 }))
  }

  @Test func aRunReachesBackHalfAYearAtMost() throws {
    // A year of the same days: 8 h billable worth $400.00 and 2 h not, at $50.00 an hour, billed
    // month by month for what the month's days are worth: every window needs 500 ÷ 400 − 1 = 1/4,
    // near a cap of 1/5, so the run takes W and the 182 windows before it, and no more.
    var directory = ClientDirectory()
    let acme = directory.key(for: "Acme")
    var ledger = Ledger(clients: directory)
    let (first, asOf) = (SampleLedger.day(2025, 10, 1), SampleLedger.day(2026, 9, 30))
    ledger.timeEntries = TimeLog.folding { add in
      for offset in 0...(asOf - first) {
        add(TimeEntry(day: first + offset, client: acme, seconds: 28_800, value: Scenario.money(40_000)))
        add(TimeEntry(day: first + offset, client: acme, seconds: 7_200, billable: false))
      }
    }
    var monthStart = first
    var number = 1
    while monthStart <= asOf {
      let next = SampleLedger.day(monthStart.year + monthStart.month / 12, monthStart.month % 12 + 1, 1)
      let days = Int64(min(next, asOf + 1) - monthStart)
      let issued = min(next - 1, asOf)
      ledger.invoices.append(
        Invoice(
          number: "A-\(number)", client: acme, issued: issued, due: issued + 30,
          amount: Scenario.money(40_000 * days), paidDay: issued))
      (monthStart, number) = (next, number + 1)
    }
    var settings = SampleLedger.settings
    settings.asOf = asOf
    settings.maxRateIncrease = Fraction(1, 5)
    let window = try #require(DecisionMaker.windowReport(ledger: ledger, settings: settings).clients.first)
    #expect(
      RateProposal(window: window.figures, targetRate: nil, maxRateIncrease: settings.maxRateIncrease).increaseNeeded
        == Fraction(1, 4))
    let runs = SmoothedRise.of(
      [acme: window.figures], ledger: ledger, settings: settings, asOf: asOf,
      book: FigureCalculator.invoiceBook(ledger: ledger, settings: settings))
    let run = try #require(runs[acme])
    #expect(run.increaseNeeded == Fraction(1, 4))
    #expect(run.ends.count == SmoothedRise.daysBack + 1)
    #expect(run.ends.first == asOf - SmoothedRise.daysBack)
  }

  /// Acme at $50.00 an hour: a boundary set on 01-15 (due to work by 02-14); from February to
  /// April 40 billable hours a month billed $4,000.00, from July to September 40 billable and 20
  /// not billed $1,600.00 a month, `lossBefore` making the spring lose money too (60 hours a
  /// month for the same pay).
  private func relapse(lossBefore: Bool, months: [Int] = [2, 3, 4, 7, 8, 9]) -> Ledger {
    var directory = ClientDirectory()
    let acme = directory.key(for: "Acme")
    var ledger = Ledger(clients: directory)
    let day = SampleLedger.day
    var entries: [TimeEntry] = []
    for month in months {
      entries.append(TimeEntry(day: day(2026, month, 10), client: acme, seconds: 144_000))
      if month >= 7 || lossBefore {
        entries.append(TimeEntry(day: day(2026, month, 12), client: acme, seconds: 72_000, billable: false))
      }
      let amount: Int64 = month >= 7 || lossBefore ? 160_000 : 400_000
      ledger.invoices.append(
        Invoice(
          number: "A-\(month)", client: acme, issued: day(2026, month, 20), due: day(2026, month, 30),
          amount: Scenario.money(amount), paidDay: day(2026, month, 25)))
    }
    ledger.timeEntries = TimeLog(entries)
    ledger.incidents = [Incident(day: day(2026, 1, 15), client: acme, kind: .boundarySet, note: "Two rounds")]
    return ledger
  }

  @Test func anAttemptThatWorkedForAWhileIsNotAFailedOne() throws {
    // The loss of July to September came after a spring in profit: the boundary of 01-15 worked,
    // and the new loss gets a fix (a rise of 87.5 %, past the cap) rather than an exit.
    let settings = SampleLedger.settings
    let ledger = relapse(lossBefore: false)
    let decision = try #require(try DecisionMaker.decide(ledger: ledger, settings: settings).decisions.first)
    #expect(decision.recommendation == .fix)
    #expect(decision.exitCause == nil)
    #expect(decision.lastAttempt?.day == SampleLedger.day(2026, 1, 15))
    // The day it names ends the latest window, a day apart back from as-of and wholly after the
    // attempt (ending 04-14 or later), that held work and did not lose money, as the report over
    // that window says.
    func worked(endingOn end: Day) throws -> Bool {
      let settings = TrailingWindow.settings(settings, asOf: SampleLedger.asOf, end: end)
      guard let figures = FigureCalculator.report(ledger: ledger, settings: settings).clients.first?.figures,
        figures.seconds > 0
      else { return false }
      return try !#require(figures.profit).isNegative
    }
    let ends = (1...365).map { SampleLedger.asOf - $0 }.filter { $0 >= SampleLedger.day(2026, 4, 14) }
    let end = try #require(try ends.first { try worked(endingOn: $0) })
    #expect(end == SampleLedger.day(2026, 7, 8))
    #expect(
      decision.reasonTexts.contains(
        "You recorded a boundary (Two rounds) on 2026-01-15, and it worked for a while: no loss over the 90 days to "
          + "2026-07-08; the loss since is a new one, to be fixed before anyone leaves"))

    // Losing all along: the attempt failed, and the exit stands (a phase-out: Acme is all the revenue).
    let failed = try #require(
      try DecisionMaker.decide(ledger: relapse(lossBefore: true), settings: settings).decisions.first)
    #expect(failed.recommendation == .phaseOut)
    #expect(!failed.reasonTexts.contains { $0.contains("worked for a while") })
    // A loss in January, no work from February to June, a loss again: a pause is not a fix that
    // worked (its windows show no loss, and no work either).
    let paused = try #require(
      try DecisionMaker.decide(ledger: relapse(lossBefore: true, months: [1, 7, 8, 9]), settings: settings)
        .decisions.first)
    #expect(paused.recommendation == .phaseOut)
    // Work in profit before the attempt (January 10) does not make it one that worked: only
    // windows that start on the attempt's day or later count.
    let before = try #require(
      try DecisionMaker.decide(ledger: relapse(lossBefore: false, months: [1, 7, 8, 9]), settings: settings)
        .decisions.first)
    #expect(before.recommendation == .phaseOut)
  }

  @Test func figuresOverTheWindowAreExact() throws {
    // Acme over W (07-03 … 09-30): 50 h (40 billable) × $50.00 = 250000 of cost; invoice A-1's
    // 200000 earned by the 40 billable hours of its span (06-21 … 08-31); profit −50000. The May
    // hours earned A-0 and lie outside W. monthlyProfit = −50000 × 487/1440 = −304375/18.
    // breakEven 250000/40 = 6250 = proposed (no target); current rate 200000/40 = 5000 →
    // increaseNeeded 1/4: renegotiate, which carries no exit figures.
    let report = try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: SampleLedger.settings)
    let acme = try #require(report.decisions.first)
    #expect(acme.window.figures.earned == Scenario.money(200_000))
    #expect(acme.window.figures.profit == Scenario.money(-50_000))
    #expect(acme.windowStart == Day(year: 2026, month: 7, day: 3))
    #expect(acme.monthlyProfit == Fraction(-304_375, 18))
    #expect(acme.horizonMonths == nil)
    #expect(acme.continueLoss == nil)
    #expect(acme.currentRate == Fraction(5000))
    #expect(acme.breakEvenRate == Fraction(6250))
    #expect(acme.proposedRate == Fraction(6250))
    #expect(acme.increaseNeeded == Fraction(1, 4))
    #expect(acme.tenureDays == 153)
    #expect(acme.reasonTexts.first == "Loses $169.10 a month over the last 90 days")
  }

  @Test func severeIncidentAndInactivityFromTheLedger() throws {
    let report = try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: SampleLedger.settings)
    let bolt = try #require(report.decisions.first { $0.name == "Bolt" })
    #expect(bolt.window.figures == Figures(currency: Scenario.usd))
    #expect(bolt.reasonTexts.isEmpty)
    let crane = try #require(report.decisions.first { $0.name == "Crane" })
    #expect(crane.reasonTexts.first == "Severe incident: abuse on 2026-09-10 (Shouted at the designer)")
    // Crane is in the top half by invoiced (Acme 300000, Crane 100000, Bolt 50000, Dune 0), but after
    // a severe incident the channel is writing whatever the size.
    #expect(crane.settlement.isLargeClient)
    #expect(crane.planTexts.contains("Tell them in writing: brief, firm and final"))
    #expect(
      crane.planTexts.contains(
        "Document the incidents and the attempts to fix them: 2026-09-10 abuse (Shouted at the designer)"))
  }

  @Test func refundIsWeighedOnTheCardsThatShowAnExit() throws {
    // Crane (exit-now) earns money: continueLoss 0, nothing open → 0 − (20000 + 0) = −20000.
    let report = try DecisionMaker.decide(
      ledger: SampleLedger.ledger, settings: SampleLedger.settings, refund: Scenario.money(20_000))
    let crane = try #require(report.decisions.first { $0.name == "Crane" })
    #expect(crane.refundWeighed?.gainOfLeaving == Fraction(-20_000))
    #expect(report.decisions.first?.refundWeighed == nil)
  }

  @Test func noDecisionWithoutACostRate() {
    var settings = SampleLedger.settings
    settings.costRate = nil
    #expect(throws: DecisionError.costRateMissing) {
      try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: settings)
    }
  }

  /// A rate for someone, but none for the hours of W: the decision would guess, so it stops and
  /// names the clients. A default from a date before all the data decides as the flat rate does.
  @Test func noDecisionWhileSomeHoursOfTheWindowHaveNoCostRate() throws {
    var settings = SampleLedger.settings
    let flat = try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: settings)
    let rate = try #require(settings.costRate)
    settings.costRates = CostRates(people: [ClientKey("Someone Else"): DatedRate(rate)])
    do {
      _ = try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: settings)
      Issue.record("decided without a cost rate for the window's hours")
    } catch {
      guard case .hoursWithoutCostRate(let clients) = error else { throw error }
      #expect(!clients.isEmpty)
    }
    settings.costRates.standard = DatedRate(steps: [DatedRate.Step(from: Day(year: 2000, month: 1, day: 1), rate: rate)]
    )
    let dated = try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: settings)
    #expect(dated.decisions.map(\.recommendation) == flat.decisions.map(\.recommendation))
    #expect(dated.decisions.map(\.monthlyProfit) == flat.decisions.map(\.monthlyProfit))
  }

  @Test func asOfDefaultsToTheLatestDatedFact() throws {
    // Dune's time entry on 09-25 is the latest time entry, issue or payment date.
    var settings = SampleLedger.settings
    settings.asOf = nil
    let report = try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: settings)
    #expect(report.asOf == Day(year: 2026, month: 9, day: 25))
  }

  @Test func diagnosticsAreTheAllDataReportsOnce() throws {
    let report = try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: SampleLedger.settings)
    let expected = FigureCalculator.report(ledger: SampleLedger.ledger, settings: SampleLedger.settings).diagnostics
    #expect(report.diagnostics.count == 1)
    #expect(report.diagnostics == expected)
  }

  /// The caller's report serves as the all-data report only when it covers all the data.
  @Test func aReportOfAllTheDataIsUsedAndAPeriodsIsNot() throws {
    let (ledger, settings) = (SampleLedger.ledger, SampleLedger.settings)
    let expected = try DecisionMaker.decide(ledger: ledger, settings: settings)
    let allData = FigureCalculator.report(ledger: ledger, settings: settings)
    #expect(try DecisionMaker.decide(ledger: ledger, settings: settings, report: allData) == expected)
    var period = settings
    period.from = SampleLedger.day(2026, 8, 1)
    let periodReport = FigureCalculator.report(ledger: ledger, settings: period)
    #expect(periodReport.clients != allData.clients)
    #expect(try DecisionMaker.decide(ledger: ledger, settings: period, report: periodReport) == expected)
  }

  /// The window report made apart (on another core, by the command line) is the one `decide`
  /// would make: the trailing window at the as-of day, whatever period the settings name.
  @Test func aWindowReportMadeApartDecidesTheSame() throws {
    var settings = SampleLedger.settings
    settings.asOf = nil
    settings.from = SampleLedger.day(2026, 8, 1)
    let window = DecisionMaker.windowReport(ledger: SampleLedger.ledger, settings: settings)
    #expect(window.asOf == Day(year: 2026, month: 9, day: 25))
    #expect(window.from == TrailingWindow.start(asOf: window.asOf, windowDays: settings.windowDays))
    #expect(window.to == window.asOf)
    let expected = try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: settings)
    #expect(try DecisionMaker.decide(ledger: SampleLedger.ledger, settings: settings, window: window) == expected)
  }

  @Test func emptyLedgerDecidesNothing() throws {
    var settings = SampleLedger.settings
    settings.asOf = nil
    let report = try DecisionMaker.decide(ledger: Ledger(), settings: settings)
    #expect(report.decisions.isEmpty)
    #expect(report.asOf == Day(daysSinceEpoch: 0))
  }
}
