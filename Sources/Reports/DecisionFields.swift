import Decisions
import Domain

/// A decision's scalar fields of spec §6 `decide`, in order, as exact text: one list the JSON and
/// the CSV both read.
enum DecisionFields {
  /// One field; `value` nil is the spec's null.
  struct Field: Sendable, Equatable {
    var key: String
    var value: String?
    /// Text (client, recommendation, a currency, a date) rather than a number.
    var isText: Bool = false
  }

  /// Decimals of horizonMonths and of rates.
  static let monthsDigits = 2
  /// Decimals of increaseNeeded and share.
  static let shareDigits = 4

  /// client, recommendation, monthlyProfit, horizonMonths, continueLoss, exitCost, walkAway,
  /// refundOffer, currentRate, breakEvenRate, proposedRate, clientCurrency,
  /// proposedRateInClientCurrency, increaseNeeded, share, tenureDays, lastAttempt, deadline, exitCause.
  static func scalars(_ decision: Decision, currency: Currency) -> [Field] {
    func money(_ key: String, _ value: Fraction?) -> Field {
      Field(key: key, value: value.map { NumberText.major(exactMinorUnits: $0, currency: currency) })
    }
    func rate(_ key: String, _ value: Fraction?, in rateCurrency: Currency = currency) -> Field {
      Field(key: key, value: value.map { NumberText.rate($0, currency: rateCurrency) })
    }
    func share(_ key: String, _ value: Fraction?) -> Field {
      Field(key: key, value: value.map { NumberText.decimal($0, digits: shareDigits) })
    }
    func text(_ key: String, _ value: String?) -> Field { Field(key: key, value: value, isText: true) }
    return [
      text("client", decision.name), text("recommendation", decision.recommendation.rawValue),
      money("monthlyProfit", decision.monthlyProfit),
      Field(key: "horizonMonths", value: decision.horizonMonths.map { NumberText.decimal($0, digits: monthsDigits) }),
      money("continueLoss", decision.continueLoss), money("exitCost", decision.exitCost),
      money("walkAway", decision.walkAway), money("refundOffer", decision.refundOffer),
      rate("currentRate", decision.currentRate), rate("breakEvenRate", decision.breakEvenRate),
      rate("proposedRate", decision.proposedRate), text("clientCurrency", decision.clientCurrency?.code),
      rate(
        "proposedRateInClientCurrency", decision.proposedRateInClientCurrency, in: decision.clientCurrency ?? currency),
      share("increaseNeeded", decision.increaseNeeded), share("share", decision.share),
      Field(key: "tenureDays", value: decision.tenureDays.map { String($0) }),
      text("lastAttempt", decision.lastAttempt?.day.description), text("deadline", decision.deadline?.description),
      text("exitCause", decision.exitCause?.rawValue),
    ]
  }
}
