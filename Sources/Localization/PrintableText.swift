/// Text from the input made safe to print: control and bidirectional-override characters replaced.
///
/// Client names, notes and messages come from CSV files someone else wrote. A tab or newline in a
/// name would break a table's columns, an escape character could drive the terminal, and an
/// unclosed right-to-left override would reverse the rest of the row (the "Trojan Source" trick),
/// so every control character (C0, DEL, C1), every bidirectional embedding and override
/// (U+202A–U+202E) and every isolate (U+2066–U+2069) that is not closed within the same text
/// becomes U+FFFD before text reaches a table, a card or markdown. An isolate closed within the
/// text cannot reach past it, so it is kept: it is how a name is set apart from its line
/// (`BidiIsolate`). JSON and CSV escape or quote such characters instead, and keep them.
public enum PrintableText {
  /// `text` with every such character replaced by `�`.
  public static func of(_ text: String) -> String { replacing(text, keepingNewlines: false) }

  /// `text` made safe the same way, its line breaks kept: for messages and listings of several
  /// lines that hold text from the data (diagnostics, `inspect`).
  public static func lines(_ text: String) -> String { replacing(text, keepingNewlines: true) }

  private static func replacing(_ text: String, keepingNewlines: Bool) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0) || (0x2066...0x2069).contains($0.value) }) else {
      return text
    }
    let scalars = Array(text.unicodeScalars)
    var unsafe = Set<Int>()
    var open: [Int] = []
    for (index, scalar) in scalars.enumerated() {
      if BidiIsolate.isIsolateInitiator(scalar) {
        open.append(index)
      } else if scalar == BidiIsolate.pop {
        if open.popLast() == nil { unsafe.insert(index) }
      } else if isControl(scalar) && !(keepingNewlines && scalar == "\n") {
        unsafe.insert(index)
      } else if keepingNewlines && scalar == "\n" {
        // An isolate ends at the end of its paragraph: one left open is closed by nothing.
        unsafe.formUnion(open)
        open.removeAll()
      }
    }
    unsafe.formUnion(open)
    guard !unsafe.isEmpty else { return text }
    var result = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      result.append(unsafe.contains(index) ? "\u{FFFD}" : scalar)
    }
    return String(result)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
  }
}
