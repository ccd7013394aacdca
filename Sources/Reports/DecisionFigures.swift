import Decisions
import Domain

/// The figures a decision carries (spec §5, "Which figures a decision carries"), labelled, each
/// with the span it is measured over, as the cards, the markdown and the HTML show them: money
/// with the currency's decimals, rates per hour, the increase and the share as percentages.
enum DecisionFigures {
  /// What a figure is measured over.
  enum Span: Sendable, Equatable {
    /// The trailing window W.
    case window(days: Int)
    /// The year to as-of (share).
    case year
    /// The months the decision looks ahead (what staying and leaving cost).
    case horizon(months: Fraction)
    /// Dates and counts that stand on their own.
    case dates

    /// `last 90 days`, `last 12 months`, `next 6 months`, `dates`.
    var label: String {
      switch self {
      case .window(let days): "last \(days == 1 ? "day" : "\(days) days")"
      case .year: "last 12 months"
      case .horizon(let months): "next \(Verdict.months(months))"
      case .dates: "dates"
      }
    }
  }

  /// One labelled figure.
  struct Item: Sendable, Equatable {
    var label: String
    var value: String
    var span: Span
  }

  /// The figures that apply to the decision's recommendation, in the spec's order; nothing that
  /// does not apply (its nil figures are left out).
  static func items(_ decision: Decision, currency: Currency) -> [Item] {
    let window = Span.window(days: decision.windowEnd - decision.windowStart + 1)
    let ahead = decision.horizonMonths.map { Span.horizon(months: $0) } ?? .dates
    func money(_ value: Fraction) -> String { MoneyText.exact(value, currency) }
    func rate(_ value: Fraction) -> String { MoneyText.rate(value, currency) }
    var items: [Item] = []
    func add(_ label: String, _ value: String?, _ span: Span) {
      if let value { items.append(Item(label: label, value: value, span: span)) }
    }
    add("Monthly profit", decision.monthlyProfit.map(money), window)
    add("Current rate", decision.currentRate.map(rate), window)
    add("Break-even rate", decision.breakEvenRate.map(rate), window)
    add("Proposed rate", proposed(decision, currency: currency), window)
    add("Increase needed", decision.increaseNeeded.map { NumberText.percent($0, digits: 1, signed: true) }, window)
    add("Share of revenue", decision.share.map { NumberText.percent($0, digits: 1) }, .year)
    add("Revenue to replace", decision.monthlyRevenue.map { money($0) + " a month" }, window)
    add("Staying loses", decision.continueLoss.map(money), ahead)
    add("Leaving costs", decision.exitCost.map(money), ahead)
    add("Leaving is worth", decision.walkAway.map(money), ahead)
    add("Refund offer", decision.refundOffer.map { "up to " + money($0) }, ahead)
    add("Client for", decision.tenureDays.map { $0 == 1 ? "1 day" : "\(NumberText.grouped(String($0))) days" }, .dates)
    add("Last attempt", decision.lastAttempt.map { "\($0.kind.rawValue) on \($0.day)" }, .dates)
    add("Deadline", decision.deadline?.description, .dates)
    return items
  }

  /// The proposed rate in the client's currency, with the report currency's figure when they differ.
  static func proposed(_ decision: Decision, currency: Currency) -> String? {
    guard let proposed = decision.proposedRate else { return nil }
    let report = MoneyText.rate(proposed, currency)
    guard let clientCurrency = decision.clientCurrency, clientCurrency != currency,
      let converted = decision.proposedRateInClientCurrency
    else { return report }
    return MoneyText.rate(converted, clientCurrency) + " (\(report))"
  }

  /// The items grouped by span, in the order of first appearance: one line of a card each.
  static func grouped(_ items: [Item]) -> [(span: Span, items: [Item])] {
    var groups: [(span: Span, items: [Item])] = []
    for item in items {
      if let index = groups.firstIndex(where: { $0.span == item.span }) {
        groups[index].items.append(item)
      } else {
        groups.append((item.span, [item]))
      }
    }
    return groups
  }
}
