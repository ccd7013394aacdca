import Analysis
import Domain

/// The pure core of spec §5: one client's decision from its figures, with no ledger in sight.
enum DecisionRules {
  /// The flags over W that turn a profitable client from `keep` into `watch` (rule 5).
  static let watchFlags: [Flag] = [.belowTarget, .latePayer, .scopeCreep, .conduct]

  /// Moderate incidents in W from which renegotiating is no longer tried (rule 11).
  static let moderateIncidentLimit = 3

  /// The longest a phase-out takes: a quarter (spec §5 rule 8, asOf + 91 days).
  static let phaseOutDays = 91

  /// The client's decision: the first rule that applies, the figures it carries, the reasons and
  /// the plan.
  static func decide(_ input: DecisionInput) -> Decision {
    let figures = DecisionFigures(input)
    let rule = firstRule(input, figures)
    var decision = Decision(
      client: input.allData.client, name: input.allData.name, recommendation: rule.recommendation,
      window: input.window, windowStart: input.windowStart, windowEnd: input.asOf, settlement: Settlement(input))
    decision.rule = rule.rawValue
    decision.heldFlags = input.heldFlags.map(\.flag)
    decision.monthlyProfit = figures.monthlyProfit
    if rule.rawValue >= DecisionRule.contractEnd.rawValue {
      decision.sensitivity = Sensitivity(
        window: input.window.figures,
        costRate: ClientCostRate.of(window: input.window.figures, settings: input.settings),
        windowDays: input.settings.windowDays)
    }
    decision.share = input.share
    decision.tenureDays = input.tenureDays
    decision.lastAttempt = input.lastAttempt
    decision.incidents = input.incidents
    carry(figures, of: rule, input, into: &decision)
    decision.reasons = Reasons(input: input, figures: figures, decision: decision).reasons(for: rule)
    decision.plan = Plans(input: input, figures: figures, decision: decision).steps(for: rule)
    return decision
  }

  /// The first rule of spec §5 that applies.
  static func firstRule(_ input: DecisionInput, _ figures: DecisionFigures) -> DecisionRule {
    if !input.severeIncidentsInWindow.isEmpty { return .severeIncident }
    if Activity(input.window).isNone { return .inactive }
    let allData = input.allData
    if allData.hasStaleUnbilledWork(asOf: input.asOf) || allData.figures.unbilledValue == nil { return .invoiceFirst }
    if let tenure = input.tenureDays, tenure < input.settings.minHistoryDays { return .new }
    // Unknown only when the window's unbilled work cannot be valued, which rule 3 has caught.
    guard let monthlyProfit = figures.monthlyProfit else { return .invoiceFirst }
    if monthlyProfit >= .zero || input.lossInBand != nil {
      return input.watchFlags.isEmpty ? .keep : .watch
    }
    switch input.attemptFailed {
    case true?:
      // Ending waits for a failed attempt, even at the contract's end: the renewal is where a fix is
      // proposed first (rules 11–12 then answer by the end).
      if input.terms?.contractEnd != nil && figures.horizonMonths <= .one { return .contractEnd }
      let concentrated = input.share.map { $0 >= input.settings.concentrationThreshold } ?? false
      return concentrated ? .phaseOut : .failedFix
    case false?:
      return .pendingFix
    case nil:
      let rises = input.increaseToChooseBy(figures.rate).map { $0 <= input.settings.maxRateIncrease } ?? false
      return rises && input.moderateIncidentsInWindow < moderateIncidentLimit ? .renegotiate : .fix
    }
  }

  /// Whether `rule` ends the relationship because the last attempt failed (rules 7–9).
  static func leavesForAFailedAttempt(_ rule: DecisionRule) -> Bool {
    rule == .contractEnd || rule == .phaseOut || rule == .failedFix
  }

