/// Which digits numbers are written with for people: Western (0–9, `.` and `,`), or Arabic-Indic
/// (٠–٩, with the Arabic decimal separator ٫, thousands separator ٬ and percent sign ٪).
///
/// Western digits are the default in both languages, as most Arabic-speaking freelancers' tools
/// write them; machine-readable output always has Western digits.
public enum Digits: String, Sendable, Hashable, CaseIterable {
  case western
  case arabic

  /// `ascii`, a number as this module writes it (`-1,234.5`, `12%`), in these digits: unchanged
  /// for Western; for Arabic, every ASCII digit, `.`, `,` and `%` becomes its Arabic form.
  func localized(_ ascii: String) -> String {
    guard self == .arabic else { return ascii }
    var scalars = String.UnicodeScalarView()
    for scalar in ascii.unicodeScalars {
      switch scalar {
      case "0"..."9": scalars.append(Unicode.Scalar(0x0660 + scalar.value - 0x30) ?? scalar)
      case ".": scalars.append("\u{066B}")
      case ",": scalars.append("\u{066C}")
      case "%": scalars.append("\u{066A}")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// `text` with Arabic-Indic (٠–٩) and Extended Arabic-Indic, or Persian, digits (۰–۹) made ASCII
  /// digits, the Arabic decimal separator ٫ made `.` and the Arabic thousands separator ٬ made `,`:
  /// what a person typed, ready for a parser of Western numbers. Any other character is kept.
  public static func westernized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value >= 0x0660 && $0.value <= 0x06F9 }) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0660...0x0669: scalars.append(Unicode.Scalar(scalar.value - 0x0660 + 0x30) ?? scalar)
      case 0x06F0...0x06F9: scalars.append(Unicode.Scalar(scalar.value - 0x06F0 + 0x30) ?? scalar)
      case 0x066B: scalars.append(".")
      case 0x066C: scalars.append(",")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
