import Analysis
import Domain
import Testing

@testable import Decisions

/// The figures of spec §5, worked by hand to the exact fraction.
///
/// W of 60 days: 37.5 h (135000 s), 30 h billable; costRate $40.00 → cost 37.5 × 4000 + expenses 2500
/// = 152500; carryingCost 123; earned 120000 (invoiced, no bad debt, nothing unbilled); profit −32623.
/// All data: outstanding 200000 − 170000 = 30000, badDebt 5000. Contract ends 45 days after asOf,
/// 2.5 wrap-up hours, targetRate $45.00, exitCollectionRisk 0.1.
@Suite struct DecisionFiguresTests {
  static var scenario: Scenario {
    var scenario = Scenario()
    scenario.settings.windowDays = 60
    scenario.settings.costRate = Scenario.money(4000)
    scenario.settings.targetRate = Scenario.money(4500)
    scenario.settings.exitCollectionRisk = Fraction(1, 10)
    scenario.terms = ClientTerms(contractEnd: Scenario.day(45), wrapUpHours: Fraction(5, 2))
    scenario.window = Scenario.figures(
      seconds: 135_000, billableSeconds: 108_000, invoiced: 120_000, expenses: 2500, costRate: 4000,
      carryingCost: 123, flags: [.losing, .belowTarget])
    scenario.allData = Scenario.figures(invoiced: 200_000, collected: 170_000, badDebt: 5000)
    return scenario
  }

  static var figures: Decisions.DecisionFigures { DecisionFigures(scenario.input) }

  @Test func windowProfitIsAsBuilt() {
    #expect(Self.scenario.window.figures.profit == Scenario.money(-32_623))
  }

  @Test func monthlyProfitScalesTheWindowByAverageMonth() {
    // f = 30.4375 / 60 = 304375 / 600000 = 487 / 960; −32623 × 487 / 960 = −15887401 / 960.
    #expect(RunRate.monthlyFactor(windowDays: 60) == Fraction(487, 960))
    #expect(RunRate.monthlyFactor(windowDays: 90) == Fraction(487, 1440))
    #expect(Self.scenario.decide().monthlyProfit == Fraction(-15_887_401, 960))
  }

  @Test func horizonIsMonthsToTheContractEnd() {
    // 45 / 30.4375 = 450000 / 304375 = 720 / 487.
    #expect(Self.figures.horizonMonths == Fraction(720, 487))
  }

  @Test func continueLossIsTheMonthlyLossOverTheHorizon() {
    // 15887401 / 960 × 720 / 487 = 32623 × 720 / 960 = 97869 / 4 (24467.25 cents).
    #expect(Self.figures.economics.continueLoss == Fraction(97_869, 4))
  }

  @Test func continueLossIsZeroForAProfitableClient() {
    var scenario = Self.scenario
    scenario.window = Scenario.profitable
    #expect(DecisionFigures(scenario.input).economics.continueLoss == .zero)
  }

  @Test func exitCostIsWrapUpPlusTheRiskOnTheOpenBalance() {
    // 2.5 h × 4000 + 1/10 × (30000 − 5000) = 10000 + 2500 = 12500.
    #expect(Self.figures.economics.exitCost == Fraction(12_500))
  }

  @Test func aCreditNoteOwedToTheClientMakesLeavingNoCheaper() {
    // Outstanding −250.00 (a credit note not yet refunded): the risk term is 0, never −25.00.
    var scenario = Self.scenario
    scenario.allData = Scenario.figures(invoiced: -25_000, collected: 0)
    #expect(DecisionFigures(scenario.input).economics.exitCost == Fraction(10_000))
  }

  @Test func walkAwayIsContinueLossLessExitCost() {
    // 97869/4 − 12500 = 47869/4 (11967.25 cents).
    #expect(Self.figures.economics.walkAway == Fraction(47_869, 4))
  }

  @Test func ratesPerBillableHour() {
    // Current 120000 / 30 = 4000; break-even (152500 + 123) / 30 = 152623 / 30;
    // increase 152623 / 120000 − 1 = 32623 / 120000; proposed max(5087.43, 4500 × 37.5 / 30 = 5625).
    let rate = Self.figures.rate
    #expect(rate.currentRate == Fraction(4000))
    #expect(rate.breakEvenRate == Fraction(152_623, 30))
    #expect(rate.increaseNeeded == Fraction(32_623, 120_000))
    #expect(rate.proposedRate == Fraction(5625))
  }

  @Test func proposedRateIsBreakEvenWithoutATarget() {
    var scenario = Self.scenario
    scenario.settings.targetRate = nil
    #expect(DecisionFigures(scenario.input).rate.proposedRate == Fraction(152_623, 30))
  }

  @Test func proposedRateIsCappedAtTheLargestRiseWorthProposing() {
    // A 20% cap: 4000 × 1.2 = 4800, below both break-even and the target's 5625.
    var scenario = Self.scenario
    scenario.settings.maxRateIncrease = Fraction(1, 5)
    let rate = DecisionFigures(scenario.input).rate
    #expect(rate.proposedRate == Fraction(4800))
    #expect(rate.isCapped)
  }

