import Decisions
import Domain
import Localization

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
    var label: LocalizedText {
      switch self {
      case .window(1): LocalizedText(en: "last day", ar: "آخر يوم")
      case .window(let days):
        LocalizedText(
          en: "last \(TextArgument.number(DecimalNumber(days), grouped: false)) days",
          ar: "آخر \(count: days, .day, .oblique)")
      case .year: LocalizedText(en: "last 12 months", ar: "آخر \(count: 12, .month, .oblique)")
      case .horizon(let months):
        LocalizedText(en: "next \(count: months, .month)", ar: "خلال \(count: months, .month, .oblique) من اليوم")
      case .dates: LocalizedText(en: "dates", ar: "تواريخ")
      }
    }
  }

  /// One labelled figure.
  struct Item: Sendable, Equatable {
    var label: LocalizedText
    var value: LocalizedText
    var span: Span
  }

  /// The figures that apply to the decision's recommendation, in the spec's order; nothing that
  /// does not apply (its nil figures are left out).
  static func items(_ decision: Decision, currency: Currency) -> [Item] {
    let window = Span.window(days: decision.windowEnd - decision.windowStart + 1)
    let ahead = decision.horizonMonths.map { Span.horizon(months: $0) } ?? .dates
    func money(_ value: Fraction) -> LocalizedText { .same("\(money: value, currency)") }
    func rate(_ value: Fraction) -> LocalizedText { .same("\(rate: value, currency)") }
    var items: [Item] = []
    func add(_ label: LocalizedText, _ value: LocalizedText?, _ span: Span) {
      if let value { items.append(Item(label: label, value: value, span: span)) }
    }
    add(LocalizedText(en: "Monthly profit", ar: "الربح الشهري"), decision.monthlyProfit.map(money), window)
    add(LocalizedText(en: "Current rate", ar: "السعر الحالي"), decision.currentRate.map(rate), window)
    add(LocalizedText(en: "Break-even rate", ar: "سعر التعادل"), decision.breakEvenRate.map(rate), window)
    add(LocalizedText(en: "Proposed rate", ar: "السعر المقترح"), proposed(decision, currency: currency), window)
    add(
      LocalizedText(en: "Increase needed", ar: "الزيادة المطلوبة"),
      decision.increaseNeeded.map { .same("\(percent: $0, decimals: 1, trimmed: false, signed: true)") }, window)
    add(
      LocalizedText(en: "Share of revenue", ar: "الحصة من الإيراد"),
      decision.share.map { .same("\(percent: $0, decimals: 1, trimmed: false)") }, .year)
    add(
      LocalizedText(en: "Revenue to replace", ar: "الإيراد الواجب تعويضه"),
      decision.monthlyRevenue.map {
        LocalizedText(en: "\(money: $0, currency) a month", ar: "\(money: $0, currency) شهريًا")
      }, window)
    add(LocalizedText(en: "Staying loses", ar: "خسارة البقاء"), decision.continueLoss.map(money), ahead)
    add(LocalizedText(en: "Leaving costs", ar: "تكلفة المغادرة"), decision.exitCost.map(money), ahead)
    add(LocalizedText(en: "Leaving is worth", ar: "صافي مكسب المغادرة"), decision.walkAway.map(money), ahead)
    add(
      LocalizedText(en: "Refund offer", ar: "عرض الاسترداد"),
      decision.refundOffer.map { LocalizedText(en: "up to \(money: $0, currency)", ar: "حتى \(money: $0, currency)") },
      ahead)
    add(
      LocalizedText(en: "Client for", ar: "عميل منذ"),
      decision.tenureDays.map { LocalizedText(en: "\(count: $0, .day)", ar: "\(count: $0, .day, .oblique)") }, .dates)
    add(
      LocalizedText(en: "Last attempt", ar: "آخر محاولة"),
      decision.lastAttempt.map {
        LocalizedText(en: "\($0.kind.text) on \(day: $0.day)", ar: "\($0.kind.text) بتاريخ \(day: $0.day)")
      }, .dates)
    add(LocalizedText(en: "Deadline", ar: "الموعد النهائي"), decision.deadline.map { .same("\(day: $0)") }, .dates)
    return items
  }

  /// The proposed rate in the client's currency, with the report currency's figure when they differ.
  static func proposed(_ decision: Decision, currency: Currency) -> LocalizedText? {
    guard let proposed = decision.proposedRate else { return nil }
    guard let clientCurrency = decision.clientCurrency, clientCurrency != currency,
      let converted = decision.proposedRateInClientCurrency
    else { return .same("\(rate: proposed, currency)") }
    return .same("\(rate: converted, clientCurrency) (\(rate: proposed, currency))")
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