  /// When the answer to a first proposal (rules 11–12) is due and when its terms start: fixDays
  /// from as-of and the first of the next month, or the contract's end and the day after, when the
  /// contract ends sooner: new terms are for its renewal.
  static func firstProposal(_ input: DecisionInput) -> (deadline: Day, effectiveFrom: Day) {
    let deadline = input.asOf + input.settings.fixDays
    if let renewal = renewalBefore(deadline, input) { return (renewal, renewal + 1) }
    return (deadline, firstOfMonth(after: deadline))
  }

  /// The contract's end, when it falls after as-of and by `deadline`.
  static func renewalBefore(_ deadline: Day, _ input: DecisionInput) -> Day? {
    guard let end = input.terms?.contractEnd, end > input.asOf, end <= deadline else { return nil }
    return end
  }

  /// The first day of the month after `day`: a clean date for a new rate or new terms to start.
  static func firstOfMonth(after day: Day) -> Day {
    let (year, month, _) = day.components
    return Day(year: month == 12 ? year + 1 : year, month: month % 12 + 1, day: 1) ?? day + 1
  }

  /// Sets the figures `rule`'s recommendation carries (spec §5 "Which figures a decision
  /// carries"); the others stay nil.
  private static func carry(
    _ figures: DecisionFigures, of rule: DecisionRule, _ input: DecisionInput, into decision: inout Decision
  ) {
    func rates(all: Bool) {
      decision.currentRate = figures.rate.currentRate
      guard all || input.watchFlags.contains(.belowTarget) else { return }
      decision.proposedRate = figures.rate.proposedRate
      decision.clientCurrency = figures.rate.proposedRate == nil ? nil : input.clientCurrency
      decision.proposedRateInClientCurrency = figures.proposedRateInClientCurrency
      guard all else { return }
      decision.breakEvenRate = figures.rate.breakEvenRate
      decision.increaseNeeded = figures.rate.increaseNeeded
    }
    func exit() {
      decision.horizonMonths = figures.horizonMonths
      decision.continueLoss = figures.economics.continueLoss
      decision.exitCost = figures.economics.exitCost
      decision.walkAway = figures.economics.walkAway
      if let refund = input.refund, let gain = figures.economics.gainOfLeaving(refund: refund) {
        decision.refundWeighed = RefundWeighed(
          amount: refund, gainOfLeaving: gain, paidInWindow: input.window.paidInPeriod,
          owedPastDue: input.allData.aging.overdue)
      }
    }
    let settings = input.settings
    switch rule {
    case .inactive, .invoiceFirst, .keep: break
    case .new: decision.deadline = input.allData.firstDay.map { $0 + settings.minHistoryDays }
    case .watch:
      rates(all: false)
      decision.remedies = Remedy.forFlags(input)
    case .renegotiate:
      rates(all: true)
      // A rate capped below break-even (a near-cap rise judged over the run of windows) leaves part
      // of the loss to the other causes, so their fixes go with the proposal.
      decision.remedies = figures.rate.isCapped ? Remedy.forLoss(input, rate: figures.rate) : [.raiseRate]
      (decision.deadline, decision.effectiveFrom) = firstProposal(input)
    case .pendingFix:
      rates(all: true)
      exit()
      decision.remedies = Remedy.forLoss(input, rate: figures.rate)
      decision.deadline = input.lastAttempt.map { $0.day + settings.fixDays }
    case .fix:
      rates(all: true)
      exit()
      decision.remedies = Remedy.forLoss(input, rate: figures.rate)
      (decision.deadline, decision.effectiveFrom) = firstProposal(input)
    case .contractEnd: exit()
    case .phaseOut:
      exit()
      let quarter = input.asOf + phaseOutDays
      decision.deadline = input.terms?.contractEnd.map { min($0, quarter) } ?? quarter
      decision.monthlyRevenue = figures.monthlyEarned
    case .severeIncident, .failedFix:
      exit()
      decision.exitCause = rule.exitCause
      decision.refundOffer = figures.economics.refundOffer(
        paidInWindow: input.window.paidInPeriod, owesPastDue: !input.allData.aging.overdue.isZero)
    }
  }
}
