import Domain

/// How figures read inside reasons and plans: rounded for the sentence only, never for the
/// decision.
enum Wording {
  /// An exact minor-unit amount, half-to-even to the minor unit: `$770.25`.
  static func money(_ exactMinorUnits: Fraction, _ currency: Currency) -> String {
    Money.formatted(exactMinorUnits: exactMinorUnits, currency: currency)
  }

  /// A share as a percentage with at most one decimal, half-to-even: 0.41 → `41%`, 0.125 → `12.5%`.
  static func percent(_ share: Fraction) -> String {
    number(share * Fraction(100)) + "%"
  }

  /// A quantity with at most one decimal, half-to-even, without a trailing `.0`: `38`, `2.5`.
  static func number(_ value: Fraction) -> String {
    let tenths = (value * Fraction(10)).roundedHalfEven()
    let whole = tenths / 10
    let tenth = (tenths % 10).magnitude
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return tenth == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(tenth)"
  }

  /// `1 month`, `2.5 months`.
  static func months(_ value: Fraction) -> String {
    let text = number(value)
    return text == "1" ? "1 month" : "\(text) months"
  }

  /// `1 day`, `90 days`.
  static func days(_ count: Int) -> String {
    count == 1 ? "1 day" : "\(count) days"
  }
}