  @Test func proposedRateIsConvertedIntoTheClientsCurrency() {
    // 5625 USD cents per hour at 1.08 USD per EUR: 5625 / 1.08 = 5208.33… EUR cents (€52.08).
    var scenario = Self.scenario
    let eur = Currency(code: "EUR") ?? .unknown
    scenario.settings.rates = [eur: Fraction(108, 100)]
    scenario.settings.clientCurrencies = [Scenario.client: eur]
    #expect(DecisionFigures(scenario.input).proposedRateInClientCurrency == Fraction(562_500, 108))
    let jpy = Currency(code: "JPY") ?? .unknown
    scenario.settings.rates = [jpy: Fraction(1, 150)]
    scenario.settings.clientCurrencies = [Scenario.client: jpy]
    // ¥ has no minor unit: 56.25 USD × 150 = ¥8,437.5 an hour.
    #expect(DecisionFigures(scenario.input).proposedRateInClientCurrency == Fraction(16_875, 2))
  }

  @Test func ratesAreUnknownWithoutBillableHours() {
    var scenario = Self.scenario
    scenario.window = Scenario.figures(seconds: 3600, billableSeconds: 0, invoiced: 1000, costRate: 4000)
    let rate = DecisionFigures(scenario.input).rate
    #expect(rate == RateProposal())
  }

  @Test func ratesAreUnknownWhenNothingWasEarned() {
    // Invoiced 1000, all of it bad debt: earned 0; and a credit note larger than W's work: −1000.
    var scenario = Self.scenario
    scenario.window = Scenario.figures(seconds: 3600, invoiced: 1000, badDebt: 1000, costRate: 4000)
    #expect(DecisionFigures(scenario.input).rate == RateProposal())
    scenario.window = Scenario.figures(seconds: 3600, invoiced: -1000, costRate: 4000)
    #expect(DecisionFigures(scenario.input).rate == RateProposal())
    let decision = scenario.decide()
    #expect(decision.recommendation == .fix)
    #expect(decision.reasonTexts.contains("Nothing earned in the last 60 days: a rate rise alone cannot close the gap"))
  }

  @Test func refundOfferIsCappedAtWhatTheClientPaidInTheWindow() {
    // A failed fix: walkAway 47869/4 = 11967.25; paid in W 5000.00 → offer 5000.00.
    var scenario = Self.scenario
    scenario.terms = ClientTerms(contractEnd: Scenario.day(45), wrapUpHours: Fraction(5, 2))
    scenario.allData.incidents = [Scenario.incident(.warning, -40)]
    scenario.window.paidInPeriod = Scenario.money(5000)
    var decision = scenario.decide()
    #expect(decision.recommendation == .exitNow)
    #expect(decision.refundOffer == Fraction(5000))
    scenario.window.paidInPeriod = Scenario.money(50_000)
    #expect(scenario.decide().refundOffer == Fraction(47_869, 4))
    scenario.window.paidInPeriod = Scenario.money(0)
    #expect(scenario.decide().refundOffer == nil)
    // Never to a client who owes money past due, bad debt included.
    scenario.window.paidInPeriod = Scenario.money(5000)
    scenario.allData.aging.over90 = Scenario.money(1)
    decision = scenario.decide()
    #expect(decision.refundOffer == nil)
    #expect(
      decision.planTexts.contains("No refund: they owe $0.01 past due; collect it, or net it against any gesture"))
  }

  @Test func noRefundOfferWhenLeavingDoesNotPay() {
    var scenario = Self.scenario
    scenario.allData.incidents = [Scenario.incident(.warning, -40)]
    scenario.settings.exitCollectionRisk = Fraction(1)
    // exitCost 10000 + 25000 = 35000 > continueLoss 24467.25: walkAway < 0.
    let decision = scenario.decide()
    #expect(decision.walkAway == Fraction(97_869, 4) - Fraction(35_000))
    #expect(decision.refundOffer == nil)
  }

  @Test func refundArgumentWeighsTheGainOfLeaving() {
    // continueLoss − (10000 + exitCost) = 97869/4 − 22500 = 7869/4, on a card with exit figures.
    var scenario = Self.scenario
    scenario.allData.incidents = [Scenario.incident(.warning, -40)]
    scenario.refund = Scenario.money(10_000)
    let offer = scenario.decide().refundWeighed
    #expect(offer?.gainOfLeaving == Fraction(7869, 4))
    #expect(offer?.amount == Scenario.money(10_000))
    scenario.refund = nil
    #expect(scenario.decide().refundWeighed == nil)
  }

  @Test func tenureCountsTheFirstDayAndAsOf() {
    var scenario = Self.scenario
    scenario.allData.firstDay = Scenario.asOf
    #expect(scenario.decide().tenureDays == 1)
  }

  @Test func decisionCarriesTheWindowAndTheClient() {
    let decision = Self.scenario.decide()
    #expect(decision.client == Scenario.client)
    #expect(decision.name == "Acme")
    #expect(decision.windowStart == Scenario.day(-59))
    #expect(decision.windowEnd == Scenario.asOf)
    #expect(decision.window == Self.scenario.window)
  }
}
