import Analysis
import Domain
import Testing

@testable import Decisions

/// One test per rule of spec §5, at its boundary, in the spec's order.
///
/// The losing client of `Scenario.losing`: 100 h (80 billable) at $50.00 = 500000 cents of cost,
/// invoiced 400000: profit −100000; breakEven 500000 / 80 = 6250; current rate 400000 / 80 = 5000;
/// increaseNeeded 6250 / 5000 − 1 = 1/4; with the default horizon H = 6.
@Suite struct DecisionRulesTests {
  // Rule 1: exit-now on any severe incident in W, whatever the money.

  @Test func severeIncidentInWindowExitsAProfitableClient() {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    scenario.window.incidents = [Scenario.incident(.abuse, -47)]
    let decision = scenario.decide()
    #expect(decision.recommendation == .exitNow)
    #expect(decision.reasons.first == "Severe incident: abuse on 2026-08-14")
    #expect(!decision.plan.isEmpty)
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
    #expect(decision.reasons.isEmpty)
    #expect(decision.plan.isEmpty)
  }

  @Test func anExpenseAloneIsActivity() {
    // −$10.00 over W and no billable hours: no rate to raise, H = 6 → exit-now.
    var scenario = Scenario()
    scenario.window = Scenario.figures(expenses: 1000)
    #expect(scenario.decide().recommendation == .exitNow)
  }

  @Test func anInvoiceAloneIsActivity() {
    var scenario = Scenario()
    scenario.window = Scenario.figures(invoiced: 1000)
    #expect(scenario.decide().recommendation == .keep)
  }

  @Test func factsCountEvenWhenTheirSumsAreZero() {
    // An invoice and its credit note cancel to 0, a time entry of 0 seconds: both still activity.
    var scenario = Scenario()
    scenario.window = Scenario.figures(invoiceCount: 2)
    #expect(scenario.decide().recommendation == .keep)
    scenario.window = Scenario.figures(timeEntryCount: 1)
    #expect(scenario.decide().recommendation == .invoiceFirst)
  }

  // Rule 3: invoice-first when W has time but no invoice.

  @Test func timeWithoutInvoiceIsInvoiceFirst() {
    var scenario = Scenario()
    scenario.window = Scenario.figures(seconds: 3600, flags: [.losing, .unbilled])
    let decision = scenario.decide()
    #expect(decision.recommendation == .invoiceFirst)
    #expect(decision.reasons.isEmpty)
  }

  @Test func timeWithAnInvoiceIsJudged() {
    var scenario = Scenario()
    scenario.window = Scenario.figures(seconds: 3600, invoiced: 5000)
    #expect(scenario.decide().recommendation == .keep)
  }

  // Rules 4 and 5: keep when monthlyProfit ≥ 0 and no watch flag, else watch.

  @Test func breakingEvenExactlyIsKept() {
    var scenario = Scenario()
    scenario.window = Scenario.figures(seconds: 3600, invoiced: 5000)
    #expect(scenario.decide().monthlyProfit == .zero)
    #expect(scenario.decide().recommendation == .keep)
    scenario.window = Scenario.figures(seconds: 3600, invoiced: 4999)
    #expect(scenario.decide().recommendation != .keep)
  }

  @Test(arguments: [Flag.belowTarget, .latePayer, .scopeCreep, .conduct])
  func eachWatchFlagTurnsKeepIntoWatch(flag: Flag) {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    #expect(scenario.decide().recommendation == .keep)
    scenario.window.flags = [flag]
    let decision = scenario.decide()
    #expect(decision.recommendation == .watch)
    #expect(decision.reasons.count >= 2)
    #expect(decision.plan.isEmpty)
  }

  @Test(arguments: [Flag.losing, .unbilled])
  func otherFlagsKeepAProfitableClient(flag: Flag) {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    scenario.window.flags = [flag]
    #expect(scenario.decide().recommendation == .keep)
  }

  // Rule 6: renegotiate when increaseNeeded ≤ maxRateIncrease and fewer than 3 moderate incidents.

