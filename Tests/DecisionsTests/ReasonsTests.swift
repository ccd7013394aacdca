import Analysis
import Domain
import Testing

@testable import Decisions

/// The reasons each recommendation carries: the figures and flags that led there.
@Suite struct ReasonsTests {
  @Test func renegotiationGivesTheRiseAndTheRateToPropose() {
    // From DecisionFiguresTests: monthly −15887401/960 (−$165.49), break-even 152623/30 ($50.87),
    // current rate $40.00, increase 32623/120000 (27.19%), proposed $56.25, effective rate
    // 120000 / 37.5 = $32.00 an hour.
    let decision = DecisionFiguresTests.scenario.decide()
    #expect(
      decision.reasons == [
        "Loses $165.49 a month over the last 60 days",
        "A rate rise of 27.2% (from $40.00 to $50.87 per billable hour) would break even; within the 50% worth "
          + "proposing",
        "Propose $56.25 per billable hour: it earns the target of $45.00 an hour over all hours",
        "Earns $32.00 an hour against a target of $45.00",
      ])
  }

  @Test func watchNamesEveryFlagWithItsThreshold() {
    // 100 h, 59 billable: 41% not billable. Profit 600000 − 500000 = 100000 → $338.19 a month.
    var scenario = Scenario()
    scenario.settings.targetRate = Scenario.money(7000)
    scenario.window = Scenario.figures(
      seconds: 360_000, billableSeconds: 212_400, invoiced: 600_000,
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
      decision.reasons == [
        "Earns $338.19 a month over the last 90 days",
        "Earns $60.00 an hour against a target of $70.00",
        "Pays 38 days late on average (threshold 14)",
        "$123.45 is more than 60 days past due, the oldest 95 days",
        "41% of hours are not billable (threshold 25%)",
        "3 moderate incidents in the last 90 days: late-payment, out-of-hours, no-response",
      ])
  }

  @Test func averageLatenessAtTheThresholdIsNotGivenAsAReason() {
    var scenario = Scenario()
    scenario.window = Scenario.figures(seconds: 360_000, invoiced: 600_000, flags: [.latePayer])
    scenario.window.figures.avgDaysLate = Fraction(14)
    scenario.window.aging.days61to90 = Scenario.money(500)
    scenario.window.maxDaysPastDue = 61
    #expect(scenario.decide().reasons.dropFirst() == ["$5.00 is more than 60 days past due, the oldest 61 days"])
  }

  @Test func keepInactiveAndInvoiceFirstCarryNoReasons() {
    var scenario = Scenario()
    #expect(scenario.decide().reasons.isEmpty)
    scenario.window = Scenario.figures(seconds: 3600)
    #expect(scenario.decide().reasons.isEmpty)
    scenario.window = Scenario.profitable
    #expect(scenario.decide().reasons.isEmpty)
  }

  @Test func exitAtContractEndSaysWhyNotRenegotiateAndWhen() {
    // Losing: −304375/9 a month ($338.19); H = 480/487 (0.99 months) → continueLoss
    // 304375/9 × 480/487 = 100000 × 30/90 = 100000/3 ($333.33).
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    scenario.terms.contractEnd = Scenario.day(30)
    let decision = scenario.decide()
    #expect(decision.continueLoss == Fraction(100_000, 3))
    #expect(
      decision.reasons == [
        "Loses $338.19 a month over the last 90 days",
        "A rate rise of 25% would be needed to break even; more than the 10% worth proposing",
        "The contract ends on 2026-10-30, in 1 month: staying until then loses $333.33",
      ])
  }

  @Test func noBillableHoursLeavesNoRateToRaise() {
    var scenario = Scenario()
    scenario.window = Scenario.figures(expenses: 1000)
    #expect(scenario.decide().reasons.contains("No billable hours in the last 90 days to raise a rate on"))
  }
}
