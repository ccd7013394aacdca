/// Text from the input made safe to print: control and bidirectional-override characters replaced.
///
/// Client names, notes and messages come from CSV files someone else wrote. A tab or newline in a
/// name would break a table's columns, an escape character could drive the terminal, and an
/// unclosed right-to-left override would reverse the rest of the row (the "Trojan Source" trick),
/// so every control character (C0, DEL, C1) and every bidirectional embedding, override and isolate
/// (U+202A–U+202E, U+2066–U+2069) becomes U+FFFD before text reaches a table, a card or markdown.
/// JSON and CSV escape or quote such characters instead, and keep them.
public enum PrintableText {
  /// `text` with every such character replaced by `�`.
  public static func of(_ text: String) -> String { replacing(text, keepingNewlines: false) }

  /// `text` made safe the same way, its line breaks kept: for messages and listings of several
  /// lines that hold text from the data (diagnostics, `inspect`).
  public static func lines(_ text: String) -> String { replacing(text, keepingNewlines: true) }

  private static func replacing(_ text: String, keepingNewlines: Bool) -> String {
    func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { isControl(scalar) && !(keepingNewlines && scalar == "\n") }
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }
}
