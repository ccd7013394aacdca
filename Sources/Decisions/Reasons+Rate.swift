import Analysis
import Domain

extension Reasons {
  /// The rise that would break even and the rate to propose (rule 11).
  func rateRise() -> [String] {
    let rate = figures.rate
    guard let increase = rate.increaseNeeded, let breakEven = rate.breakEvenRate, let current = rate.currentRate
    else { return [] }
    return [
      "A rate rise of \(Wording.percent(increase)) (from \(Wording.money(current, currency)) to "
        + "\(Wording.money(breakEven, currency)) per billable hour over \(lastDays)) would break even; within the "
        + "\(Wording.percent(settings.maxRateIncrease)) worth proposing"
    ] + proposal()
  }

  /// Why the proposed rate is what it is: break-even, the target, or the cap.
  func proposal() -> [String] {
    let rate = figures.rate
    guard let proposed = rate.proposedRate, let breakEven = rate.breakEvenRate else { return [] }
    let text = "Propose " + Wording.proposedRate(decision, currency: currency)
    if proposed == breakEven { return [text + ", the break-even rate"] }
    if rate.isCapped {
      return [
        text + ": the most a \(Wording.percent(settings.maxRateIncrease)) rise allows; it does not break even alone"
      ]
    }
    guard let target = settings.targetRate else { return [text] }
    let targetLevel = target.exact * window.hours / window.billableHours
    if proposed < targetLevel {
      return [
        text + ": it breaks even, and is as close to the target of \(target.formatted()) an hour as a "
          + "\(Wording.percent(settings.maxRateIncrease)) rise allows"
      ]
    }
    return [text + ": it earns the target of \(target.formatted()) an hour over all hours"]
  }

  /// Why rule 11 did not apply: no rate to raise, a rise too large, or too many moderate incidents.
  func whyNotRenegotiate() -> [String] {
    guard let increase = figures.rate.increaseNeeded else {
      if window.billableHours.isZero { return ["No billable hours in \(lastDays) to raise a rate on"] }
      return ["Nothing earned in \(lastDays): a rate rise alone cannot close the gap"]
    }
    if increase > settings.maxRateIncrease {
      return [
        "Breaking even needs a rate rise of \(Wording.percent(increase)); more than the "
          + "\(Wording.percent(settings.maxRateIncrease)) worth proposing, so the other causes must be fixed too"
      ]
    }
    if input.moderateIncidentsInWindow >= DecisionRules.moderateIncidentLimit {
      return [
        "A rate rise of \(Wording.percent(increase)) would break even, but the incidents must be settled first",
        moderateIncidents(),
      ]
    }
    return []
  }

  /// `3 moderate incidents in the last 90 days: late-payment, scope-change, disrespect`.
  func moderateIncidents() -> String {
    let moderate = input.windowIncidents.filter { $0.kind.isModerate }
    let kinds = moderate.map(\.kind.rawValue).joined(separator: ", ")
    let count = moderate.count == 1 ? "1 moderate incident" : "\(moderate.count) moderate incidents"
    return "\(count) in \(lastDays): \(kinds)"
  }
}
