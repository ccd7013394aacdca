import Analysis
import Domain

/// The short sentences that say why a client got its recommendation: the figures, flags,
/// incidents and attempts that led there (spec §5), each figure with its span. Money is rounded
/// for the sentence only.
struct Reasons {
  var input: DecisionInput
  var figures: DecisionFigures
  var decision: Decision

  var currency: Currency { input.currency }
  var settings: Settings { input.settings }
  var window: Figures { input.window.figures }
  var lastDays: String { "the last \(Wording.days(settings.windowDays))" }

  /// The reasons for `rule`; none for keep and inactive, which explain themselves.
  func reasons(for rule: DecisionRule) -> [String] {
    var lines: [String]
    switch rule {
    case .inactive, .keep: return []
    case .severeIncident: lines = severeIncidents() + [runRate()].compactMap { $0 }
    case .invoiceFirst: lines = unbilledWork()
    case .new: lines = [tenure(), runRate().map { $0 + partOfWindow() }].compactMap { $0 }
    case .watch: lines = [runRate()].compactMap { $0 } + flagged()
    case .contractEnd: lines = [runRate(), horizon()].compactMap { $0 } + flagged()
    case .phaseOut: lines = [runRate(), failedAttempt(), concentration(), horizon()].compactMap { $0 } + flagged()
    case .failedFix: lines = [runRate(), failedAttempt(), horizon()].compactMap { $0 } + flagged()
    case .pendingFix: lines = [runRate(), pendingAttempt()].compactMap { $0 } + flagged()
    case .renegotiate: lines = [runRate()].compactMap { $0 } + rateRise() + flagged()
    case .fix: lines = [runRate()].compactMap { $0 } + whyNotRenegotiate() + flagged()
    }
    // A line can come from two places (the conduct flag and the incidents that block a rate rise).
    var seen = Set<String>()
    return lines.filter { seen.insert($0).inserted }
  }

  /// `Severe incident: abuse on 2026-08-14 (Shouted at the designer)`, one per severe incident in W.
  func severeIncidents() -> [String] {
    input.severeIncidentsInWindow.map { "Severe incident: " + Wording.incident($0) }
  }

  /// `Loses $770.00 a month over the last 90 days`; nil when W's profit is unknown.
  func runRate() -> String? {
    guard let profit = figures.monthlyProfit else { return nil }
    if profit.isZero { return "Breaks even over \(lastDays)" }
    let verb = profit.isNegative ? "Loses" : "Earns"
    return "\(verb) \(Wording.money(profit.isNegative ? -profit : profit, currency)) a month over \(lastDays)"
  }

  /// What is not invoiced yet, since when, and what it is worth (rule 3).
  func unbilledWork() -> [String] {
    let allData = input.allData
    var lines: [String] = []
    if let oldest = allData.oldestUnbilledWork {
      let age = input.asOf - oldest
      var line = "Billable work since \(oldest) (\(Wording.days(age)) ago) is not invoiced"
      if let value = allData.figures.unbilledValue { line += ": about \(value.formatted()) (all data)" }
      lines.append(line)
    }
    if allData.figures.unbilledValue == nil {
      lines.append(
        "Its value cannot be estimated: some entries have no rate or amount and nothing billed shows what an "
          + "hour earns")
    }
    return lines
  }

  /// `A client for 45 days (since 2026-09-05): too little history to judge before 60`.
  func tenure() -> String {
    let days = input.tenureDays ?? 0
    let since = input.allData.firstDay.map { " (since \($0))" } ?? ""
    return "A client for \(Wording.days(days))\(since): too little history to judge before "
      + Wording.days(settings.minHistoryDays)
  }

  /// `, 54 of them as a client`, when the client is younger than the window.
  func partOfWindow() -> String {
    guard let days = input.tenureDays, days < settings.windowDays else { return "" }
    return ", \(days) of them as a client"
  }

  /// How long staying would last and what it would cost.
  func horizon() -> String? {
    guard let loss = figures.economics.continueLoss else { return nil }
    let money = Wording.money(loss, currency)
    let months = Wording.months(figures.horizonMonths)
    if let end = input.terms?.contractEnd {
      if end <= input.asOf { return "The contract ended on \(end): nothing is left to stay for" }
      return "The contract ends on \(end), in \(months): staying until then loses \(money)"
    }
    return "Over the next \(months), staying loses \(money)"
  }

  /// The attempt that had its time and did not stop the loss.
  func failedAttempt() -> String? {
    guard let attempt = input.lastAttempt else { return nil }
    return "You recorded \(Wording.attempt(attempt)) on \(attempt.day), \(Wording.days(input.asOf - attempt.day)) "
      + "ago; it still loses money"
  }

  /// The attempt still within its time.
  func pendingAttempt() -> String? {
    guard let attempt = input.lastAttempt, let deadline = decision.deadline else { return nil }
    return "You recorded \(Wording.attempt(attempt)) on \(attempt.day); it has until \(deadline) to work"
  }

  /// Why leaving at once would hurt (rule 8).
  func concentration() -> String? {
    guard let share = input.share else { return nil }
    var line = "It brings \(Wording.percent(share)) of your revenue over the last 12 months"
    if let revenue = figures.monthlyEarned, revenue > .zero {
      line += " (\(Wording.money(revenue, currency)) a month over \(lastDays))"
    }
    return line + ": leaving at once would cut deep"
  }
}
