import Decisions
import Domain

/// A decision in one plain sentence: what to do, by when, and the money that makes it right.
///
/// Amounts and rates are whole major units here (the card's figures carry the cents).
enum Verdict {
  /// `Fix: it loses $1,416 a month; make the fixes below by 2026-12-18, or plan to leave.`
  static func sentence(_ decision: Decision, currency: Currency) -> String {
    func money(_ value: Fraction) -> String { MoneyText.brief(value, currency) }
    let monthly = decision.monthlyProfit.map { money($0.isNegative ? -$0 : $0) } ?? "an unknown amount"
    let deadline = decision.deadline?.description ?? "the deadline"
    switch decision.recommendation {
    case .exitNow:
      return exitNow(decision, currency: currency)
    case .exitAtContractEnd:
      if decision.horizonMonths?.isZero ?? true {
        return "Exit at contract end: the contract has ended; do not renew it, as it loses \(monthly) a month."
      }
      return "Exit at contract end: the contract ends within \(months(decision.horizonMonths ?? .zero)); finish it "
        + "and do not renew, as it loses \(monthly) a month."
    case .phaseOut:
      let share = decision.share.map { NumberText.percent($0, digits: 0) } ?? "much"
      let revenue = decision.monthlyRevenue.map { "its \(money($0)) a month" } ?? "its revenue"
      return "Phase out: it still loses \(monthly) a month after \(attempt(decision)), but brings \(share) of your "
        + "revenue; replace \(revenue) by \(deadline), then leave."
    case .fix:
      if decision.lastAttempt != nil {
        return "Fix: \(attempt(decision)) has until \(deadline) to work; it loses \(monthly) a month meanwhile."
      }
      return "Fix: it loses \(monthly) a month; make the fixes below by \(deadline), or plan to leave."
    case .renegotiate:
      let proposed = decision.proposedRate.map { MoneyText.briefRate($0, currency) } ?? "a higher rate"
      let clientRate = briefClientRate(decision) ?? proposed
      let rise = decision.currentRate.flatMap { current in
        decision.proposedRate.map { " (\(NumberText.percent($0 / current - .one, digits: 0, signed: true)))" }
      }
      return "Renegotiate: it loses \(monthly) a month; propose \(clientRate)\(rise ?? ""), with an answer by "
        + "\(deadline)."
    case .watch:
      let flags = decision.window.flags.filter { $0 != .losing }.sorted().map(\.rawValue)
      let concern = flags.isEmpty ? "keep an eye on it" : "it is flagged " + flags.joined(separator: ", ")
      return "Watch: it makes \(monthly) a month, but \(concern)."
    case .invoiceFirst:
      return "Invoice first: bill the work that is not invoiced yet before judging this client."
    case .new:
      let days = decision.tenureDays.map { $0 == 1 ? "1 day" : "\($0) days" } ?? "a short time"
      return "New: a client for \(days), too soon to judge; look again on \(deadline)."
    case .keep:
      return "Keep: it makes \(monthly) a month and nothing is flagged."
    case .inactive:
      return "Inactive: no time, invoice or expense from \(decision.windowStart) to \(decision.windowEnd); nothing to "
        + "decide."
    }
  }

  /// How a refund offer weighs against staying, or nil without `--refund`.
  static func refundLine(_ decision: Decision, currency: Currency) -> String? {
    guard let offer = decision.refundWeighed else { return nil }
    let refund = "A refund of \(offer.amount.formatted())"
    let staying = "staying \(months(decision.horizonMonths ?? .zero))"
    var line: String
    if offer.gainOfLeaving.isZero {
      line = "\(refund) costs exactly as much as \(staying)."
    } else {
      let gain = offer.gainOfLeaving
      let gap = MoneyText.exact(gain.isNegative ? -gain : gain, currency)
      line =
        gain.isNegative
        ? "\(refund) loses to staying: leaving with it costs \(gap) more than \(staying)."
        : "\(refund) beats staying: leaving with it costs \(gap) less than \(staying)."
    }
    if !offer.owedPastDue.isZero {
      line += " But they owe \(offer.owedPastDue.formatted()) past due: collect it, or net it against the refund."
    }
    if offer.amount.minorUnits > offer.paidInWindow.minorUnits {
      line += " It is more than the \(offer.paidInWindow.formatted()) they paid in the window."
    }
    return line
  }

  /// `6 months`, `1 month`, `0.7 months`: one decimal, dropped when zero.
  static func months(_ value: Fraction) -> String {
    var text = NumberText.decimal(value, digits: 1)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text + (text == "1" ? " month" : " months")
  }

  private static func exitNow(_ decision: Decision, currency: Currency) -> String {
    if decision.exitCause == .severeIncident {
      let severe = decision.incidents.last { $0.kind.isSevere && $0.day >= decision.windowStart }
      let what = severe.map { "a severe incident (\($0.kind.rawValue) on \($0.day))" } ?? "a severe incident"
      return "Exit now: \(what) ends the relationship whatever the money; say so in writing, briefly and firmly."
    }
    let monthly = decision.monthlyProfit.map { MoneyText.brief(-$0, currency) } ?? "money"
    var text = "Exit now: it still loses \(monthly) a month after \(attempt(decision))"
    if let walkAway = decision.walkAway, walkAway > .zero, let horizon = decision.horizonMonths {
      text += "; leaving is worth \(MoneyText.brief(walkAway, currency)) over the next \(months(horizon))"
    }
    if let refund = decision.refundOffer {
      text += ", and a refund of up to \(MoneyText.brief(refund, currency)) can help end cleanly"
    }
    return text + "."
  }

  /// `your warning of 2026-09-01`.
  private static func attempt(_ decision: Decision) -> String {
    guard let attempt = decision.lastAttempt else { return "your attempts to fix it" }
    return "your \(attempt.kind.attemptName) of \(attempt.day)"
  }

  /// The proposed rate in the client's currency, whole units: `€104/h`; nil when it is the report's.
  private static func briefClientRate(_ decision: Decision) -> String? {
    guard let clientCurrency = decision.clientCurrency, let rate = decision.proposedRateInClientCurrency else {
      return nil
    }
    return MoneyText.briefRate(rate, clientCurrency)
  }
}
