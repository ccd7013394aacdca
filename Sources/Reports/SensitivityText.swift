import Decisions
import Domain
import Localization

/// A losing client's sensitivity as a card, the markdown and the HTML page say it, and as the
/// JSON and the CSV carry it. A rise or a share is rounded up, a cap down, so that the change as
/// written is enough.
enum SensitivityText {
  /// `Breaks even over the last 90 days with any one of: a rate rise of 64.4% (to $118.35/h);
  /// billing 83.2% of the non-billable hours; at most 25.0 hours a month for the same pay (41.1 now).`
  static func line(_ decision: Decision, currency: Currency) -> LocalizedText? {
    guard let sensitivity = decision.sensitivity else { return nil }
    var items: [LocalizedText] = []
    if let rise = sensitivity.rateRise {
      items.append(.rateRise(ceiling(rise, steps: 1000), to: sensitivity.rate.map { ceiling($0, steps: 1) }, currency))
    }
    if let share = sensitivity.billNonBillable { items.append(.billNonBillable(ceiling(share, steps: 1000))) }
    if let cap = sensitivity.hoursCap { items.append(.hoursCap(floor(cap), now: sensitivity.hoursNow)) }
    guard !items.isEmpty else { return nil }
    return .breaksEven(days: decision.windowEnd - decision.windowStart + 1, items: items)
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

extension LocalizedText {
  /// `rise` and `rate` are already rounded up (to a tenth of a percent, to the minor unit).
  fileprivate static func rateRise(_ rise: Fraction, to rate: Fraction?, _ currency: Currency) -> LocalizedText {
    let rise = LocalizedText.same("\(percent: rise, decimals: 1, trimmed: false)")
    guard let rate else {
      return LocalizedText(en: "a rate rise of \(rise)", ar: "رفع سعر الساعة بنسبة \(rise)")
    }
    return LocalizedText(
      en: "a rate rise of \(rise) (to \(rate: rate, currency))",
      ar: "رفع سعر الساعة بنسبة \(rise) (إلى \(rate: rate, currency))")
  }

  /// `share` is already rounded up to a tenth of a percent.
  fileprivate static func billNonBillable(_ share: Fraction) -> LocalizedText {
    let share = LocalizedText.same("\(percent: share, decimals: 1, trimmed: false)")
    return LocalizedText(
      en: "billing \(share) of the non-billable hours", ar: "فوترة \(share) من الساعات غير القابلة للفوترة")
  }

  /// `hours` is already rounded down to a tenth of an hour.
  fileprivate static func hoursCap(_ hours: Fraction, now: Fraction) -> LocalizedText {
    let cap = DecimalNumber(hours, decimals: 1)
    let now = DecimalNumber(now, decimals: 1)
    return LocalizedText(
      en: "at most \(count: cap, .hour) a month for the same pay (\(number: now) now)",
      ar: "حدٌّ أقصى قدره \(count: cap, .hour) شهريًا بالأجر نفسه (\(number: now) الآن)")
  }

  fileprivate static func breaksEven(days: Int, items: [LocalizedText]) -> LocalizedText {
    LocalizedText(
      en: "Breaks even over the last \(count: days, .day) with any one of: \(list: items, .semicolon).",
      ar: "يبلغ نقطة التعادل خلال آخر \(count: days, .day, .oblique) بأيٍّ من هذه التغييرات وحده: "
        + "\(list: items, .semicolon).")
  }
}
