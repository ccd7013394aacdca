import Decisions
import Domain

/// A losing client's sensitivity as a card, the markdown and the HTML page say it, and as the
/// JSON and the CSV carry it. A rise or a share is rounded up, a cap down, so that the change as
/// written is enough.
enum SensitivityText {
  /// `Breaks even over the last 90 days with any one of: a rate rise of 64.4% (to $118.35/h);
  /// billing 83.2% of the non-billable hours; at most 25.0 hours a month for the same pay (41.1 now).`
  static func line(_ decision: Decision, currency: Currency) -> String? {
    guard let sensitivity = decision.sensitivity else { return nil }
    var items: [String] = []
    if let rise = sensitivity.rateRise {
      items.append(
        .rateRise(percentUp(rise), to: sensitivity.rate.map { MoneyText.rate(ceiling($0, steps: 1), currency) }))
    }
    if let share = sensitivity.billNonBillable { items.append(.billNonBillable(percentUp(share))) }
    if let cap = sensitivity.hoursCap { items.append(.hoursCap(hours(floor(cap)), now: hours(sensitivity.hoursNow))) }
    guard !items.isEmpty else { return nil }
    return .breaksEven(days: decision.windowEnd - decision.windowStart + 1, items: items)
  }

  /// `64.4%`: a share as a percentage with one decimal, rounded up.
  static func percentUp(_ share: Fraction) -> String {
    NumberText.percent(ceiling(share, steps: 1000), digits: 1)
  }

  /// The smallest multiple of 1 ÷ `steps` at or above `value`, exactly.
  static func ceiling(_ value: Fraction, steps: Int128) -> Fraction {
    let scaled = value * Fraction(steps)
    let whole = scaled.numerator / scaled.denominator
    let up = scaled.numerator % scaled.denominator > 0 ? whole + 1 : whole
    return Fraction(up, steps)
  }

  /// A tenth of an hour, rounded down.
  static func floor(_ hours: Fraction) -> Fraction {
    let scaled = hours * Fraction(10)
    let whole = scaled.numerator / scaled.denominator
    return Fraction(scaled.numerator < 0 && scaled.numerator % scaled.denominator != 0 ? whole - 1 : whole, 10)
  }

  private static func hours(_ value: Fraction) -> String { NumberText.decimal(value, digits: 1) }

  /// rateRise, rateAfterRise, billNonBillable, hoursCap and hoursNow as the JSON and the CSV write
  /// them: exact, rounded half-to-even to 4, 2, 4, 2 and 2 decimals; all nil without a sensitivity.
  static func fields(_ decision: Decision, currency: Currency) -> [String?] {
    guard let sensitivity = decision.sensitivity else { return Array(repeating: nil, count: keys.count) }
    return [
      sensitivity.rateRise.map { NumberText.decimal($0, digits: 4) },
      sensitivity.rate.map { NumberText.rate($0, currency: currency) },
      sensitivity.billNonBillable.map { NumberText.decimal($0, digits: 4) },
      sensitivity.hoursCap.map { NumberText.decimal($0, digits: 2) },
      NumberText.decimal(sensitivity.hoursNow, digits: 2),
    ]
  }

  /// The JSON's keys, in order.
  static let keys = ["rateRise", "rateAfterRise", "billNonBillable", "hoursCap", "hoursNow"]

  /// The JSON object of spec §6 `decide`'s `sensitivity`, or null.
  static func json(_ decision: Decision, currency: Currency) -> JSONNode {
    guard decision.sensitivity != nil else { return .null }
    return .object(zip(keys, fields(decision, currency: currency)).map { JSONNode.Member($0, .number($1)) })
  }
}

extension String {
  fileprivate static func rateRise(_ percent: String, to rate: String?) -> String {
    "a rate rise of \(percent)" + (rate.map { " (to \($0))" } ?? "")
  }

  fileprivate static func billNonBillable(_ percent: String) -> String {
    "billing \(percent) of the non-billable hours"
  }

  fileprivate static func hoursCap(_ hours: String, now: String) -> String {
    "at most \(hours) hours a month for the same pay (\(now) now)"
  }

  fileprivate static func breaksEven(days: Int, items: [String]) -> String {
    "Breaks even over the last \(days) days with any one of: " + items.joined(separator: "; ") + "."
  }
}
