import Domain

/// A money setting written in major units of a currency not yet known (`"costRate": 85.50`),
/// remembered with where it came from so a value too precise for the currency can be named.
struct MajorAmount: Sendable, Equatable {
  /// The exact amount in major units.
  let value: Fraction
  let text: String
  let origin: SettingOrigin

  /// The amount in `currency`'s minor units; nil when it has more decimals than the currency
  /// has (`12.345` USD), since rounding a setting silently would change every figure it touches.
  func money(in currency: Currency) -> Money? {
    let minor = value * Fraction(currency.minorUnitsPerMajor)
    guard minor.denominator == 1, minor.numerator.magnitude <= UInt128(Int64.max) else { return nil }
    return Money(minorUnits: Int64(minor.numerator), currency: currency)
  }
}
