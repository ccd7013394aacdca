import Analysis
import Domain

/// The pure core of spec §5: one client's decision from its figures, with no ledger in sight.
enum DecisionRules {
  /// The flags over W that turn a profitable client from `keep` into `watch` (rule 4).
  static let watchFlags: [Flag] = [.belowTarget, .latePayer, .scopeCreep, .conduct]

  /// Moderate incidents in W from which renegotiating is no longer tried (rule 6).
  static let moderateIncidentLimit = 3

  /// The client's decision: its figures, the first rule that applies, the reasons and, for an
  /// exit, the plan.
  static func decide(_ input: DecisionInput) -> Decision {
    let figures = DecisionFigures(input)
    let rule = firstRule(input, figures)
    let recommendation = rule.recommendation
    let reasons = Reasons(input: input, figures: figures).reasons(for: rule)
    let plan = recommendation.isExit ? ExitPlan(input: input, figures: figures).steps(for: rule) : []
    let offer = input.refund.map {
      RefundOffer(amount: $0, gainOfLeaving: figures.economics.gainOfLeaving(refund: $0))
    }
    return Decision(
      client: input.allData.client, name: input.allData.name, recommendation: recommendation,
      window: input.window, windowStart: input.windowStart, windowEnd: input.asOf,
      monthlyProfit: figures.monthlyProfit, horizonMonths: figures.horizonMonths,
      continueLoss: figures.economics.continueLoss, exitCost: figures.economics.exitCost,
      maxRefund: figures.economics.maxRefund, breakEvenRate: figures.rate.breakEvenRate,
      proposedRate: figures.rate.proposedRate, increaseNeeded: figures.rate.increaseNeeded, reasons: reasons,
      plan: plan, incidents: input.incidents, refundOffer: offer)
  }

  /// The first rule of spec §5 that applies.
  ///
  /// Rule 1 reads "any severe incident" as any severe incident inside W, like every other rule:
  /// the decision judges the relationship as it is now, and an old incident outside W is still
  /// documented in the plan of any exit (`Decision.incidents`) but does not by itself force one.
  static func firstRule(_ input: DecisionInput, _ figures: DecisionFigures) -> DecisionRule {
    if !input.severeIncidentsInWindow.isEmpty { return .severeIncident }
    let activity = Activity(input.window)
    if activity.isNone { return .inactive }
    if activity.hasTime && !activity.hasInvoice { return .invoiceFirst }
    if figures.monthlyProfit >= .zero {
      let flagged = watchFlags.contains { input.window.flags.contains($0) }
      return flagged ? .watch : .keep
    }
    if let increase = figures.rate.increaseNeeded, increase <= input.settings.maxRateIncrease,
      input.moderateIncidentsInWindow < moderateIncidentLimit
    {
      return .renegotiate
    }
    if figures.horizonMonths <= .one { return .contractEnd }
    return .loss
  }
}
