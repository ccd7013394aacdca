import Analysis
import Domain
import Testing

@testable import Decisions

/// The sensitivity on a losing client's card is computed, not guessed: the rate rise it names,
/// given to `whatif`, makes the client break even over the window; it is on losing clients only.
@Suite struct SensitivityTests {
  @Test(arguments: Array(UInt64(1)...30))
  func theRateRiseBreaksEvenWhenWhatIfAppliesIt(seed: UInt64) throws {
    var random = RandomLedger(seed: seed)
    random.settings.costRate = random.settings.costRate ?? Money(minorUnits: 4_000, currency: RandomLedger.usd)
    let report = try DecisionMaker.decide(ledger: random.ledger, settings: random.settings)
    for decision in report.decisions {
      guard let sensitivity = decision.sensitivity else {
        #expect(decision.rule < DecisionRule.contractEnd.rawValue || (decision.monthlyProfit ?? .zero) >= .zero)
        continue
      }
      #expect(decision.rule >= DecisionRule.contractEnd.rawValue)
      #expect((decision.monthlyProfit ?? .zero) < .zero)
      guard let rise = sensitivity.rateRise else { continue }
      // The rise as a card writes it: rounded up to a tenth of a percent.
      let scaled = rise * Fraction(1000)
      let written = Fraction(
        scaled.numerator / scaled.denominator + (scaled.numerator % scaled.denominator > 0 ? 1 : 0), 1000)
      let after = try WhatIf.compare(
        ledger: random.ledger, settings: random.settings, changes: [.rate(decision.client, .by(written))])
      let monthly = after.afterDecisions.decisions.first { $0.client == decision.client }?.monthlyProfit
      #expect(
        (monthly ?? -.one) >= .zero,
        "seed \(seed): \(decision.name) +\(written) gives \(monthly.map(\.description) ?? "null")")
    }
  }

  /// Kettle & Crane's window on a ledger small enough to check by hand.
  @Test func theThreeChangesFromTheWindowsFigures() throws {
    var window = Figures(currency: Scenario.usd)
    window.seconds = 100 * 3600
    window.billableSeconds = 60 * 3600
    window.earned = Scenario.money(300_000)
    window.carryingCost = Scenario.money(0)
    window.expenses = Scenario.money(20_000)
    window.cost = Scenario.money(520_000)
    window.profit = Scenario.money(-220_000)
    let sensitivity = try #require(Sensitivity(window: window, costRate: Scenario.money(5_000).exact, windowDays: 90))
    // (earned − carrying) × (1 + r) = cost: r = 5,200 ÷ 3,000 − 1.
    #expect(sensitivity.rateRise == Fraction(11, 15))
    // 2,200 × 60 h ÷ (40 h × 3,000) = 1.1: billing every non-billable hour is not enough.
    #expect(sensitivity.billNonBillable == nil)
    // (3,000 − 200 − 0) ÷ 50 = 56 h over 90 days, 56 × 30.4375 ÷ 90 a month.
    #expect(sensitivity.hoursCap == Fraction(56) * Fraction(304_375, 900_000))
  }
}
