import Domain
import Localization

/// Money as a person reads it (tables, cards, sentences, charts): exact minor-unit quantities
/// rounded half-to-even for display only, negative amounts with a true minus sign, in the run's
/// language and digits (`MoneyAmount`).
enum MoneyText {
  /// With the currency's decimals: `$1,820.40`, `−$12.00`, `1,820.40 USD`.
  static func exact(_ minorUnits: Fraction, _ currency: Currency, _ locale: TextLocale = .english) -> String {
    locale(.money(exactAmount(minorUnits, currency)))
  }

  /// In whole major units, `$1,820`, unless that would show a non-zero amount as zero (`$0.40`).
  static func brief(_ minorUnits: Fraction, _ currency: Currency, _ locale: TextLocale = .english) -> String {
    locale(.money(briefAmount(minorUnits, currency)))
  }

  /// `brief` when `cents` is off, else `exact`: the cells of the compact and the full tables.
  static func amount(_ minorUnits: Fraction, _ currency: Currency, cents: Bool, _ locale: TextLocale = .english)
    -> String
  {
    cents ? exact(minorUnits, currency, locale) : brief(minorUnits, currency, locale)
  }

  /// A rate in minor units per hour, with decimals: `$112.40/h`.
  static func rate(_ minorUnitsPerHour: Fraction, _ currency: Currency, _ locale: TextLocale = .english) -> String {
    locale(.money(exactAmount(minorUnitsPerHour, currency, perHour: true)))
  }

  /// A rate in whole major units per hour: `$112/h`.
  static func briefRate(_ minorUnitsPerHour: Fraction, _ currency: Currency, _ locale: TextLocale = .english) -> String
  {
    locale(.money(briefAmount(minorUnitsPerHour, currency, perHour: true)))
  }

  /// An amount in a table's cell: `$1,235` in English; in Arabic the bare number, `1,235`, the
  /// header naming the currency once (see `FigureCells`).
  static func cell(_ amount: MoneyAmount, _ locale: TextLocale) -> String {
    locale.language == .ar ? locale(.number(amount.amount, grouped: true)) : locale(.money(amount))
  }

  /// The amount `exact` shows, for a sentence.
  static func exactAmount(_ minorUnits: Fraction, _ currency: Currency, perHour: Bool = false) -> MoneyAmount {
    MoneyAmount(exactMinorUnits: minorUnits, currency: currency, perHour: perHour)
  }

  /// The amount `brief` shows, for a sentence.
  static func briefAmount(_ minorUnits: Fraction, _ currency: Currency, perHour: Bool = false) -> MoneyAmount {
    let cents = minorUnits.roundedHalfEven()
    let roundsToZero = roundHalfEven(cents, Int128(currency.minorUnitsPerMajor)) == 0
    return MoneyAmount(
      exactMinorUnits: minorUnits, currency: currency, wholeUnits: !(roundsToZero && cents != 0), perHour: perHour)
  }
}

extension Template.StringInterpolation {
  /// An amount in whole major units, unless that would show a non-zero amount as zero.
  mutating func appendInterpolation(brief minorUnits: Fraction, _ currency: Currency) {
    appendInterpolation(money: MoneyText.briefAmount(minorUnits, currency))
  }

  /// A rate per hour in whole major units: `$112/h`.
  mutating func appendInterpolation(briefRate minorUnitsPerHour: Fraction, _ currency: Currency) {
    appendInterpolation(money: MoneyText.briefAmount(minorUnitsPerHour, currency, perHour: true))
  }

  /// A rate per hour with decimals: `$112.40/h`.
  mutating func appendInterpolation(rate minorUnitsPerHour: Fraction, _ currency: Currency) {
    appendInterpolation(money: MoneyText.exactAmount(minorUnitsPerHour, currency, perHour: true))
  }
}
