/// Numbers and dates written with Arabic-Indic (٠–٩) or Eastern Arabic-Indic (۰–۹, Persian and
/// Urdu) digits, the Arabic decimal mark `٫` and thousands mark `٬`: spreadsheets in Arabic write
/// them so, and they mean what the same number in Western digits means.
enum NativeDigits {
  /// `text` with its native digits as Western ones, `٫` as the file's decimal mark and `٬` left
  /// out (it only groups digits); text without them is returned as it is.
  static func western(_ text: String, decimalSeparator: AmountParser.DecimalSeparator) -> String {
    guard text.unicodeScalars.contains(where: { nativeDigit($0) != nil || $0 == decimalMark || $0 == groupMark })
    else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let digit = nativeDigit(scalar) {
        result.append(Unicode.Scalar(UInt8(ascii: "0") + digit))
      } else if scalar == decimalMark {
        result.append(decimalSeparator == .comma ? "," : ".")
      } else if scalar != groupMark {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// U+066B ARABIC DECIMAL SEPARATOR and U+066C ARABIC THOUSANDS SEPARATOR.
  private static let decimalMark: Unicode.Scalar = "\u{066B}"
  private static let groupMark: Unicode.Scalar = "\u{066C}"

  /// The value of an Arabic-Indic (U+0660…) or Eastern Arabic-Indic (U+06F0…) digit.
  private static func nativeDigit(_ scalar: Unicode.Scalar) -> UInt8? {
    switch scalar.value {
    case 0x0660...0x0669: UInt8(scalar.value - 0x0660)
    case 0x06F0...0x06F9: UInt8(scalar.value - 0x06F0)
    default: nil
    }
  }
}
