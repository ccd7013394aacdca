import Analysis
import Domain

extension Reasons {
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
    return ["Earns \(Wording.money(rate, currency)) an hour over \(lastDays) against a target of \(target.formatted())"]
  }

  private func latePayer() -> [String] {
    var lines: [String] = []
    if let late = window.avgDaysLate, late > settings.lateDaysThreshold {
      lines.append(
        "Pays \(Wording.number(late)) days late on average over \(lastDays) "
          + "(threshold \(Wording.number(settings.lateDaysThreshold)))")
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
      "\(Wording.percent(share)) of hours over \(lastDays) are not billable "
        + "(threshold \(Wording.percent(settings.nonBillableThreshold)))"
    ]
  }

  private func conduct() -> [String] {
    var lines = severeIncidents()
    if input.moderateIncidentsInWindow >= DecisionRules.moderateIncidentLimit { lines.append(moderateIncidents()) }
    return lines.isEmpty ? ["Conduct flagged over \(lastDays)"] : lines
  }
}
