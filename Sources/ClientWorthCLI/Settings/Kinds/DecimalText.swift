import Domain
import Localization

/// Settings' numbers as text: read exactly, within limits on their size, and written back for
/// help, messages and the settings table.
enum DecimalText {
  /// What a number's text says, before any range check: its exact value, or the problem.
  ///
  /// Leading zeros of the whole part and trailing zeros of the decimals do not count towards the
  /// limits, so `0.100000000000000000000` is 0.1; a number beyond them is refused before any
  /// arithmetic can overflow; `tooLarge` is the problem then, the one a value just over the
  /// setting's range gets. Arabic-Indic and Persian digits and the Arabic decimal separator ٫ read
  /// as their Western forms (`١٢٠٫٥` is 120.5).
  static func read(_ text: String, maxWholeDigits: Int, maxDecimals: Int, tooLarge: LocalizedText)
    throws(SettingProblem) -> Fraction
  {
    let western = Digits.westernized(text)
    var bytes = Substring(western).utf8[...]
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { bytes = bytes.dropFirst() }
    let point = bytes.firstIndex(of: UInt8(ascii: "."))
    let whole = point.map { bytes[..<$0] } ?? bytes
    let decimals = point.map { bytes[bytes.index(after: $0)...] } ?? bytes[bytes.endIndex...]
    let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    guard whole.allSatisfy(isDigit), decimals.allSatisfy(isDigit), !(whole.isEmpty && decimals.isEmpty) else {
      throw SettingProblem(
        LocalizedText(
          en: "is not a plain decimal number (write it like 0.25)",
          ar: "ليست عددًا عشريًا بسيطًا (اكتبها مثل \(number: DecimalNumber(scaled: 25, decimals: 2)))"))
    }
    let significantWhole = whole.drop { $0 == UInt8(ascii: "0") }
    let significantDecimals = decimals.reversed().drop { $0 == UInt8(ascii: "0") }.reversed()
    guard significantWhole.count <= maxWholeDigits else { throw SettingProblem(tooLarge) }
    guard significantDecimals.count <= maxDecimals else {
      throw SettingProblem(
        LocalizedText(
          en: "has more than \(number: maxDecimals) decimals", ar: "فيها أكثر من \(count: maxDecimals, .decimalPlace)"))
    }
    var numerator: Int128 = 0
    var denominator: Int128 = 1
    for byte in significantWhole { numerator = numerator * 10 + Int128(byte - UInt8(ascii: "0")) }
    for byte in significantDecimals {
      numerator = numerator * 10 + Int128(byte - UInt8(ascii: "0"))
      denominator *= 10
    }
    return Fraction(negative ? -numerator : numerator, denominator)
  }

  /// `value` as a plain decimal with thousands separators and at least `minimumDecimals`
  /// decimals: `1000` → `1,000`, `1/10` with 2 → `0.10`. Exact for a value with a finite decimal
  /// expansion of up to 12 decimals (what a setting can hold); rounded half-to-even beyond.
  static func written(_ value: Fraction, minimumDecimals: Int = 0) -> String {
    DecimalNumber.grouped(number(value, minimumDecimals: minimumDecimals).plain)
  }

  /// `value` as `written` writes it, as a number a text can show in any digits.
  static func number(_ value: Fraction, minimumDecimals: Int = 0) -> DecimalNumber {
    var decimals = minimumDecimals
    while decimals < 12 && (value * Fraction(powerOfTen(decimals))).denominator != 1 { decimals += 1 }
    return DecimalNumber(scaled: (value * Fraction(powerOfTen(decimals))).roundedHalfEven(), decimals: decimals)
  }

  private static func powerOfTen(_ exponent: Int) -> Int128 {
    var value: Int128 = 1
    for _ in 0..<exponent { value *= 10 }
    return value
  }
}

/// What is wrong with a setting's value, as the rest of a sentence whose subject is the setting
/// and the value as written: `is 1,000% a year, more than 100%; did you mean 0.10?`.
struct SettingProblem: Error, Equatable, Sendable {
  let text: LocalizedText

  init(_ text: LocalizedText) { self.text = text }
}
