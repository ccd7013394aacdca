import Analysis
import Domain
import Testing

@testable import Decisions

/// Spec §5 "Which figures a decision carries": every recommendation has exactly its figures, the
/// others nil, so that no card shows a figure its verdict does not rest on.
@Suite struct CarriedFiguresTests {
  /// Which of the optional figures are set, by name.
  static func carried(_ decision: Decision) -> Set<String> {
    var names = Set<String>()
    func note(_ name: String, _ value: Any?) { if value != nil { names.insert(name) } }
    note("horizonMonths", decision.horizonMonths)
    note("continueLoss", decision.continueLoss)
    note("exitCost", decision.exitCost)
    note("walkAway", decision.walkAway)
    note("refundOffer", decision.refundOffer)
    note("currentRate", decision.currentRate)
    note("breakEvenRate", decision.breakEvenRate)
    note("proposedRate", decision.proposedRate)
    note("clientCurrency", decision.clientCurrency)
    note("proposedRateInClientCurrency", decision.proposedRateInClientCurrency)
    note("increaseNeeded", decision.increaseNeeded)
    note("deadline", decision.deadline)
    note("exitCause", decision.exitCause)
    return names
  }

  static let rates: Set<String> = [
    "currentRate", "breakEvenRate", "proposedRate", "clientCurrency", "proposedRateInClientCurrency", "increaseNeeded",
  ]
  static let exit: Set<String> = ["horizonMonths", "continueLoss", "exitCost", "walkAway"]

  @Test func keepInactiveAndInvoiceFirstCarryNone() {
    var scenario = Scenario()
    scenario.window = Scenario.profitable
    #expect(Self.carried(scenario.decide()).isEmpty)
    scenario.window = Scenario.figures()
    #expect(scenario.decide().recommendation == .inactive)
    #expect(Self.carried(scenario.decide()).isEmpty)
    scenario.window = Scenario.losing
    scenario.allData.oldestUnbilledWork = Scenario.day(-100)
    #expect(scenario.decide().recommendation == .invoiceFirst)
    #expect(Self.carried(scenario.decide()).isEmpty)
  }

  @Test func newCarriesTheDeadline() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.allData.firstDay = Scenario.day(-10)
    #expect(Self.carried(scenario.decide()) == ["deadline"])
  }

  @Test func watchCarriesTheRateAndTheProposalOnlyWhenBelowTarget() {
    var scenario = Scenario()
    scenario.settings.targetRate = Scenario.money(9000)
    scenario.window = Scenario.profitable
    scenario.window.flags = [.latePayer]
    #expect(Self.carried(scenario.decide()) == ["currentRate"])
    scenario.window.flags = [.belowTarget]
    let decision = scenario.decide()
    #expect(
      Self.carried(decision) == ["currentRate", "proposedRate", "clientCurrency", "proposedRateInClientCurrency"])
    // 100 h, all billable: 9000 × 100 / 100 = 9000, capped at 6000 × 1.5 = 9000.
    #expect(decision.proposedRate == Fraction(9000))
  }

  @Test func renegotiateCarriesTheRatesAndTheDeadline() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    #expect(scenario.decide().recommendation == .renegotiate)
    #expect(Self.carried(scenario.decide()) == Self.rates.union(["deadline"]))
  }

  @Test func fixCarriesTheRatesTheDeadlineAndTheExitThatFollows() {
    var scenario = Scenario()
    scenario.window = Scenario.losing
    scenario.settings.maxRateIncrease = Fraction(1, 10)
    #expect(scenario.decide().recommendation == .fix)
    #expect(Self.carried(scenario.decide()) == Self.rates.union(Self.exit).union(["deadline"]))
    #expect(
      Self.carried(Scenario.losing(attemptDaysAgo: 3).decide()) == Self.rates.union(Self.exit).union(["deadline"]))
  }

  @Test func exitsCarryTheirExitFigures() {
    var scenario = Scenario.losing(attemptDaysAgo: 40)
    scenario.terms = ClientTerms(contractEnd: Scenario.day(10))
    #expect(Self.carried(scenario.decide()) == Self.exit)
    scenario.terms = ClientTerms()
    scenario.allData.figures.share = Fraction(1, 2)
    #expect(Self.carried(scenario.decide()) == Self.exit.union(["deadline"]))
    scenario.allData.figures.share = nil
    // Paid 400000 in W, no past due: the refund offer is min(walkAway, paid) = walkAway.
    #expect(Self.carried(scenario.decide()) == Self.exit.union(["exitCause", "refundOffer"]))
  }

  @Test func everyDecisionCarriesMonthlyProfitShareTenureAndLastAttempt() {
    var scenario = Scenario.losing(attemptDaysAgo: 3)
    scenario.allData.figures.share = Fraction(1, 5)
    let decision = scenario.decide()
    #expect(decision.monthlyProfit != nil)
    #expect(decision.share == Fraction(1, 5))
    #expect(decision.tenureDays == 366)
    #expect(decision.lastAttempt?.kind == .warning)
  }
}
