import Analysis
import Domain
import Testing

@testable import Decisions

/// One test per rule of spec §5, at its boundary, in the spec's order.
///
/// The losing client of `Scenario.losing`: 100 h (80 billable) at $50.00 = 500000 cents of cost,
/// earned 400000: profit −100000; breakEven 500000 / 80 = 6250; current rate 400000 / 80 = 5000;
/// increaseNeeded 6250 / 5000 − 1 = 1/4; with the default horizon H = 6.
@Suite struct DecisionRulesTests {
  // Rule 1: exit-now on a severe incident in W, whatever the money.

  @Test func severeIncidentInWindowExitsAProfitableClient() {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    scenario.window.incidents = [Scenario.incident(.abuse, -89)]
    let decision = scenario.decide()
    #expect(decision.recommendation == .exitNow)
    #expect(decision.exitCause == .severeIncident)
    #expect(decision.reasonTexts.first == "Severe incident: abuse on 2026-07-03")
  }

  @Test func severeIncidentComesBeforeInactivity() {
    var scenario = Scenario()
    scenario.window.incidents = [Scenario.incident(.threat, -89)]
    #expect(scenario.decide().recommendation == .exitNow)
  }

  @Test func severeIncidentBeforeTheWindowDoesNotForceAnExit() {
    // The window report holds W's incidents only; a threat on 2026-07-02 (W starts 07-03) is history.
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    scenario.allData = Scenario.profitable
    scenario.allData.incidents = [Scenario.incident(.threat, -90)]
    let decision = scenario.decide()
    #expect(decision.recommendation == .keep)
    #expect(decision.incidents == [Scenario.incident(.threat, -90)])
  }

  // Rule 2: inactive when W holds no time, invoice or expense.

  @Test func noActivityInWindowIsInactive() {
    var scenario = Scenario()
    scenario.allData = Scenario.losing
    scenario.window.incidents = [Scenario.incident(.disrespect, 0)]
    let decision = scenario.decide()
    #expect(decision.recommendation == .inactive)
    #expect(decision.reasonTexts.isEmpty)
    #expect(decision.planTexts.isEmpty)
  }

  @Test func factsCountEvenWhenTheirSumsAreZero() {
    // An invoice and its credit note cancel to 0, a time entry of 0 seconds: both still activity.
    var scenario = Scenario()
    scenario.window = Scenario.figures(invoiceCount: 2)
    #expect(scenario.decide().recommendation == .keep)
    scenario.window = Scenario.figures(expenses: 1000)
    #expect(scenario.decide().recommendation != .inactive)
  }

  // Rule 3: invoice-first when the oldest unbilled work is more than 45 days old, or of unknown value.

