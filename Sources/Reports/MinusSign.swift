/// The one rule for the sign of a negative number: a person reads a true minus sign (U+2212,
/// `−$3,050`), a program reads ASCII (`-3050.00`).
///
/// Every number a person reads (the terminal table, the cards, markdown, the HTML page and its
/// charts, every sentence) passes through `forReading`; the JSON and the CSV write the ASCII
/// hyphen-minus of `NumberText`, which every parser and spreadsheet reads as a number.
enum MinusSign {
  /// U+2212 MINUS SIGN.
  static let character: Character = "\u{2212}"

  /// `text` (a number as `NumberText` or `Money.formatted` writes it) with a leading `-` made a
  /// true minus sign: `-$3,050` → `−$3,050`; anything else as it is.
  static func forReading(_ text: String) -> String {
    guard text.first == "-" else { return text }
    return String(character) + text.dropFirst()
  }
}
