import Analysis
import Domain

/// A table of an explanation's rows as a `TextTable` (terminal, markdown, HTML): its columns, a row
/// per input row with where it came from, then a total row for the columns that add up. When the
/// rows as shown (rounded to the cent, or to a hundredth of an hour) do not add up to the total as
/// shown, a rounding row says by how much, so every number on the page adds up.
enum ExplanationTable {
  /// The source column's title.
  static let sourceTitle = "Row"

  static func table(_ rows: RowTable, currency: Currency) -> TextTable {
    var columns = rows.columns.enumerated().map { index, column in
      let numeric = rows.unit(column.id).map { $0 != .date } ?? false
      let priority = index == 0 ? 0 : (column.totalled ? 1 : 2)
      return TextTable.Column(ExplanationWords.column(column.id), numeric ? .right : .left, priority: priority)
    }
    let hasSources = rows.rows.contains { $0.source != nil }
    if hasSources {
      columns.append(TextTable.Column(sourceTitle, .left, fit: .truncate(minimum: 8, preferred: 16), priority: 3))
    }
    var table = TextTable(columns: columns)
    for row in rows.rows {
      var cells = row.cells.enumerated().map { index, cell in
        self.cell(cell, column: rows.columns[index].id, currency: currency)
      }
      if hasSources { cells.append(TextTable.Cell(row.source.map(source) ?? "")) }
      table.rows.append(.cells(cells))
    }
    let totalled = rows.columns.filter(\.totalled)
    guard rows.rows.count > 1, !totalled.isEmpty else { return table }
    table.rows.append(.rule)
    if let rounding = roundingRow(rows, currency: currency) { table.rows.append(.cells(rounding)) }
    let totals = rows.columns.enumerated().map { index, column -> TextTable.Cell in
      if index == 0 { return TextTable.Cell("Total", .strong) }
      guard column.totalled, let unit = rows.unit(column.id) else { return TextTable.Cell("") }
      return TextTable.Cell(shownTotal(rows, column.id, unit: unit, currency: currency).text, .strong)
    }
    table.rows.append(.cells(totals))
    return table
  }

  /// `toggl-time-entries.csv:2`.
  static func source(_ position: SourcePosition) -> String { "\(position.file):\(position.line)" }

  static func cell(_ cell: RowTable.Cell, column: String, currency: Currency) -> TextTable.Cell {
    switch cell {
    case .text(let text): TextTable.Cell(PrintableText.of(ExplanationWords.cell(text, column: column)))
    case .quantity(let quantity):
      TextTable.Cell(
        QuantityText.reading(quantity, currency), quantity.value.isNegative && quantity.unit == .money ? .loss : .plain)
    case .span(let first, let last): TextTable.Cell("\(first) – \(last)")
    case .empty: TextTable.Cell("")
    }
  }

  /// The total of a column in display steps, and as text.
  static func shownTotal(
    _ rows: RowTable, _ column: String, unit: Quantity.Unit, currency: Currency
  ) -> (steps: Int128, text: String) {
    let scale = QuantityText.scale(unit, currency)
    let steps = rows.roundedTotal(column, scale: scale) ?? 0
    return (steps, QuantityText.reading(Quantity(Fraction(steps, scale), unit), currency))
  }

  /// The row that makes the shown cells add up to the shown totals; nil when they already do.
  static func roundingRow(_ rows: RowTable, currency: Currency) -> [TextTable.Cell]? {
    var needed = false
    let cells = rows.columns.enumerated().map { index, column -> TextTable.Cell in
      if index == 0 { return TextTable.Cell("Rounding") }
      guard column.totalled, let unit = rows.unit(column.id) else { return TextTable.Cell("") }
      let scale = QuantityText.scale(unit, currency)
      let shown = rows.quantities(column.id).reduce(Int128(0)) {
        $0 + (($1?.value ?? .zero) * Fraction(scale)).roundedHalfEven()
      }
      let gap = shownTotal(rows, column.id, unit: unit, currency: currency).steps - shown
      guard gap != 0 else { return TextTable.Cell("") }
      needed = true
      return TextTable.Cell(QuantityText.reading(Quantity(Fraction(gap, scale), unit), currency))
    }
    return needed ? cells : nil
  }
}
