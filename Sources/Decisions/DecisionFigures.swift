import Domain

/// One client's figures of spec §5, computed before any rule is tried: the run-rate, the horizon,
/// the exit economics and the rate proposal.
struct DecisionFigures: Sendable, Equatable {
  /// profit(W) × 30.4375 / windowDays, exact minor units a month.
  var monthlyProfit: Fraction
  /// H, in months.
  var horizonMonths: Fraction
  var economics: ExitEconomics
  var rate: RateProposal

  /// The figures of `input`, exact, with no intermediate rounding.
  init(_ input: DecisionInput) {
    let settings = input.settings
    monthlyProfit = RunRate.monthlyProfit(windowProfit: input.window.figures.profit, windowDays: settings.windowDays)
    horizonMonths = RunRate.horizonMonths(
      contractEnd: input.terms?.contractEnd, asOf: input.asOf, horizonMonths: settings.horizonMonths)
    economics = ExitEconomics(
      monthlyProfit: monthlyProfit, horizonMonths: horizonMonths, wrapUpHours: input.terms?.wrapUpHours,
      costRate: settings.costRate, exitCollectionRisk: settings.exitCollectionRisk, allData: input.allData.figures)
    rate = RateProposal(window: input.window.figures, targetRate: settings.targetRate)
  }
}
