/// How money reads in reports: thousands separators, the currency's decimals and its symbol.
extension Money {
  /// `$1,234.56`, `-€12.00`, `¥1,200`, `1,234.56 CHF`.
  public func formatted(decimals: Bool = true) -> String {
    Money.format(minorUnits: Int128(minorUnits), currency: currency, decimals: decimals)
  }

  /// An exact minor-unit quantity, rounded half-to-even, formatted like `formatted()`.
  public static func formatted(exactMinorUnits: Fraction, currency: Currency, decimals: Bool = true) -> String {
    format(minorUnits: exactMinorUnits.roundedHalfEven(), currency: currency, decimals: decimals)
  }

  /// `decimals: false` rounds half-to-even to whole major units, for compact tables.
  static func format(minorUnits: Int128, currency: Currency, decimals: Bool) -> String {
    let per = Int128(currency.minorUnitsPerMajor)
    let digits = decimals ? currency.minorUnitDigits : 0
    let shown = decimals ? minorUnits : roundHalfEven(minorUnits, per)
    let grouped = Money.grouped(plainDecimal(shown.magnitude == 0 ? 0 : shown, digits: digits))
    let negative = grouped.hasPrefix("-")
    let number = negative ? String(grouped.dropFirst()) : grouped
    let sign = negative ? "-" : ""
    if let symbol = symbols[currency.code] { return sign + symbol + number }
    return sign + number + " " + currency.code
  }

  private static let symbols: [String: String] = [
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "AUD": "A$", "CAD": "C$", "NZD": "NZ$",
  ]
}
