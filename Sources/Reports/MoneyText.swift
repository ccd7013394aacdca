import Domain

/// Money in sentences and cards: exact minor-unit quantities rounded half-to-even for display only.
enum MoneyText {
  /// With the currency's decimals: `$1,820.40`.
  static func exact(_ minorUnits: Fraction, _ currency: Currency) -> String {
    Money.formatted(exactMinorUnits: minorUnits, currency: currency)
  }

  /// In whole major units, `$1,820`, unless that would show a non-zero amount as zero (`$0.40`).
  static func brief(_ minorUnits: Fraction, _ currency: Currency) -> String {
    let whole = Money.formatted(exactMinorUnits: minorUnits, currency: currency, decimals: false)
    let cents = minorUnits.roundedHalfEven()
    let roundsToZero = roundHalfEven(cents, Int128(currency.minorUnitsPerMajor)) == 0
    return roundsToZero && cents != 0 ? exact(minorUnits, currency) : whole
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
