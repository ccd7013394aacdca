/// Writes CSV rows: RFC 4180 quoting, CRLF line ends, and text cells guarded against formula
/// injection (spec §6).
///
/// A spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a
/// formula, so such a *text* cell (a client name, a flag, a reason) gets a leading apostrophe, as
/// OWASP advises. Numeric cells are written as they are: `-12.50` is a number, and prefixing it
/// would turn it into text.
enum CSVWriter {
  /// One cell of a row.
  enum Cell: Sendable, Equatable {
    /// Text from the data or the program: guarded and quoted as needed.
    case text(String)
    /// Decimal text from `NumberText`, or nil for an unknown figure (an empty cell).
    case number(String?)
  }

  /// The cells joined by commas, ending in CRLF.
  static func row(_ cells: [Cell]) -> String {
    cells.map(field).joined(separator: ",") + "\r\n"
  }

  /// A header row of plain names.
  static func header(_ names: [String]) -> String {
    row(names.map(Cell.text))
  }

  /// One cell as it appears in the file.
  static func field(_ cell: Cell) -> String {
    switch cell {
    case .number(let text): text ?? ""
    case .text(let text): quotedIfNeeded(guardedAgainstFormula(text))
    }
  }

  /// `text` with an apostrophe before a leading `=`, `+`, `-`, `@`, tab or carriage return.
  static func guardedAgainstFormula(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
    return "'" + text
  }

  /// `text` in double quotes, inner quotes doubled, when it holds a comma, quote, CR or LF.
  static func quotedIfNeeded(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { needsQuotes.contains($0) }) else { return text }
    var quoted = "\""
    for scalar in text.unicodeScalars {
      if scalar == "\"" { quoted += "\"" }
      quoted.unicodeScalars.append(scalar)
    }
    return quoted + "\""
  }

  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
  private static let needsQuotes: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]
}
