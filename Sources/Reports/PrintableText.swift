/// Text from the input made safe to print: control characters replaced.
///
/// Client names, notes and messages come from CSV files someone else wrote. A tab or newline in a
/// name would break a table's columns, and an escape character could drive the terminal, so every
/// control character (C0, DEL, C1) becomes U+FFFD before text reaches a table, a card or markdown.
/// JSON and CSV escape such characters instead, and keep them.
enum PrintableText {
  /// `text` with every control character replaced by `�`.
  static func of(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
