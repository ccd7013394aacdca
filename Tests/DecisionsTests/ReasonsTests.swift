import Analysis
import Domain
import Testing

@testable import Decisions

/// The reasons each recommendation carries: the figures, flags, incidents and attempts that led
/// there, each figure with its span.
@Suite struct ReasonsTests {
  @Test func renegotiationGivesTheRiseAndTheRateToPropose() {
    // From DecisionFiguresTests: monthly −15887401/960 (−$16,549.38 / 100 = −$165.49), break-even
    // 152623/30 ($50.87), current $40.00, increase 27.19%, proposed $56.25; effective rate
    // 120000 / 37.5 = $32.00 an hour.
    let decision = DecisionFiguresTests.scenario.decide()
    #expect(decision.recommendation == .renegotiate)
    #expect(
      decision.reasonTexts == [
        "Loses $165.49 a month over the last 60 days",
        "A rate rise of 27.2% (from $40.00 to $50.87 per billable hour over the last 60 days) would break even; "
          + "within the 50% worth proposing",
        "Propose $56.25 per billable hour: it earns the target of $45.00 an hour over all hours",
        "Earns $32.00 an hour over the last 60 days against a target of $45.00",
      ])
    #expect(
      decision.planTexts == [
        "Propose $56.25 per billable hour from 2026-11-01, and ask for an answer by 2026-10-30",
        "Record the proposal as a rate-proposed incident, so the decision gives it 30 days",
        "If they decline, plan to leave: at the current rate the work loses $165.49 a month",
      ])
  }

  @Test func theRateIsProposedInTheClientsCurrency() {
    var scenario = DecisionFiguresTests.scenario
    let eur = Currency(code: "EUR") ?? .unknown
    scenario.settings.rates = [eur: Fraction(108, 100)]
    scenario.settings.clientCurrencies = [Scenario.client: eur]
    // 5625 / 1.08 = 5208.33 EUR cents.
    #expect(
      scenario.decide().reasonTexts[2]
        == "Propose €52.08 per billable hour ($56.25): it earns the target of $45.00 an hour over all hours")
  }

  @Test func watchNamesEveryFlagWithItsThresholdAndItsFix() {
    // 100 h, 59 billable: 41% not billable. Profit 600000 − 500000 − 1234 = 98766 → $334.02 a month.
    var scenario = Scenario()
    scenario.settings.targetRate = Scenario.money(7000)
    scenario.window = Scenario.figures(
      seconds: 360_000, billableSeconds: 212_400, invoiced: 600_000, carryingCost: 1234,
      flags: [.belowTarget, .latePayer, .scopeCreep, .conduct],
      incidents: [
        Scenario.incident(.latePayment, -30), Scenario.incident(.outOfHours, -20), Scenario.incident(.noResponse, -1),
      ])
    scenario.window.figures.avgDaysLate = Fraction(38)
    scenario.window.aging.over90 = Scenario.money(12_345)
    scenario.window.maxDaysPastDue = 95
    let decision = scenario.decide()
    #expect(decision.recommendation == .watch)
    #expect(
      decision.reasonTexts == [
        "Earns $334.02 a month over the last 90 days",
        "Earns $60.00 an hour over the last 90 days against a target of $70.00",
        "Pays 38 days late on average over the last 90 days (threshold 14)",
        "$123.45 is more than 60 days past due, the oldest 95 days",
        "41% of hours over the last 90 days are not billable (threshold 25%)",
        "3 moderate incidents in the last 90 days: late-payment, out-of-hours, no-response",
      ])
    // The proposal: 7000 × 100 / 59 = 11864.41, below the cap of 600000 / 59 × 1.5 = 15254.24.
    #expect(
      decision.planTexts == [
        "Rate: ask for $118.64 per billable hour at renewal",
        "Late payment (38 days late on average), which cost $12.34 of capital over the last 90 days: ask for a "
          + "deposit, shorter terms and a late fee, and stop work when an invoice is more than 14 days late",
        "Non-billable hours: 41% of hours are not billable, which cost $2,050.00 over the last 90 days; bill "
          + "extra requests through change orders, or cap them in writing",
        "Conduct (3 incidents over the last 90 days): restate the boundaries in writing (scope, channels and "
          + "hours, deadlines, payment terms)",
      ])
  }

  @Test func keepAndInactiveCarryNoReasons() {
    var scenario = Scenario()
    #expect(scenario.decide().reasonTexts.isEmpty)
    scenario.window = Scenario.profitable
    #expect(scenario.decide().reasonTexts.isEmpty)
  }

  @Test func aNewClientsRunRateSaysHowMuchOfTheWindowItCovers() {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    scenario.allData.firstDay = Scenario.day(-44)
    #expect(
      scenario.decide().reasonTexts == [
        "A client for 45 days (since 2026-08-17): too little history to judge before 60 days",
        "Earns $338.19 a month over the last 90 days, 45 of them as a client",
      ])
  }

  @Test func aFailedFixSaysWhatWasTriedAndWhatStayingCosts() {
    // −100000 over W: −304375/9 a month; H = 6 → continueLoss 608750/3 ($2,029.17).
    let decision = Scenario.losing(attemptDaysAgo: 45).decide()
    #expect(
      decision.reasonTexts == [
        "Loses $338.19 a month over the last 90 days",
        "You recorded a warning (Extra rounds billed from now on) on 2026-08-16, 45 days ago; it still loses money",
        "Over the next 6 months, staying loses $2,029.17",
      ])
  }

  @Test func aPendingFixSaysWhenToLookAgain() {
    let decision = Scenario.losing(attemptDaysAgo: 10).decide()
    #expect(
      decision.reasonTexts[1]
        == "You recorded a warning (Extra rounds billed from now on) on 2026-09-20; it has until 2026-10-20 to work")
    #expect(
      decision.planTexts.first
        == "Follow up a warning (Extra rounds billed from now on) of 2026-09-20, and look again on 2026-10-20")
  }

  @Test func aPhaseOutSaysWhyLeavingAtOnceWouldHurt() {
    var scenario = Scenario.losing(attemptDaysAgo: 45)
    scenario.allData.figures.share = Fraction(3, 10)
    // earned(W) 400000 → 400000 × 487 / 1440 = 1217500/9 ($1,352.78) a month.
    #expect(
      scenario.decide().reasonTexts.contains(
        "It brings 30% of your revenue over the last 12 months ($1,352.78 a month over the last 90 days): "
          + "leaving at once would cut deep"))
  }

  @Test func exitAtContractEndSaysWhen() {
    // H = 30 / 30.4375 = 480/487; continueLoss 304375/9 × 480/487 = 100000/3 ($333.33).
    var scenario = Scenario.losing(attemptDaysAgo: 45)
    scenario.terms.contractEnd = Scenario.day(30)
    let decision = scenario.decide()
    #expect(decision.continueLoss == Fraction(100_000, 3))
    #expect(
      decision.reasonTexts == [
        "Loses $338.19 a month over the last 90 days",
        "You recorded a warning (Extra rounds billed from now on) on 2026-08-16, 45 days ago; it still loses money",
        "The contract ends on 2026-10-30, in 1 month: staying until then loses $333.33",
      ])
  }
}
