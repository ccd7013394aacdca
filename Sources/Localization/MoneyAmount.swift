/// An amount of money as it is shown: the number (already rounded to what is shown), its
/// currency's ISO 4217 code, and whether it is a rate per hour.
///
/// English puts the currency's symbol before the number where it has a common one (`$1,234.50`,
/// `−€12`) and its code after it otherwise (`1,234.50 CHF`). Arabic always writes the number and
/// then the code, a no-break space between them (`1,234.50 USD`, `١٬٢٣٤٫٥٠ USD` with Arabic
/// digits), which reads number-first in a right-to-left line and never mistakes one dollar for
/// another; see docs/output.md.
public struct MoneyAmount: Sendable, Hashable {
  public var amount: DecimalNumber
  public var currencyCode: String
  public var perHour: Bool

  public init(_ amount: DecimalNumber, currencyCode: String, perHour: Bool = false) {
    self.amount = amount
    self.currencyCode = currencyCode
    self.perHour = perHour
  }

  /// The amount written in `locale`.
  func rendered(in locale: TextLocale) -> String {
    let grouped = DecimalNumber.grouped(amount.plain)
    let negative = grouped.hasPrefix("-")
    let number = locale.digitsOf(negative ? String(grouped.dropFirst()) : grouped)
    let sign = negative ? String(MinusSign.character) : ""
    switch locale.language {
    case .en:
      let text =
        Self.symbols[currencyCode].map { sign + $0 + number } ?? sign + number + " " + currencyCode
      return perHour ? text + "/h" : text
    case .ar:
      let text = sign + number + "\u{00A0}" + currencyCode
      return perHour ? text + " للساعة" : text
    }
  }

  /// English text with an ASCII hyphen-minus, as `Money.formatted()` has always written it:
  /// `-$12.00`, `1,234.56 CHF`.
  public var englishPlainSign: String {
    MoneyAmount(amount, currencyCode: currencyCode).rendered(in: .english).replacingMinus()
  }

  /// Symbols English readers know; any other currency is written with its code after the number.
  static let symbols: [String: String] = [
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "AUD": "A$", "CAD": "C$", "NZD": "NZ$",
  ]
}

extension String {
  fileprivate func replacingMinus() -> String {
    first == MinusSign.character ? "-" + dropFirst() : self
  }
}