  @Test func increaseExactlyAtTheMaximumIsRenegotiated() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 4)
    let decision = scenario.decide()
    #expect(decision.increaseNeeded == Fraction(1, 4))
    #expect(decision.recommendation == .renegotiate)
    #expect(decision.plan.isEmpty)
  }

  @Test func increaseJustAboveTheMaximumExits() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 4) - Fraction(1, 1_000_000)
    let decision = scenario.decide()
    #expect(decision.recommendation == .exitNow)
    #expect(
      decision.reasons.contains(
        "A rate rise of 25% would be needed to break even; more than the 25% worth proposing"))
  }

  @Test func twoModerateIncidentsStillRenegotiate() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.window.incidents = [Scenario.incident(.latePayment, -10), Scenario.incident(.scopeChange, -5)]
    #expect(scenario.decide().recommendation == .renegotiate)
  }

  @Test func threeModerateIncidentsRuleOutRenegotiating() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.window.flags.append(.conduct)
    scenario.window.incidents = [
      Scenario.incident(.latePayment, -10), Scenario.incident(.scopeChange, -5), Scenario.incident(.disrespect, 0),
    ]
    let decision = scenario.decide()
    #expect(decision.recommendation == .exitNow)
    #expect(
      decision.reasons == [
        "Loses $338.19 a month over the last 90 days",
        "A rate rise of 25% would break even, but moderate incidents rule out renegotiating",
        "3 moderate incidents in the last 90 days: late-payment, scope-change, disrespect",
        "No contract end is known; over the 6 months looked ahead, staying loses $2,029.17",
        "Leaving costs $0.00: a refund of up to $2,029.17 is still cheaper than staying",
      ])
  }

  // Rule 7: exit-at-contract-end when H ≤ 1.

  @Test func horizonOfExactlyOneMonthExitsAtContractEnd() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    scenario.settings.horizonMonths = .one
    #expect(scenario.decide().recommendation == .exitAtContractEnd)
    scenario.settings.horizonMonths = Fraction(31, 30)
    #expect(scenario.decide().recommendation == .exitNow)
  }

  @Test func contractEndingWithinAMonthExitsAtItsEnd() {
    // 30 days: H = 30 / 30.4375 = 480/487 < 1; 31 days: H = 496/487 > 1.
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    scenario.terms.contractEnd = Scenario.day(30)
    let decision = scenario.decide()
    #expect(decision.horizonMonths == Fraction(480, 487))
    #expect(decision.recommendation == .exitAtContractEnd)
    #expect(decision.plan.contains("End at the contract's end on 2026-10-30 and do not renew"))
    scenario.terms.contractEnd = Scenario.day(31)
    #expect(scenario.decide().horizonMonths == Fraction(496, 487))
    #expect(scenario.decide().recommendation == .exitNow)
  }

  @Test func contractAlreadyEndedGivesNoHorizon() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    scenario.terms.contractEnd = Scenario.day(-1)
    let decision = scenario.decide()
    #expect(decision.horizonMonths == .zero)
    #expect(decision.continueLoss == .zero)
    #expect(decision.recommendation == .exitAtContractEnd)
  }

  // Rule 8: exit-now, with maxRefund.

  @Test func exitNowOffersTheRefundWhenLeavingIsCheaper() {
    // continueLoss = 304375/9 × 6 = 608750/3; exitCost = 10 h × 5000 + 1/2 × (150000 − 50000)
    // = 100000; maxRefund = 608750/3 − 100000 = 308750/3 (102916.67 cents).
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.allData = Scenario.figures(invoiced: 400_000, collected: 250_000, badDebt: 50_000)
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    scenario.settings.exitCollectionRisk = Fraction(1, 2)
    scenario.terms.wrapUpHours = Fraction(10)
    let decision = scenario.decide()
    #expect(decision.recommendation == .exitNow)
    #expect(decision.maxRefund == Fraction(308_750, 3))
    #expect(decision.plan.last == "Offer a refund of up to $1,029.17")
    #expect(
      decision.reasons.contains("Leaving costs $1,000.00: a refund of up to $1,029.17 is still cheaper than staying"))
  }

  @Test func exitNowWithoutARefundWhenLeavingCostsMore() {
    // exitCost = 100 h × 5000 + 1/2 × 100000 = 550000; maxRefund = 608750/3 − 550000 = −1041250/3.
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.allData = Scenario.figures(invoiced: 400_000, collected: 250_000, badDebt: 50_000)
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    scenario.settings.exitCollectionRisk = Fraction(1, 2)
    scenario.terms.wrapUpHours = Fraction(100)
    let decision = scenario.decide()
    #expect(decision.recommendation == .exitNow)
    #expect(decision.maxRefund == Fraction(-1_041_250, 3))
    #expect(!decision.plan.contains { $0.hasPrefix("Offer a refund") })
    #expect(
      decision.reasons.contains(
        "Leaving costs $5,500.00, no less than staying would lose: no refund is worth offering"))
  }
}
