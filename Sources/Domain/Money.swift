import Localization

/// An exact amount of one currency, as a whole number of its minor unit (cents for USD).
///
/// There is no floating-point door in or out: amounts are parsed from text, added and subtracted
/// exactly, and multiplied only by a `Fraction` with half-to-even rounding. Adding two currencies
/// is a programming error and traps; conversion is an explicit step (`CurrencyConverter`).
public struct Money: Hashable, Sendable, CustomStringConvertible {
  public var minorUnits: Int64
  public let currency: Currency

  public init(minorUnits: Int64, currency: Currency) {
    self.minorUnits = minorUnits
    self.currency = currency
  }

  public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

  public var isZero: Bool { minorUnits == 0 }
  public var isNegative: Bool { minorUnits < 0 }

  /// The amount in minor units as an exact fraction, for rate arithmetic.
  public var exact: Fraction { Fraction(Int128(minorUnits)) }

  public static func + (a: Money, b: Money) -> Money {
    precondition(a.currency == b.currency, "adding \(a.currency) to \(b.currency)")
    return Money(minorUnits: a.minorUnits + b.minorUnits, currency: a.currency)
  }
  public static func - (a: Money, b: Money) -> Money {
    precondition(a.currency == b.currency, "subtracting \(b.currency) from \(a.currency)")
    return Money(minorUnits: a.minorUnits - b.minorUnits, currency: a.currency)
  }
  public static prefix func - (a: Money) -> Money {
    Money(minorUnits: -a.minorUnits, currency: a.currency)
  }
  public static func += (a: inout Money, b: Money) { a = a + b }
  public static func -= (a: inout Money, b: Money) { a = a - b }

  /// This amount times an exact factor, rounded half-to-even to the minor unit.
  public func multiplied(by factor: Fraction) -> Money {
    Money(exactMinorUnits: exact * factor, currency: currency)
  }

  /// An exact minor-unit quantity rounded half-to-even to a whole minor unit.
  public init(exactMinorUnits: Fraction, currency: Currency) {
    self.init(minorUnits: Int64(exactMinorUnits.roundedHalfEven()), currency: currency)
  }

  /// What `seconds` of work come to at `hourlyRate`, rounded half-to-even once.
  public static func of(seconds: Int64, at hourlyRate: Money) -> Money {
    Money(
      exactMinorUnits: Fraction(Int128(seconds) * Int128(hourlyRate.minorUnits), 3600), currency: hourlyRate.currency)
  }

  public static func max(_ a: Money, _ b: Money) -> Money { a.minorUnits >= b.minorUnits ? a : b }
  public static func min(_ a: Money, _ b: Money) -> Money { a.minorUnits <= b.minorUnits ? a : b }

  /// `12.34 USD`: plain, unambiguous, for messages and tests. Reports use `Money+Formatting`.
  public var description: String {
    "\(Money.plainDecimal(Int128(minorUnits), digits: currency.minorUnitDigits)) \(currency.code)"
  }

  /// A minor-unit count written with `digits` decimals and no grouping: `-1234.50`.
  public static func plainDecimal(_ minorUnits: Int128, digits: Int) -> String {
    DecimalNumber(scaled: minorUnits, decimals: digits).plain
  }

  /// Plain decimal text with thousands separators in its whole part: `-1234567.5` → `-1,234,567.5`.
  public static func grouped(_ plain: String) -> String {
    DecimalNumber.grouped(plain)
  }
}
