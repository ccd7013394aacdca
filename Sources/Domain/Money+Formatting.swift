import Localization

/// How money reads in reports: thousands separators, the currency's decimals and its symbol
/// (`MoneyAmount` writes it, in every language).
extension Money {
  /// `$1,234.56`, `-€12.00`, `¥1,200`, `1,234.56 CHF`: English, with an ASCII minus.
  public func formatted(decimals: Bool = true) -> String {
    MoneyAmount(self, wholeUnits: !decimals).englishPlainSign
  }

  /// An exact minor-unit quantity, rounded half-to-even, formatted like `formatted()`.
  public static func formatted(exactMinorUnits: Fraction, currency: Currency, decimals: Bool = true) -> String {
    MoneyAmount(exactMinorUnits: exactMinorUnits, currency: currency, wholeUnits: !decimals).englishPlainSign
  }
}

extension MoneyAmount {
  /// `money` as shown: with its currency's decimals, or rounded half-to-even to whole major units.
  public init(_ money: Money, wholeUnits: Bool = false, perHour: Bool = false) {
    self.init(exactMinorUnits: money.exact, currency: money.currency, wholeUnits: wholeUnits, perHour: perHour)
  }

  /// An exact minor-unit quantity (an amount, or a rate per hour) rounded half-to-even to the
  /// minor unit, or to whole major units.
  public init(exactMinorUnits: Fraction, currency: Currency, wholeUnits: Bool = false, perHour: Bool = false) {
    let minorUnits = exactMinorUnits.roundedHalfEven()
    let number =
      wholeUnits
      ? DecimalNumber(scaled: roundHalfEven(minorUnits, Int128(currency.minorUnitsPerMajor)), decimals: 0)
      : DecimalNumber(scaled: minorUnits, decimals: currency.minorUnitDigits)
    self.init(number, currencyCode: currency.code, perHour: perHour)
  }
}
