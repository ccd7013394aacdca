/// An ISO 4217 currency: its three-letter code and how many digits its minor unit has.
///
/// Display style (symbol, separators) is deliberately not part of the value; see `Money+Formatting`.
public struct Currency: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The code's three letters, first letter in the high byte: a plain value, so money is copied
  /// without reference counting, and ordered as the codes are.
  private let letters: UInt32
  private let digits: UInt8

  /// Digits after the decimal point in the currency's minor unit (2 for USD, 0 for JPY, 3 for KWD).
  public var minorUnitDigits: Int { Int(digits) }

  /// The upper-case ISO 4217 code, e.g. `USD`.
  public var code: String {
    String(
      decoding: [UInt8(letters >> 16), UInt8(truncatingIfNeeded: letters >> 8), UInt8(truncatingIfNeeded: letters)],
      as: UTF8.self)
  }

  /// A currency from its code, or nil when the text is not three ASCII letters.
  ///
  /// Codes missing from the built-in table are accepted with two minor-unit digits, the ISO default,
  /// so a rare currency still works as long as it is consistent.
  public init?(code: String) {
    let upper = String(code.unicodeScalars.filter { $0 != " " }).uppercased()
    guard upper.utf8.count == 3, upper.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
    self.init(validCode: upper, minorUnitDigits: Currency.minorDigitsTable[upper] ?? 2)
  }

  private init(validCode: String, minorUnitDigits: Int) {
    letters = validCode.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    digits = UInt8(minorUnitDigits)
  }

  /// ISO 4217's `XXX`, "no currency": stands for an amount whose currency is not known yet.
  public static let unknown = Currency(validCode: "XXX", minorUnitDigits: 2)

  public var description: String { code }

  public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.letters < rhs.letters }

  /// 10 to the power of `minorUnitDigits`: minor units per major unit.
  public var minorUnitsPerMajor: Int64 {
    var value: Int64 = 1
    for _ in 0..<minorUnitDigits { value *= 10 }
    return value
  }

  /// ISO 4217 currencies whose minor unit is not two digits.
  private static let minorDigitsTable: [String: Int] = [
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
    "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    "CLF": 4, "UYW": 4,
  ]
}
