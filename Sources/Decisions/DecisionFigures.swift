import Analysis
import Domain

/// One client's figures of spec §5, computed before any rule is tried: the run-rate, the horizon,
/// the exit economics and the rate proposal.
struct DecisionFigures: Sendable, Equatable {
  /// profit(W) × 30.4375 / windowDays, exact minor units a month; nil when profit(W) is unknown.
  var monthlyProfit: Fraction?
  /// earned(W) × 30.4375 / windowDays: the revenue a phase-out must replace.
  var monthlyEarned: Fraction?
  /// H, in months.
  var horizonMonths: Fraction
  var economics: ExitEconomics
  var rate: RateProposal
  /// The proposed rate in the currency the client is billed in.
  var proposedRateInClientCurrency: Fraction?

  /// The figures of `input`, exact, with no intermediate rounding.
  init(_ input: DecisionInput) {
    let settings = input.settings
    let window = input.window.figures
    monthlyProfit = window.profit.map { RunRate.monthly($0, windowDays: settings.windowDays) }
    monthlyEarned = window.earned.map { RunRate.monthly($0, windowDays: settings.windowDays) }
    horizonMonths = RunRate.horizonMonths(
      contractEnd: input.terms?.contractEnd, asOf: input.asOf, horizonMonths: settings.horizonMonths)
    economics = ExitEconomics(
      monthlyProfit: monthlyProfit, horizonMonths: horizonMonths, wrapUpHours: input.terms?.wrapUpHours,
      costRate: ClientCostRate.of(window: window, settings: settings), exitCollectionRisk: settings.exitCollectionRisk,
      allData: input.allData.figures)
    // A below-target flag held while W's rate meets the target asks for the rate that clears its band.
    let held = input.heldFlags.contains { $0.flag == .belowTarget }
    let target = held ? BandedFlag.edge(.belowTarget, settings: settings) : settings.targetRate?.exact
    rate = RateProposal(window: window, targetRate: target, maxRateIncrease: settings.maxRateIncrease)
    proposedRateInClientCurrency = rate.proposedRate(
      in: input.clientCurrency, reportCurrency: settings.currency, rates: settings.rates)
  }
}
