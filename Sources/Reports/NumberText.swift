import Domain
import Localization

/// Exact figures written as decimal text: rounded half-to-even, never with an exponent, never `-0`.
///
/// Every number the reports print goes through here or through `MoneyText`, so the JSON, the CSV
/// and the tables show the same rounding of the same exact value. The sign is ASCII and the
/// digits Western, as programs read them, but for `percent` and `grouped`, which only people read
/// (`MinusSign`, the run's digits).
enum NumberText {
  /// `value` rounded half-to-even to `digits` decimals: `2.345` → `2.34`, `-1/3` → `-0.33`.
  static func decimal(_ value: Fraction, digits: Int) -> String {
    let scaled = roundHalfEven(value.numerator * powerOfTen(digits), value.denominator)
    return Money.plainDecimal(scaled, digits: digits)
  }

  /// An amount in major units with the currency's decimals and no grouping: `-1234.50`, `1200` (JPY).
  static func major(_ money: Money) -> String {
    Money.plainDecimal(Int128(money.minorUnits), digits: money.currency.minorUnitDigits)
  }

  /// An exact minor-unit quantity (an amount, or a rate per hour) rounded half-to-even to the minor
  /// unit, in major units: `Fraction(246_913, 2)` USD → `1234.56`.
  static func major(exactMinorUnits value: Fraction, currency: Currency) -> String {
    Money.plainDecimal(value.roundedHalfEven(), digits: currency.minorUnitDigits)
  }

  /// A rate in minor units per hour as major units per hour with two decimals (spec §6), whatever
  /// the currency's own decimals: `Fraction(224_687, 2)` USD → `1123.44`.
  static func rate(_ minorUnitsPerHour: Fraction, currency: Currency) -> String {
    decimal(minorUnitsPerHour / Fraction(currency.minorUnitsPerMajor), digits: 2)
  }

  /// Hours from seconds, with `digits` decimals.
  static func hours(seconds: Int64, digits: Int) -> String {
    decimal(Fraction(Int128(seconds), 3600), digits: digits)
  }

  /// A share as a percentage with `digits` decimals, for reading: `0.183` → `18.3%`, `-0.2` →
  /// `−20%`; `signed` adds `+` above zero.
  static func percent(_ share: Fraction, digits: Int, signed: Bool = false, _ locale: TextLocale = .english) -> String {
    locale(.percent(DecimalNumber(share * Fraction(100), decimals: digits), signed: signed))
  }

  /// A number with `digits` decimals and thousands separators, for reading: `−1,234,567.5`.
  static func grouped(_ value: Fraction, digits: Int, _ locale: TextLocale = .english) -> String {
    locale(.number(DecimalNumber(value, decimals: digits), grouped: true))
  }

  private static func powerOfTen(_ digits: Int) -> Int128 {
    var value: Int128 = 1
    for _ in 0..<max(0, digits) { value *= 10 }
    return value
  }
}
