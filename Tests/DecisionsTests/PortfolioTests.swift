import Analysis
import Domain
import Testing

@testable import Decisions

/// Spec §5 "Portfolio": the share of revenue the exits for losses take, and the note when there
/// are so many that the pricing itself is in question.
@Suite struct PortfolioTests {
  static func decision(
    _ name: String, _ recommendation: Recommendation, share: Fraction?, cause: ExitCause? = nil
  ) -> Decision {
    let figures = Scenario.figures()
    var decision = Decision(
      client: ClientKey(name), name: name, recommendation: recommendation, window: figures,
      windowStart: Scenario.day(-89), windowEnd: Scenario.asOf,
      settlement: Settlement(
        unbilledValue: nil, openBalance: Scenario.money(0), pastDue: Scenario.money(0), clientCurrency: Scenario.usd))
    decision.share = share
    decision.exitCause = cause
    return decision
  }

  @Test func exitShareSumsTheExitsForLossesOnly() {
    let portfolio = Portfolio(
      [
        Self.decision("A", .exitNow, share: Fraction(1, 10), cause: .failedFix),
        Self.decision("B", .exitNow, share: Fraction(1, 2), cause: .severeIncident),
        Self.decision("C", .fix, share: Fraction(1, 5)),
        Self.decision("D", .phaseOut, share: Fraction(1, 10)),
      ], costRate: Scenario.money(6500))
    #expect(portfolio.exitShare == Fraction(1, 5))
    #expect(portfolio.leaving == ["A", "D"])
    #expect(
      portfolio.note?.englishText
        == "2 clients holding 20% of your revenue lose money at your cost rate of $65.00 an hour: before letting "
        + "them all go, check your pricing and the cost rate itself, not only the clients")
  }

  /// Issue 21: when people or dates cost different rates, the note names no one rate.
  @Test func withoutOneRateForEveryHourTheNoteSaysRates() {
    let portfolio = Portfolio(
      [Self.decision("A", .phaseOut, share: Fraction(1, 10)), Self.decision("B", .phaseOut, share: Fraction(1, 10))],
      costRate: nil)
    #expect(
      portfolio.note?.englishText
        == "2 clients holding 20% of your revenue lose money at your cost rates: before letting them all go, check "
        + "your pricing and the cost rates themselves, not only the clients")
  }

  @Test func oneExitBelowThirtyPercentIsNoNote() {
    let below = Portfolio(
      [Self.decision("A", .exitAtContractEnd, share: Fraction(3, 10) - Fraction(1, 10_000))], costRate: nil)
    #expect(below.note == nil)
    let at = Portfolio([Self.decision("A", .exitAtContractEnd, share: Fraction(3, 10))], costRate: nil)
    #expect(at.note?.englishText.hasPrefix("1 client holding 30% of your revenue loses money") == true)
  }

  @Test func noExitsIsAZeroShareAndNoNote() {
    let portfolio = Portfolio([Self.decision("A", .keep, share: Fraction(1))], costRate: nil)
    #expect(portfolio.exitShare == .zero)
    #expect(portfolio.note == nil)
    #expect(Portfolio([], costRate: nil).exitShare == .zero)
  }
}
