import Domain

/// Money as a person reads it (tables, cards, sentences, charts): exact minor-unit quantities
/// rounded half-to-even for display only, negative amounts with a true minus sign (`MinusSign`).
enum MoneyText {
  /// With the currency's decimals: `$1,820.40`, `−$12.00`.
  static func exact(_ minorUnits: Fraction, _ currency: Currency) -> String {
    MinusSign.forReading(Money.formatted(exactMinorUnits: minorUnits, currency: currency))
  }

  /// In whole major units, `$1,820`, unless that would show a non-zero amount as zero (`$0.40`).
  static func brief(_ minorUnits: Fraction, _ currency: Currency) -> String {
    let whole = Money.formatted(exactMinorUnits: minorUnits, currency: currency, decimals: false)
    let cents = minorUnits.roundedHalfEven()
    let roundsToZero = roundHalfEven(cents, Int128(currency.minorUnitsPerMajor)) == 0
    return roundsToZero && cents != 0 ? exact(minorUnits, currency) : MinusSign.forReading(whole)
  }

  /// `brief` when `cents` is off, else `exact`: the cells of the compact and the full tables.
  static func amount(_ minorUnits: Fraction, _ currency: Currency, cents: Bool) -> String {
    cents ? exact(minorUnits, currency) : brief(minorUnits, currency)
  }

  /// A rate in minor units per hour, with decimals: `$112.40/h`.
  static func rate(_ minorUnitsPerHour: Fraction, _ currency: Currency) -> String {
    exact(minorUnitsPerHour, currency) + "/h"
  }

  /// A rate in whole major units per hour: `$112/h`.
  static func briefRate(_ minorUnitsPerHour: Fraction, _ currency: Currency) -> String {
    brief(minorUnitsPerHour, currency) + "/h"
  }
}
