import Decisions
import Domain

/// A decision's scalar fields of spec §6 `decide`, in order, as exact text: one list the JSON and
/// the CSV both read.
enum DecisionFields {
  /// One field; `value` nil is the spec's null.
  struct Field: Sendable, Equatable {
    var key: String
    var value: String?
    /// Text (client, recommendation) rather than a number.
    var isText: Bool = false
  }

  /// Decimals of horizonMonths.
  static let monthsDigits = 2
  /// Decimals of increaseNeeded.
  static let shareDigits = 4

  /// client, recommendation, monthlyProfit, horizonMonths, continueLoss, exitCost, maxRefund,
  /// breakEvenRate, proposedRate, increaseNeeded.
  static func scalars(_ decision: Decision, currency: Currency) -> [Field] {
    func money(_ key: String, _ value: Fraction?) -> Field {
      Field(key: key, value: value.map { NumberText.major(exactMinorUnits: $0, currency: currency) })
    }
    return [
      Field(key: "client", value: decision.name, isText: true),
      Field(key: "recommendation", value: decision.recommendation.rawValue, isText: true),
      money("monthlyProfit", decision.monthlyProfit),
      Field(key: "horizonMonths", value: NumberText.decimal(decision.horizonMonths, digits: monthsDigits)),
      money("continueLoss", decision.continueLoss), money("exitCost", decision.exitCost),
      money("maxRefund", decision.maxRefund), money("breakEvenRate", decision.breakEvenRate),
      money("proposedRate", decision.proposedRate),
      Field(key: "increaseNeeded", value: decision.increaseNeeded.map { NumberText.decimal($0, digits: shareDigits) }),
    ]
  }
}