  @Test func unbilledWorkMoreThan45DaysOldIsInvoiceFirst() {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    scenario.allData = Scenario.profitable
    scenario.allData.oldestUnbilledWork = Scenario.day(-45)
    #expect(scenario.decide().recommendation == .keep)
    scenario.allData.oldestUnbilledWork = Scenario.day(-46)
    let decision = scenario.decide()
    #expect(decision.recommendation == .invoiceFirst)
    #expect(
      decision.reasonTexts.first?.hasPrefix("Billable work since 2026-08-15 (46 days ago) is not invoiced") == true)
    #expect(decision.planTexts.count == 1)
  }

  @Test func unbilledWorkOfUnknownValueIsInvoiceFirst() {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    scenario.allData = Scenario.figures(seconds: 3600, unbilled: nil)
    scenario.allData.oldestUnbilledWork = Scenario.day(-3)
    #expect(scenario.decide().recommendation == .invoiceFirst)
  }

  // Rule 4: new while tenureDays < minHistoryDays; the deadline is the first day + minHistoryDays.

  @Test func aClientYoungerThanMinHistoryDaysIsNew() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.allData = Scenario.losing
    // First day 2026-08-02: tenure = 59 days.
    scenario.allData.firstDay = Scenario.day(-58)
    let decision = scenario.decide()
    #expect(decision.recommendation == .new)
    #expect(decision.tenureDays == 59)
    #expect(decision.deadline == Scenario.day(2))
    scenario.allData.firstDay = Scenario.day(-59)
    #expect(scenario.decide().recommendation == .renegotiate)
  }

  // Rules 5 and 6: keep when monthlyProfit ≥ 0 and no watch flag, else watch.

  @Test func breakingEvenExactlyIsKept() {
    var scenario = Scenario()
    scenario.window = Scenario.figures(seconds: 3600, invoiced: 5000)
    #expect(scenario.decide().monthlyProfit == .zero)
    #expect(scenario.decide().recommendation == .keep)
    scenario.window = Scenario.figures(seconds: 3600, invoiced: 4999)
    #expect(scenario.decide().recommendation != .keep)
  }

  @Test(arguments: [Flag.belowTarget, .latePayer, .scopeCreep, .conduct])
  func eachWatchFlagTurnsKeepIntoWatchWithItsFix(flag: Flag) {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    #expect(scenario.decide().recommendation == .keep)
    scenario.window.flags = [flag]
    let decision = scenario.decide()
    #expect(decision.recommendation == .watch)
    #expect(decision.reasonTexts.count >= 2)
    #expect(decision.planTexts.count == (flag == .scopeCreep ? 0 : 1))
  }

  @Test func aHeldFlagTurnsKeepIntoWatchWithItsFixAndWhyItHolds() {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    scenario.window.figures.avgDaysLate = Fraction(11)
    #expect(scenario.decide().recommendation == .keep)
    scenario.bandedFlags = [
      BandedFlag(flag: .latePayer, raised: true, windowEnd: Scenario.day(-61), figure: Fraction(16))
    ]
    let decision = scenario.decide()
    #expect(decision.recommendation == .watch)
    #expect(decision.remedies.count == 1)
    #expect(
      decision.reasonTexts.last
        == "Pays 11 days late on average over the last 90 days, after 16 over the 90 days to 2026-07-31 (threshold "
        + "14): the flag stays until the average falls to 9.3")
    #expect(decision.planTexts.first?.hasPrefix("Late payment (11 days late on average)") == true)
  }

  @Test func aHeldBelowTargetFlagProposesTheRateThatClearsItsBand() {
    // $60.00 an hour over W against a $58.00 target: in the band (up to $60.90).
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    scenario.settings.targetRate = Scenario.money(5800)
    #expect(scenario.decide().recommendation == .keep)
    scenario.bandedFlags = [
      BandedFlag(flag: .belowTarget, raised: true, windowEnd: Scenario.day(-30), figure: Fraction(5700))
    ]
    let decision = scenario.decide()
    #expect(decision.recommendation == .watch)
    #expect(decision.currentRate == Fraction(6000))
    #expect(decision.proposedRate == Fraction(6090))
    #expect(decision.planTexts == ["Rate: ask for $60.90 per billable hour at renewal"])
    #expect(
      decision.reasonTexts.last
        == "Earns $60.00 an hour over the last 90 days against a target of $58.00, after $57.00 over the 90 days to "
        + "2026-08-31: the flag stays until the rate reaches $60.90")
  }

  @Test func aLossInItsBandAfterAProfitableWindowIsKeptOrWatched() {
    var scenario = Scenario()
    // $1,000.00 earned against $1,020.00 of cost over W: a margin of −2 %.
    scenario.window = Scenario.figures(seconds: 73_440, invoiced: 100_000)
    #expect(scenario.decide().recommendation == .renegotiate)
    let profitable = BandedFlag(flag: .losing, raised: false, windowEnd: Scenario.day(-30), figure: Fraction(1, 10))
    scenario.bandedFlags = [profitable]
    var decision = scenario.decide()
    #expect(decision.recommendation == .keep)
    #expect(decision.monthlyProfit?.isNegative == true)
    #expect(
      decision.reasonTexts
        == [
          "Loses $6.76 a month over the last 90 days",
          "The loss is 2% of what it earned over the last 90 days, after a margin of 10% over the 90 days to "
            + "2026-08-31: it is judged as losing once the loss passes 5%",
        ])
    // A watch flag raised over W, or one held, makes it a watch.
    scenario.bandedFlags = [
      profitable, BandedFlag(flag: .scopeCreep, raised: true, windowEnd: Scenario.day(-30), figure: Fraction(3, 10)),
    ]
    decision = scenario.decide()
    #expect(decision.recommendation == .watch)
    #expect(decision.heldFlags == [.scopeCreep])
    // A losing window decided it: W's loss stands, and a held watch flag does not apply.
    scenario.bandedFlags = [
      BandedFlag(flag: .losing, raised: true, windowEnd: Scenario.day(-30), figure: Fraction(-1, 10)),
      BandedFlag(flag: .scopeCreep, raised: true, windowEnd: Scenario.day(-30), figure: Fraction(3, 10)),
    ]
    decision = scenario.decide()
    #expect(decision.recommendation == .renegotiate)
    #expect(decision.heldFlags.isEmpty)
  }

  @Test(arguments: [Flag.losing, .unbilled, .concentration])
  func otherFlagsKeepAProfitableClient(flag: Flag) {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    scenario.window.flags = [flag]
    #expect(scenario.decide().recommendation == .keep)
  }

  // Rule 7: exit-at-contract-end when the attempt failed, a contract end is set and H ≤ 1.

  @Test func contractEndingWithinAMonthIsLetEnd() {
    // H = 30 / 30.4375 ≤ 1; 31 days is more than a month.
    var scenario = Scenario.losing(attemptDaysAgo: 40)
    scenario.terms = ClientTerms(contractEnd: Scenario.day(30))
    #expect(scenario.decide().recommendation == .exitAtContractEnd)
    scenario.terms = ClientTerms(contractEnd: Scenario.day(31))
    #expect(scenario.decide().recommendation == .exitNow)
  }

  @Test func aContractEndingWithNothingTriedGetsAProposalForItsRenewal() {
    // No attempt on record: the contract's end is where new terms are proposed, not a reason to
    // end it outright (spec §5 preamble). The answer is due by the end, the terms start the day after.
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.terms = ClientTerms(contractEnd: Scenario.day(20))
    let decision = scenario.decide()
    #expect(decision.recommendation == .renegotiate)
    #expect(decision.deadline == Scenario.day(20))
    #expect(decision.effectiveFrom == Scenario.day(21))
    #expect(
      decision.reasonTexts.contains(
        "The contract ends on 2026-10-20, within the 30 days a fix is given: propose the new terms for its renewal, "
          + "and let it end if they are declined; no fix has been tried for this loss, so it is not ended outright"))
    // A rise past the cap: the causes and their fixes, answered by the end too.
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    let fix = scenario.decide()
    #expect(fix.recommendation == .fix)
    #expect(fix.deadline == Scenario.day(20))
    #expect(fix.effectiveFrom == Scenario.day(21))
    // An end after the 30 days leaves the usual deadline and start, and says nothing of it.
    scenario.settings.maxRateIncrease = Fraction(1, 2)
    scenario.terms = ClientTerms(contractEnd: Scenario.day(31))
    let later = scenario.decide()
    #expect(later.deadline == Scenario.day(30))
    #expect(later.effectiveFrom == Day(year: 2026, month: 11, day: 1))
    #expect(!later.reasonTexts.contains { $0.hasPrefix("The contract ends") })
    // An attempt still pending is waited for, whatever the contract; renewing waits on it too.
    var pending = Scenario.losing(attemptDaysAgo: 10)
    pending.terms = ClientTerms(contractEnd: Scenario.day(5))
    #expect(pending.decide().recommendation == .fix)
    #expect(pending.decide().exitCause == nil)
    #expect(
      pending.decide().reasonTexts.contains(
        "The contract ends on 2026-10-05, before the attempt's deadline: renew it only on terms that stop the loss"))
    pending.terms = ClientTerms(contractEnd: Scenario.day(20))
    #expect(!pending.decide().reasonTexts.contains { $0.hasPrefix("The contract ends") })
  }

  @Test func noContractEndMeansNoContractEndExit() {
    var scenario = Scenario.losing(attemptDaysAgo: 40)
    scenario.settings.horizonMonths = Fraction(1, 2)
    #expect(scenario.decide().recommendation == .exitNow)
  }

  // Rule 8: phase-out when the attempt failed and share ≥ concentrationThreshold.

  @Test func aFailedAttemptWithALargeShareIsPhasedOut() {
    var scenario = Scenario.losing(attemptDaysAgo: 30)
    scenario.allData.figures.share = Fraction(1, 4)
    let decision = scenario.decide()
    #expect(decision.recommendation == .phaseOut)
    // asOf + 91 days, or the contract's end when sooner.
    #expect(decision.deadline == Scenario.day(91))
    scenario.terms = ClientTerms(contractEnd: Scenario.day(60))
    #expect(scenario.decide().deadline == Scenario.day(60))
    scenario.allData.figures.share = Fraction(1, 4) - Fraction(1, 10_000)
    #expect(scenario.decide().recommendation == .exitNow)
  }

  // Rule 9: exit-now once the attempt has had fixDays; rule 10: fix while it is younger.

  @Test func anAttemptFailsAfterExactlyFixDays() {
    let failed = Scenario.losing(attemptDaysAgo: 30).decide()
    #expect(failed.recommendation == .exitNow)
    #expect(failed.exitCause == .failedFix)
    let pending = Scenario.losing(attemptDaysAgo: 29).decide()
    #expect(pending.recommendation == .fix)
    #expect(pending.exitCause == nil)
    // The attempt of 2026-09-01 gets until 2026-10-01.
    #expect(pending.deadline == Scenario.day(1))
    #expect(pending.lastAttempt?.day == Scenario.day(-29))
  }

  @Test(arguments: [IncidentKind.warning, .fixAttempt, .rateProposed, .boundarySet])
  func everyAttemptKindStartsTheClock(kind: IncidentKind) {
    #expect(Scenario.losing(attemptDaysAgo: 10, kind: kind).decide().recommendation == .fix)
  }

  @Test func aNewerAttemptReplacesAnOlderOne() {
    var scenario = Scenario.losing(attemptDaysAgo: 60)
    scenario.allData.incidents.append(Scenario.incident(.boundarySet, -5))
    let decision = scenario.decide()
    #expect(decision.recommendation == .fix)
    #expect(decision.deadline == Scenario.day(25))
  }

  @Test func aProfitableClientWithAnOldWarningIsKept() {
    var scenario = Scenario.losing(attemptDaysAgo: 60)
    scenario.window = Scenario.profitable
    #expect(scenario.decide().recommendation == .keep)
  }

  // Rule 11: renegotiate when nothing was attempted, increaseNeeded ≤ maxRateIncrease and fewer
  // than 3 moderate incidents.

  @Test func riseAtTheCapIsRenegotiated() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 4)
    let decision = scenario.decide()
    #expect(decision.recommendation == .renegotiate)
    #expect(decision.deadline == Scenario.day(30))
    #expect(decision.effectiveFrom == Day(year: 2026, month: 11, day: 1))
    scenario.settings.maxRateIncrease = Fraction(1, 4) - Fraction(1, 10_000)
    #expect(scenario.decide().recommendation == .fix)
  }

  // Rules 11 and 12 near the cap: a rise needed within ten points of it is judged by the
  // smoothed rise of the run of windows before W (`DecisionMaker` computes it; here it is given).

  /// The losing client's decision at `cap` by W alone, and with `smoothed` as the rise of a run
  /// of four windows a day apart.
  private func nearCap(cap: Fraction, smoothed: Fraction) -> (alone: Decision, smoothed: Decision) {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = cap
    var input = scenario.input
    input.smoothedRise = SmoothedRise(increaseNeeded: smoothed, ends: [-3, -2, -1, 0].map(Scenario.day))
    return (scenario.decide(), DecisionRules.decide(input))
  }

  @Test func aRiseJustOverTheCapIsRenegotiatedWhenTheRunWasWithinIt() {
    // W's rise 1/4 against a cap of 1/5: 5 points over, within the band of 10.
    let (alone, decision) = nearCap(cap: Fraction(1, 5), smoothed: Fraction(3, 20))
    #expect(alone.recommendation == .fix)
    #expect(decision.recommendation == .renegotiate)
    #expect(decision.increaseNeeded == Fraction(1, 4))
    #expect(
      decision.reasonTexts.contains(
        "A rate rise of 25% (from $50.00 to $62.50 per billable hour over the last 90 days) would break even, a "
          + "little more than the 20% worth proposing; pooled over 4 windows of 90 days ending each day from 2026-09-27 "
          + "to 2026-09-30, it is 15%, within it, so renegotiating stays the advice rather than turning on one "
          + "week's figures"))
    // The cap still bounds what is proposed: $50.00 × 1.2, short of the $62.50 break-even.
    #expect(decision.proposedRate == Fraction(6000))
    // So the plan says what the capped rate leaves, ($62.50 − $60.00) × 80 h × 365.25 / (12 × 90) =
    // $67.64 a month, and adds the fix for the 20 non-billable hours ($1,000.00 of cost at $50.00).
    #expect(
      decision.planTexts == [
        "Propose $60.00 per billable hour (+20%, the most worth asking; it leaves $67.64 a month for the other fixes "
          + "to cover) from 2026-11-01, and ask for an answer by 2026-10-30",
        "Non-billable hours: 20% of hours are not billable, which cost $1,000.00 over the last 90 days; bill extra "
          + "requests through change orders, or cap them in writing",
        "Record the proposal as a rate-proposed incident, so the decision gives it 30 days",
        "If they decline, plan to leave: at the current rate the work loses $338.19 a month",
      ])
  }

  @Test func aRiseJustWithinTheCapIsAFixWhenTheRunNeededMore() {
    let (alone, decision) = nearCap(cap: Fraction(3, 10), smoothed: Fraction(7, 20))
    #expect(alone.recommendation == .renegotiate)
    // A rate that breaks even alone is the whole proposal.
    #expect(alone.remedies == [.raiseRate])
    #expect(decision.recommendation == .fix)
    #expect(
      decision.reasonTexts.contains(
        "A rate rise of 25% would break even over the last 90 days, only just within the 30% worth proposing; "
          + "pooled over 4 windows of 90 days ending each day from 2026-09-27 to 2026-09-30, it is 35%, more than that, "
          + "so the other causes must be fixed too"))
  }

  @Test func theBandIsTenPointsEitherSideOfTheCapExclusive() {
    let cap = Fraction(1, 2)
    #expect(!SmoothedRise.isNear(Fraction(2, 5), cap: cap))
    #expect(SmoothedRise.isNear(Fraction(2, 5) + Fraction(1, 1_000_000), cap: cap))
    #expect(SmoothedRise.isNear(cap, cap: cap))
    #expect(SmoothedRise.isNear(Fraction(3, 5) - Fraction(1, 1_000_000), cap: cap))
    #expect(!SmoothedRise.isNear(Fraction(3, 5), cap: cap))
    #expect(!SmoothedRise.isNear(nil, cap: cap))
  }

  @Test func threeModerateIncidentsInWindowRuleOutRenegotiating() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.window.incidents = [Scenario.incident(.latePayment, -10), Scenario.incident(.outOfHours, -5)]
    #expect(scenario.decide().recommendation == .renegotiate)
    scenario.window.incidents.append(Scenario.incident(.noResponse, -1))
    let decision = scenario.decide()
    #expect(decision.recommendation == .fix)
    #expect(decision.remedies.last == .setBoundaries(moderateIncidents: 3))
  }

  @Test func attemptsAreNeitherSevereNorModerate() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.window.incidents = [
      Scenario.incident(.warning, -200), Scenario.incident(.fixAttempt, -100), Scenario.incident(.boundarySet, -95),
    ]
    #expect(scenario.window.moderateIncidentCount == 0)
    #expect(!scenario.window.hasSevereIncident)
    // The window's attempts are not in allData's incidents here: nothing was attempted.
    #expect(scenario.decide().recommendation == .renegotiate)
  }

  // Rule 12: fix, with causes and remedies, when nothing was attempted and no rate rise will do.

  @Test func riseBeyondTheCapIsAFixWithEveryCause() {
    // 100 h, 50 billable, earned 150000, expenses 20000, carrying 3000, late payer: cost 520000.
    var scenario = Scenario()
    scenario.window = Scenario.figures(
      seconds: 360_000, billableSeconds: 180_000, invoiced: 150_000, expenses: 20_000, carryingCost: 3000,
      flags: [.losing, .latePayer, .scopeCreep])
    let decision = scenario.decide()
    #expect(decision.recommendation == .fix)
    #expect(decision.deadline == Scenario.day(30))
    // Rate first, then by cost over W: non-billable 50 h × $50 = 250000, expenses 20000, lateness 3000.
    #expect(
      decision.remedies == [
        .raiseRate, .billExtraWork(nonBillableShare: Fraction(1, 2), cost: Scenario.money(250_000)),
        .billExpenses(Scenario.money(20_000)),
        .payOnTime(averageDaysLate: nil, carryingCost: Scenario.money(3000), stopAfterDays: 14),
      ])
    #expect(decision.planTexts.count == decision.remedies.count + 2)
    // Rate: current 150000 / 50 = 3000, capped at 4500 (+50%); break-even 523000 / 50 = 10460: the other
    // fixes must cover (10460 − 4500) × 50 h × 487/1440 = 100781.94 a month.
    #expect(
      decision.planTexts.first
        == "Rate: ask for $45.00 per billable hour from 2026-11-01 (+50%, the most worth asking; it leaves "
        + "$1,007.82 a month for the other fixes to cover)")
  }

  @Test func noBillableHoursMeansNoRateToRaise() {
    var scenario = Scenario()
    scenario.window = Scenario.figures(expenses: 1000)
    let decision = scenario.decide()
    #expect(decision.recommendation == .fix)
    #expect(decision.increaseNeeded == nil)
    #expect(decision.reasonTexts.contains("No billable hours in the last 90 days to raise a rate on"))
  }

  @Test func invoiceFirstComesBeforeNewAndTheMoney() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.allData = Scenario.losing
    scenario.allData.firstDay = Scenario.day(-10)
    scenario.allData.oldestUnbilledWork = Scenario.day(-50)
    #expect(scenario.decide().recommendation == .invoiceFirst)
  }
}
