/// Recognises the rows a report adds around its data: the totals some tools append
/// (`Total`, `TOTAL`, `Total for Bluebird Bakery`, `Grand total`), the group headings of report
/// layouts (a QuickBooks customer alone in the first cell) and their footers (`Accrual Basis
/// Wednesday, September 30, 2026 01:47 PM GMT-05:00`, FORMATS.md §7).
enum SummaryRow {
  /// Words that open a totals row in the exports seen, in English and the languages Kimai and
  /// Harvest are used in.
  private static let totalWords: Set<String> = [
    "total", "totals", "grand total", "subtotal", "sum", "summe", "gesamt", "gesamtsumme", "totaal", "totale",
    "somme", "summa", "yhteensä",
  ]

  /// The first non-empty cell when it reads as a totals label, else nil. Asked only of a row
  /// that could not be read as data, so a client called `Total Fitness` is never taken for one.
  static func totalLabel(_ row: RowDecoder) -> String? {
    guard
      let first = (0..<row.row.count).lazy.map({ row.rawText($0).trimmingWhitespace() }).first(where: { !$0.isEmpty })
    else { return nil }
    let lower = first.lowercased()
    // Kimai 1.x ends its export with spreadsheet sums under Duration and Rate, the date left empty.
    let loose =
      ["total ", "totals ", "grand total", "subtotal ", "=sum("].contains { lower.hasPrefix($0) }
    return isTotal(first) || loose ? first : nil
  }

  /// True for a totals label that cannot be a client's name: a total word alone (`TOTAL`,
  /// `Total:`) or QuickBooks' `Total for <group>`. (`Total Fitness` may be a customer.)
  static func isTotal(_ text: String) -> Bool {
    let lower = text.lowercased().trimmingWhitespace()
    let stripped = lower.hasSuffix(":") ? String(lower.dropLast()) : lower
    return totalWords.contains(stripped) || lower.hasPrefix("total for ")
  }

  /// The text of a row whose only non-empty cell is the first: a group heading or a footer.
  static func heading(_ row: RowDecoder) -> String? {
    let first = row.rawText(0).trimmingWhitespace()
    guard !first.isEmpty, (1..<max(row.row.count, 1)).allSatisfy({ row.rawText($0).trimmingWhitespace().isEmpty })
    else { return nil }
    return first
  }

  /// True for the time stamp line QuickBooks writes at the end of a report.
  static func isFooter(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("accrual basis") || lower.hasPrefix("cash basis")
      || (lower.contains(" gmt") && (lower.contains(" am") || lower.contains(" pm")))
  }
}
