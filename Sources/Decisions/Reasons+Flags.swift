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
    return lines + input.heldFlags.compactMap(held)
  }

  /// Why a flag W does not raise still holds: `Pays 12.7 days late on average over the last 90
  /// days, after 15.3 over the 90 days to 2026-04-30 (threshold 14): the flag stays until the
  /// average falls to 9.3`.
  private func held(_ flag: BandedFlag) -> LocalizedText? {
    guard let bound = BandedFlag.edge(flag.flag, settings: settings),
      let now = FlagRules.figure(flag.flag, of: window)
    else { return nil }
    let span = windowTo(flag.windowEnd)
    switch flag.flag {
    case .belowTarget:
      guard let target = settings.targetRate else { return nil }
      return LocalizedText(
        en: "Earns \(money: now, currency) an hour over \(lastDays) against a target of \(money: target), after "
          + "\(money: flag.figure, currency) \(span): the flag stays until the rate reaches \(money: bound, currency)",
        ar: "يحقق \(money: now, currency) في الساعة خلال \(lastDays)، والمستهدف \(money: target)، بعد "
          + "\(money: flag.figure, currency) \(span): تبقى العلامة حتى يبلغ السعر \(money: bound, currency)")
    case .latePayer:
      return LocalizedText(
        en: "Pays \(number: now) days late on average over \(lastDays), after \(number: flag.figure) \(span) "
          + "(threshold \(number: settings.lateDaysThreshold)): the flag stays until the average falls to "
          + "\(number: bound)",
        ar: "يتأخر في الدفع \(count: now, .day) في المتوسط خلال \(lastDays)، بعد \(number: flag.figure) \(span) "
          + "(الحد \(number: settings.lateDaysThreshold)): تبقى العلامة حتى ينخفض المتوسط إلى \(number: bound)")
    case .scopeCreep:
      return LocalizedText(
        en: "\(percent: now) of hours over \(lastDays) are not billable, after \(percent: flag.figure) \(span) "
          + "(threshold \(percent: settings.nonBillableThreshold)): the flag stays until the share falls to "
          + "\(percent: bound)",
        ar: "\(percent: now) من الساعات خلال \(lastDays) غير قابلة للفوترة، بعد \(percent: flag.figure) \(span) "
          + "(الحد \(percent: settings.nonBillableThreshold)): تبقى العلامة حتى تنخفض النسبة إلى \(percent: bound)")
    case .losing, .unbilled, .conduct, .concentration:
      return nil
    }
  }

  /// Why a small loss over W is judged as a profitable client's (rules 5 and 6): `The loss is 2.1%
  /// of what it earned over the last 90 days, after a margin of 8.3% over the 90 days to
  /// 2026-04-30: it is judged as losing once the loss passes 5%`.
  func lossInBand() -> LocalizedText? {
    guard let loss = input.lossInBand, let margin = window.margin,
      let edge = BandedFlag.edge(.losing, settings: settings)
    else { return nil }
    let span = windowTo(loss.windowEnd)
    return LocalizedText(
      en: "The loss is \(percent: -margin) of what it earned over \(lastDays), after a margin of "
        + "\(percent: loss.figure) \(span): it is judged as losing once the loss passes \(percent: -edge)",
      ar: "الخسارة \(percent: -margin) مما حققه خلال \(lastDays)، بعد هامش \(percent: loss.figure) \(span): "
        + "يُعدّ خاسرًا متى تجاوزت الخسارة \(percent: -edge)")
  }

  /// `over the 90 days to 2026-04-30`: the month-end window that decided a flag in its band.
  private func windowTo(_ end: Day) -> LocalizedText {
    let days = settings.windowDays
    return LocalizedText(
      en: "over the \(count: days, .day) to \(day: end)", ar: "خلال \(count: days, .day) حتى \(day: end)")
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
