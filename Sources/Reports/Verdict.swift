import Decisions
import Domain

/// A decision in one plain sentence: what to do and the money that makes it right.
///
/// Amounts and rates are whole major units here (the card's figures carry the cents).
enum Verdict {
  /// `Exit now: refunding up to $1,820 is cheaper than staying 6 months, which would lose $2,310.`
  static func sentence(_ decision: Decision, currency: Currency) -> String {
    func money(_ value: Fraction) -> String { MoneyText.brief(value, currency) }
    switch decision.recommendation {
    case .exitNow:
      return exitNow(decision, currency: currency)
    case .exitAtContractEnd:
      let loss = money(-decision.monthlyProfit)
      if decision.horizonMonths.isZero {
        return "Exit at contract end: the contract has ended; do not renew it, as it loses \(loss) a month."
      }
      return "Exit at contract end: the contract ends within \(months(decision.horizonMonths)); finish it and "
        + "do not renew, as it loses \(loss) a month."
    case .renegotiate:
      return renegotiate(decision, currency: currency)
    case .watch:
      let flags = decision.window.flags.filter { $0 != .losing }.sorted().map(\.rawValue)
      let concern = flags.isEmpty ? "keep an eye on it" : "it is flagged " + flags.joined(separator: ", ")
      return "Watch: it makes \(money(decision.monthlyProfit)) a month, but \(concern)."
    case .invoiceFirst:
      let hours = NumberText.grouped(NumberText.hours(seconds: decision.window.figures.seconds, digits: 1))
      return "Invoice first: \(hours) hours worked \(window(decision)) are not invoiced; bill them before "
        + "judging this client."
    case .keep:
      return "Keep: it makes \(money(decision.monthlyProfit)) a month and nothing is flagged."
    case .inactive:
      return "Inactive: no time, invoice or expense \(window(decision)); nothing to decide."
    }
  }

  /// How a refund offer weighs against staying, or nil without `--refund`.
  static func refundLine(_ decision: Decision, currency: Currency) -> String? {
    guard let offer = decision.refundOffer else { return nil }
    let refund = "A refund of \(offer.amount.formatted())"
    let staying = "staying \(months(decision.horizonMonths))"
    if offer.gainOfLeaving.isZero { return "\(refund) costs exactly as much as \(staying)." }
    let gap = MoneyText.exact(offer.gainOfLeaving.isNegative ? -offer.gainOfLeaving : offer.gainOfLeaving, currency)
    return offer.gainOfLeaving.isNegative
      ? "\(refund) loses to staying: leaving with it costs \(gap) more than \(staying)."
      : "\(refund) beats staying: leaving with it costs \(gap) less than \(staying)."
  }

  /// `6 months`, `1 month`, `0.7 months`: one decimal, dropped when zero.
  static func months(_ value: Fraction) -> String {
    var text = NumberText.decimal(value, digits: 1)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text + (text == "1" ? " month" : " months")
  }

  private static func exitNow(_ decision: Decision, currency: Currency) -> String {
    let horizon = months(decision.horizonMonths)
    let loss = MoneyText.brief(decision.continueLoss, currency)
    let severe = decision.incidents.last { $0.kind.isSevere }.map {
      "a severe incident (\($0.kind.rawValue) on \($0.day)) ends the relationship whatever the money"
    }
    if decision.maxRefund > .zero {
      let refund = "refunding up to \(MoneyText.brief(decision.maxRefund, currency))"
      guard let severe else {
        return "Exit now: \(refund) is cheaper than staying \(horizon), which would lose \(loss)."
      }
      return "Exit now: \(severe); \(refund) is still cheaper than staying \(horizon), which would lose \(loss)."
    }
    if let severe { return "Exit now: \(severe), though no refund makes leaving cheaper than staying." }
    return "Exit now: no refund makes leaving cheaper than staying \(horizon) (leaving costs "
      + "\(MoneyText.brief(decision.exitCost, currency)), staying \(loss)), but \(whyLeaveAnyway(decision))."
  }

  /// Why rule 8 still says exit when leaving costs more: the rules before it ruled out the rest.
  private static func whyLeaveAnyway(_ decision: Decision) -> String {
    let moderate = decision.incidents.filter {
      !$0.kind.isSevere && $0.day >= decision.windowStart && $0.day <= decision.windowEnd
    }
    if moderate.count >= 3 { return "\(moderate.count) incidents in the window rule out renegotiating" }
    guard let increase = decision.increaseNeeded else {
      return "with no billable hours in the window no rate can make it break even"
    }
    return "breaking even needs a \(NumberText.percent(increase, digits: 0, signed: true)) rate rise, "
      + "more than is worth proposing"
  }

  private static func renegotiate(_ decision: Decision, currency: Currency) -> String {
    guard let breakEven = decision.breakEvenRate else { return "Renegotiate: raise the rate to break even." }
    let increase = decision.increaseNeeded.map { " (\(NumberText.percent($0, digits: 0, signed: true)))" } ?? ""
    let breakEvenText = MoneyText.briefRate(breakEven, currency) + increase
    if let proposed = decision.proposedRate, proposed > breakEven {
      return "Renegotiate: raise the rate to \(MoneyText.briefRate(proposed, currency)) to reach your target; "
        + "\(breakEvenText) only breaks even."
    }
    return "Renegotiate: raise the rate to \(breakEvenText) to break even."
  }

  /// `from 2026-08-03 to 2026-10-31`.
  private static func window(_ decision: Decision) -> String {
    "from \(decision.windowStart) to \(decision.windowEnd)"
  }
}
