import Analysis
import Domain

/// What to do about a client, step by step (spec §5): bill first, look again, the fixes for the
/// flags or the loss with their deadline and what follows, the proposal, or the exit plan.
struct Plans {
  var input: DecisionInput
  var figures: DecisionFigures
  var decision: Decision

  var currency: Currency { input.currency }
  var settings: Settings { input.settings }

  /// The steps for `rule`; none for keep and inactive.
  func steps(for rule: DecisionRule) -> [String] {
    switch rule {
    case .keep, .inactive: return []
    case .invoiceFirst: return [invoiceFirst()]
    case .new: return [lookAgain()]
    case .watch: return decision.remedies.map(remedy)
    case .renegotiate: return renegotiate()
    case .fix: return decision.remedies.map(remedy) + [record(), ifNotFixed()]
    case .pendingFix: return followUp() + [ifNotFixed()]
    case .severeIncident, .failedFix, .contractEnd, .phaseOut:
      return ExitPlan(input: input, figures: figures, decision: decision).steps(for: rule)
    }
  }

  private func invoiceFirst() -> String {
    let allData = input.allData
    let since = allData.oldestUnbilledWork.map { " since \($0)" } ?? ""
    let value = allData.figures.unbilledValue.map { " (about \($0.formatted()))" } ?? ""
    return "Invoice the billable work\(since)\(value), then run the decision again"
  }

  private func lookAgain() -> String {
    let deadline = decision.deadline.map { "on \($0)" } ?? "later"
    return "Look again \(deadline), with \(settings.minHistoryDays) days of history; invoice its work as you go so "
      + "the figures can tell"
  }

  /// Propose the rate from a date, the answer due by the deadline, and what follows a no.
  private func renegotiate() -> [String] {
    guard let deadline = decision.deadline else { return [] }
    let loss = figures.monthlyProfit.map { Wording.money(-$0, currency) } ?? "money"
    return [
      "Propose \(Wording.proposedRate(decision, currency: currency)) from \(decision.effectiveFrom ?? deadline + 1), "
        + "and ask for an answer by \(deadline)",
      "Record the proposal as a rate-proposed incident, so the decision gives it \(Wording.days(settings.fixDays))",
      "If they decline, plan to leave: at the current rate the work loses \(loss) a month",
    ]
  }

  /// Keep a record of each attempt, so that the decision can time it.
  private func record() -> String {
    "Record each step as an incident (warning, fix-attempt, rate-proposed, boundary-set): the decision gives it "
      + "\(Wording.days(settings.fixDays))"
  }

  /// What was asked on the last attempt, and to look again.
  private func followUp() -> [String] {
    guard let attempt = input.lastAttempt, let deadline = decision.deadline else { return [] }
    return ["Follow up \(Wording.attempt(attempt)) of \(attempt.day), and look again on \(deadline)"]
  }

  /// The exit that follows a fix that fails, with its figures.
  private func ifNotFixed() -> String {
    let deadline = decision.deadline.map { "by \($0)" } ?? "in time"
    var line = "If it still loses money \(deadline), leave"
    if let share = input.share, share >= settings.concentrationThreshold {
      line += " gradually: it is \(Wording.percent(share)) of your revenue, so replace it first"
    }
    guard let loss = decision.continueLoss, let exitCost = decision.exitCost, let walkAway = decision.walkAway else {
      return line
    }
    let months = Wording.months(figures.horizonMonths)
    return line + ": staying the next \(months) would lose \(Wording.money(loss, currency)), leaving costs "
      + "\(Wording.money(exitCost, currency)), so leaving is worth \(Wording.money(walkAway, currency))"
  }

  /// ` (+50%, the most worth asking; it leaves $412.10 a month for the other fixes to cover)` when
  /// the proposed rate is capped below break-even, else nothing.
  private func capped() -> String {
    let rate = figures.rate
    guard rate.isCapped, let proposed = rate.proposedRate, let breakEven = rate.breakEvenRate,
      let current = rate.currentRate
    else { return "" }
    let window = input.window.figures
    let gap = (breakEven - proposed) * window.billableHours * RunRate.monthlyFactor(windowDays: settings.windowDays)
    return " (+\(Wording.percent(proposed / current - .one)), the most worth asking; it leaves "
      + "\(Wording.money(gap, currency)) a month for the other fixes to cover)"
  }

  /// A remedy as a step for the freelancer.
  func remedy(_ remedy: Remedy) -> String {
    let lastDays = "the last \(Wording.days(settings.windowDays))"
    switch remedy {
    case .raiseRate:
      let from = decision.effectiveFrom.map { " from \($0)" } ?? " at renewal"
      return "Rate: ask for \(Wording.proposedRate(decision, currency: currency))\(from)" + capped()
    case .billExtraWork(let share, let cost):
      let costText = cost.map { ", which cost \($0.formatted()) over \(lastDays)" } ?? ""
      return "Non-billable hours: \(Wording.percent(share)) of hours are not billable\(costText); bill extra "
        + "requests through change orders, or cap them in writing"
    case .payOnTime(let late, let carrying, let stopAfter):
      let lateText = late.map { " (\(Wording.number($0)) days late on average)" } ?? ""
      let cost = carrying.isZero ? "" : ", which cost \(carrying.formatted()) of capital over \(lastDays)"
      return "Late payment\(lateText)\(cost): ask for a deposit, shorter terms and a late fee, and stop work "
        + "when an invoice is more than \(Wording.days(stopAfter)) late"
    case .billExpenses(let amount):
      return "Expenses: \(amount.formatted()) over \(lastDays); bill them on, or agree that the rate covers them"
    case .setBoundaries(let count):
      let incidents = count == 1 ? "1 incident" : "\(count) incidents"
      return "Conduct (\(incidents) over \(lastDays)): restate the boundaries in writing (scope, channels and "
        + "hours, deadlines, payment terms)"
    }
  }
}
