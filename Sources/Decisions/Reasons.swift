import Analysis
import Domain

/// The short sentences that say why a client got its recommendation: the figures and flags that
/// led there (spec §5). Money is rounded for the sentence only.
struct Reasons {
  var input: DecisionInput
  var figures: DecisionFigures

  private var currency: Currency { input.settings.currency }
  private var settings: Settings { input.settings }
  private var window: Figures { input.window.figures }
  private var lastDays: String { "the last \(Wording.days(settings.windowDays))" }

  /// The reasons for `rule`; none for keep, inactive and invoice-first, which explain themselves.
  func reasons(for rule: DecisionRule) -> [String] {
    var lines: [String]
    switch rule {
    case .inactive, .invoiceFirst, .keep: return []
    case .severeIncident: lines = severeIncidents() + [runRate()] + flagged()
    case .watch: lines = [runRate()] + flagged()
    case .renegotiate: lines = [runRate()] + rateRise() + flagged()
    case .contractEnd: lines = [runRate()] + whyNotRenegotiate() + [horizon()] + flagged()
    case .loss: lines = [runRate()] + whyNotRenegotiate() + [horizon(), refund()] + flagged()
    }
    // A line can come from two places (the conduct flag and the incidents that block a rate rise).
    var seen = Set<String>()
    return lines.filter { seen.insert($0).inserted }
  }

  /// `Severe incident: abuse on 2026-08-14`, one per severe incident in W.
  func severeIncidents() -> [String] {
    input.severeIncidentsInWindow.map { "Severe incident: \($0.kind.rawValue) on \($0.day)" }
  }

  /// `Loses $770.00 a month over the last 90 days`.
  func runRate() -> String {
    let profit = figures.monthlyProfit
    if profit.isZero { return "Breaks even over \(lastDays)" }
    let verb = profit.isNegative ? "Loses" : "Earns"
    let amount = profit.isNegative ? -profit : profit
    return "\(verb) \(Wording.money(amount, currency)) a month over \(lastDays)"
  }

  /// The rise that would break even and the rate to propose (rule 6).
  func rateRise() -> [String] {
    guard let increase = figures.rate.increaseNeeded, let breakEven = figures.rate.breakEvenRate,
      let proposed = figures.rate.proposedRate
    else { return [] }
    let current = window.netRevenue.exact / window.billableHours
    let rise =
      "A rate rise of \(Wording.percent(increase)) (from \(Wording.money(current, currency)) to "
      + "\(Wording.money(breakEven, currency)) per billable hour) would break even; within the "
      + "\(Wording.percent(settings.maxRateIncrease)) worth proposing"
    let proposedText = Wording.money(proposed, currency)
    if proposed > breakEven, let target = settings.targetRate {
      return [
        rise,
        "Propose \(proposedText) per billable hour: it earns the target of \(target.formatted()) an hour over all hours",
      ]
    }
    return [rise, "Propose \(proposedText) per billable hour, the break-even rate"]
  }

  /// Why rule 6 did not apply: no rate to raise, a rise too large, or too many moderate incidents.
  func whyNotRenegotiate() -> [String] {
    guard let increase = figures.rate.increaseNeeded else {
      if window.billableHours.isZero { return ["No billable hours in \(lastDays) to raise a rate on"] }
      return ["No net revenue in \(lastDays): a rate rise cannot close the gap"]
    }
    if increase > settings.maxRateIncrease {
      return [
        "A rate rise of \(Wording.percent(increase)) would be needed to break even; more than the "
          + "\(Wording.percent(settings.maxRateIncrease)) worth proposing"
      ]
    }
    return [
      "A rate rise of \(Wording.percent(increase)) would break even, but moderate incidents rule out renegotiating",
      moderateIncidents(),
    ]
  }

  /// How long staying would last and what it would cost.
  func horizon() -> String {
    let loss = Wording.money(figures.economics.continueLoss, currency)
    let months = Wording.months(figures.horizonMonths)
    if let end = input.terms?.contractEnd {
      if end <= input.asOf { return "The contract ended on \(end): nothing is left to stay for" }
      return "The contract ends on \(end), in \(months): staying until then loses \(loss)"
    }
    return "No contract end is known; over the \(months) looked ahead, staying loses \(loss)"
  }

  /// Whether any refund makes leaving cheaper than staying (rule 8).
  func refund() -> String {
    let economics = figures.economics
    let exitCost = Wording.money(economics.exitCost, currency)
    if economics.maxRefund > .zero {
      return "Leaving costs \(exitCost): a refund of up to \(Wording.money(economics.maxRefund, currency)) "
        + "is still cheaper than staying"
    }
    return "Leaving costs \(exitCost), no less than staying would lose: no refund is worth offering"
  }

  /// One or more sentences for each flag over W that keeps a client from `keep`.
  func flagged() -> [String] {
    let flags = input.window.flags
    var lines: [String] = []
    if flags.contains(.belowTarget) { lines += belowTarget() }
    if flags.contains(.latePayer) { lines += latePayer() }
    if flags.contains(.scopeCreep) { lines += scopeCreep() }
    if flags.contains(.conduct) { lines += conduct() }
    return lines
  }

  private func belowTarget() -> [String] {
    guard let rate = window.effectiveRate, let target = settings.targetRate else {
      return ["Earns below the target rate"]
    }
    return ["Earns \(Wording.money(rate, currency)) an hour against a target of \(target.formatted())"]
  }

  private func latePayer() -> [String] {
    var lines: [String] = []
    if let late = window.avgDaysLate, late > settings.lateDaysThreshold {
      lines.append(
        "Pays \(Wording.number(late)) days late on average (threshold \(Wording.number(settings.lateDaysThreshold)))")
    }
    // The flag's other arm (spec §4): any open balance more than 60 days past due.
    if let days = input.window.maxDaysPastDue, days > 60 {
      let aging = input.window.aging
      let amount = aging.days61to90 + aging.over90
      lines.append("\(amount.formatted()) is more than 60 days past due, the oldest \(Wording.days(days))")
    }
    return lines.isEmpty ? ["Pays late"] : lines
  }

  private func scopeCreep() -> [String] {
    guard !window.hours.isZero else { return ["Much of the work is not billable"] }
    let share = (window.hours - window.billableHours) / window.hours
    return [
      "\(Wording.percent(share)) of hours are not billable (threshold \(Wording.percent(settings.nonBillableThreshold)))"
    ]
  }

  private func conduct() -> [String] {
    var lines = severeIncidents()
    if input.moderateIncidentsInWindow >= DecisionRules.moderateIncidentLimit { lines.append(moderateIncidents()) }
    return lines.isEmpty ? ["Conduct flagged over \(lastDays)"] : lines
  }

  /// `3 moderate incidents in the last 90 days: late-payment, scope-change, disrespect`.
  private func moderateIncidents() -> String {
    let moderate = input.windowIncidents.filter { !$0.kind.isSevere }
    let kinds = moderate.map(\.kind.rawValue).joined(separator: ", ")
    let count = moderate.count == 1 ? "1 moderate incident" : "\(moderate.count) moderate incidents"
    return "\(count) in \(lastDays): \(kinds)"
  }
}
