import Decisions
import Domain

/// The figures behind a decision, labelled, as the cards and the markdown show them: money with
/// the currency's decimals, rates per hour, the horizon in months, the increase as a percentage.
enum DecisionFigures {
  /// One labelled figure; `—` when unknown.
  struct Item: Sendable, Equatable {
    var label: String
    var value: String
  }

  /// Monthly profit, horizon, continue loss, exit cost, max refund, break-even rate, proposed rate,
  /// increase needed, in that order.
  static func items(_ decision: Decision, currency: Currency) -> [Item] {
    func money(_ value: Fraction) -> String { MoneyText.exact(value, currency) }
    func rate(_ value: Fraction?) -> String { value.map { MoneyText.rate($0, currency) } ?? ReportTable.unknown }
    return [
      Item(label: "Monthly profit", value: money(decision.monthlyProfit)),
      Item(label: "Horizon", value: NumberText.decimal(decision.horizonMonths, digits: 2) + " months"),
      Item(label: "Continue loss", value: money(decision.continueLoss)),
      Item(label: "Exit cost", value: money(decision.exitCost)),
      Item(label: "Max refund", value: money(decision.maxRefund)),
      Item(label: "Break-even rate", value: rate(decision.breakEvenRate)),
      Item(label: "Proposed rate", value: rate(decision.proposedRate)),
      Item(
        label: "Increase needed",
        value: decision.increaseNeeded.map { NumberText.percent($0, digits: 1, signed: true) } ?? ReportTable.unknown),
    ]
  }
}
