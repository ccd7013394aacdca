/// Unicode's directional isolates (UAX #9): text between an isolate and its PDI is laid out on
/// its own and the line around it sees one neutral character, so a right-to-left name never
/// reorders the figures beside it, nor a left-to-right code an Arabic sentence.
public enum BidiIsolate {
  /// FIRST STRONG ISOLATE: the direction of the text's first strong letter.
  public static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
  public static let leftToRightIsolate: Unicode.Scalar = "\u{2066}"
  /// POP DIRECTIONAL ISOLATE: ends the innermost isolate.
  public static let pop: Unicode.Scalar = "\u{2069}"

  /// `text` isolated in the direction of its first strong letter.
  public static func firstStrong(_ text: String) -> String {
    String(firstStrongIsolate) + text + String(pop)
  }

  /// `text` isolated left to right.
  public static func leftToRight(_ text: String) -> String {
    String(leftToRightIsolate) + text + String(pop)
  }

  public static func isIsolateInitiator(_ scalar: Unicode.Scalar) -> Bool {
    (0x2066...0x2068).contains(scalar.value)
  }

  /// Whether `text` holds a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, NKo
  /// and their presentation forms).
  public static func holdsRightToLeft(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      let value = scalar.value
      return (0x0590...0x08FF).contains(value) || (0xFB1D...0xFDFF).contains(value)
        || (0xFE70...0xFEFF).contains(value) || (0x10800...0x10FFF).contains(value)
        || (0x1E800...0x1EEFF).contains(value)
    }
  }

  /// `text` with a PDI added for every isolate it opens and does not close: what a cut-off
  /// isolated name needs so the rest of its line is not pulled inside it.
  public static func closed(_ text: String) -> String {
    var open = 0
    for scalar in text.unicodeScalars {
      if isIsolateInitiator(scalar) {
        open += 1
      } else if scalar == pop && open > 0 {
        open -= 1
      }
    }
    return text + String(repeating: String(pop), count: open)
  }
}
