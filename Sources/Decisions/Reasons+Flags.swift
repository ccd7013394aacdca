import Analysis
import Domain
import Localization

extension Reasons {
  /// One or more sentences for each flag over W that keeps a client from `keep`.
  func flagged() -> [LocalizedText] {
    let flags = input.window.flags
    var lines: [LocalizedText] = []
    if flags.contains(.belowTarget) { lines += belowTarget() }
    if flags.contains(.latePayer) { lines += latePayer() }
    if flags.contains(.scopeCreep) { lines += scopeCreep() }
    if flags.contains(.conduct) { lines += conduct() }
    return lines
  }

  private func belowTarget() -> [LocalizedText] {
    guard let rate = window.effectiveRate, let target = settings.targetRate else {
      return [LocalizedText(en: "Earns below the target rate", ar: "يحقق أقل من السعر المستهدف للساعة")]
    }
    return [
      LocalizedText(
        en: "Earns \(money: rate, currency) an hour over \(lastDays) against a target of \(money: target)",
        ar: "يحقق \(money: rate, currency) في الساعة خلال \(lastDays)، والمستهدف \(money: target)")
    ]
  }

  private func latePayer() -> [LocalizedText] {
    var lines: [LocalizedText] = []
    if let late = window.avgDaysLate, late > settings.lateDaysThreshold {
      lines.append(
        LocalizedText(
          en: "Pays \(number: late) days late on average over \(lastDays) "
            + "(threshold \(number: settings.lateDaysThreshold))",
          ar: "يتأخر في الدفع \(count: late, .day) في المتوسط خلال \(lastDays) "
            + "(الحد \(number: settings.lateDaysThreshold))"))
    }
    // The flag's other arm (spec §4): any open balance more than 60 days past due.
    if let days = input.window.maxDaysPastDue, days > 60 {
      let aging = input.window.aging
      let amount = aging.days61to90 + aging.over90
      lines.append(
        LocalizedText(
          en: "\(money: amount) is more than \(number: 60) days past due, the oldest \(count: days, .day)",
          ar: "تجاوز \(money: amount) موعد استحقاقه بأكثر من \(count: 60, .day)، وأقدمه متأخر \(count: days, .day)"))
    }
    return lines.isEmpty ? [LocalizedText(en: "Pays late", ar: "يتأخر في الدفع")] : lines
  }

  private func scopeCreep() -> [LocalizedText] {
    guard !window.hours.isZero else {
      return [LocalizedText(en: "Much of the work is not billable", ar: "جزء كبير من العمل غير قابل للفوترة")]
    }
    let share = (window.hours - window.billableHours) / window.hours
    return [
      LocalizedText(
        en: "\(percent: share) of hours over \(lastDays) are not billable "
          + "(threshold \(percent: settings.nonBillableThreshold))",
        ar: "\(percent: share) من الساعات خلال \(lastDays) غير قابلة للفوترة "
          + "(الحد \(percent: settings.nonBillableThreshold))")
    ]
  }

  private func conduct() -> [LocalizedText] {
    var lines = severeIncidents()
    if input.moderateIncidentsInWindow >= DecisionRules.moderateIncidentLimit { lines.append(moderateIncidents()) }
    return lines.isEmpty
      ? [LocalizedText(en: "Conduct flagged over \(lastDays)", ar: "رُصدت مشكلات في السلوك خلال \(lastDays)")] : lines
  }
}
