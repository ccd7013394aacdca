/// The one rule for the sign of a negative number a person reads: a true minus sign (U+2212,
/// `−$3,050`); programs read ASCII (`-3050.00`).
public enum MinusSign {
  /// U+2212 MINUS SIGN.
  public static let character: Character = "\u{2212}"

  /// `text` with a leading `-` made a true minus sign: `-$3,050` → `−$3,050`; anything else as it is.
  public static func forReading(_ text: String) -> String {
    guard text.first == "-" else { return text }
    return String(character) + text.dropFirst()
  }
}
