/// How wide chart text will be, estimated without a font: the charts place and cut their labels
/// with it, so no label runs past the edge of its chart.
///
/// The advance widths are DejaVu Sans's, in ems (its units per em, 2048, divided out and rounded
/// up), the widest of the fonts the page's stack falls back to on Linux; Helvetica, Arial, Roboto
/// and Segoe UI are narrower, so the estimate errs wide everywhere. Characters a terminal shows
/// two columns wide (CJK, emoji) take one em, combining marks none.
enum TextMetrics {
  /// Bold text is this much wider (DejaVu Sans Bold against DejaVu Sans, on average).
  static let boldFactor = 1.12

  /// The estimated width of `text` at `size`, in the same units as `size`.
  static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    let total = text.reduce(0.0) { $0 + ems($1) }
    return total * size * (bold ? boldFactor : 1)
  }

  /// `text` cut to at most `width`, ending in `…` when anything was cut: whole characters from the
  /// start, so the first letter is always kept.
  static func truncated(_ text: String, toWidth width: Double, size: Double, bold: Bool = false) -> String {
    guard self.width(text, size: size, bold: bold) > width else { return text }
    let room = width - self.width("…", size: size, bold: bold)
    var kept = ""
    for character in text {
      guard self.width(kept + String(character), size: size, bold: bold) <= room || kept.isEmpty else { break }
      kept.append(character)
    }
    while let last = kept.last, last.isWhitespace { kept.removeLast() }
    return kept + "…"
  }

  /// One character's advance, in ems.
  static func ems(_ character: Character) -> Double {
    let columns = DisplayWidth.of(character)
    if columns == 0 { return 0 }
    if columns == 2 { return 1 }
    if let known = advances[character] { return known }
    if character.isNumber { return 0.637 }
    if character.isUppercase { return 0.72 }
    if character.isLowercase || character.isLetter { return 0.62 }
    return 0.7
  }

  /// Characters whose advance differs from their class's, in ems.
  private static let advances: [Character: Double] = [
    " ": 0.318, "i": 0.278, "j": 0.278, "l": 0.278, "f": 0.352, "t": 0.393, "r": 0.412, "m": 0.975, "w": 0.819,
    "I": 0.295, "J": 0.295, "M": 0.864, "W": 0.99, ".": 0.318, ",": 0.318, ":": 0.337, ";": 0.337,
    "'": 0.275, "\"": 0.461, "(": 0.391, ")": 0.391, "-": 0.361, "–": 0.5, "—": 1.0, "−": 0.838, "+": 0.838,
    "=": 0.838, "/": 0.337, "$": 0.637, "€": 0.637, "£": 0.637, "¥": 0.637, "%": 0.951, "&": 0.78, "·": 0.318,
    "…": 1.0, "→": 0.838, "<": 0.838, ">": 0.838, "?": 0.531, "!": 0.4, "#": 0.838, "@": 1.0, "_": 0.5,
  ]
}
