import Analysis
import Domain
import Localization

/// A table of an explanation's rows as a `TextTable` (terminal, markdown, HTML): its columns, a row
/// per input row with where it came from, then a total row for the columns that add up. When the
/// rows as shown (rounded to the cent, or to a hundredth of an hour) do not add up to the total as
/// shown, a rounding row says by how much, so every number on the page adds up.
enum ExplanationTable {
  /// The source column's title.
  static let sourceTitle = LocalizedText(en: "Row", ar: "الصف")

  static func table(_ rows: RowTable, currency: Currency, _ locale: TextLocale) -> TextTable {
    var columns = rows.columns.enumerated().map { index, column in
      let numeric = rows.unit(column.id).map { $0 != .date } ?? false
      let priority = index == 0 ? 0 : Self.priority(column.id, in: rows.kind)
      return TextTable.Column(locale(ExplanationWords.column(column.id)), numeric ? .right : .left, priority: priority)
    }
    let hasSources = rows.rows.contains { $0.source != nil }
    if hasSources { columns.append(TextTable.Column(locale(sourceTitle), .left, fit: .shorten, priority: 2)) }
    var table = TextTable(columns: columns)
    for row in rows.rows {
      var cells = row.cells.enumerated().map { index, cell in
        self.cell(cell, column: rows.columns[index].id, currency: currency, locale)
      }
      if hasSources { cells.append(row.source.map { sourceCell($0, locale) } ?? TextTable.Cell("")) }
      table.rows.append(.cells(cells))
    }
    let totalled = rows.columns.filter(\.totalled)
    guard rows.rows.count > 1, !totalled.isEmpty else { return table }
    table.rows.append(.rule)
    if let rounding = roundingRow(rows, currency: currency, locale) { table.rows.append(.cells(rounding)) }
    let totals = rows.columns.enumerated().map { index, column -> TextTable.Cell in
      if index == 0 { return TextTable.Cell(locale(.total), .strong) }
      guard column.totalled, let unit = rows.unit(column.id) else { return TextTable.Cell("") }
      let total = shownTotal(rows, column.id, unit: unit, currency: currency).quantity
      return TextTable.Cell(QuantityText.cell(total, currency, locale), .strong)
    }
    table.rows.append(.cells(totals))
    return table
  }

  /// How soon a column is left out of a narrow terminal (0: never): the figures' own columns stay,
  /// then the row's place in the input (priority 2), then the rest.
  static func priority(_ column: String, in kind: RowTable.Kind) -> Int {
    switch (kind, column) {
    case (.time, "hours"), (.unbilled, "hours"), (.unbilled, "value"), (.spans, "attributed"), (.invoices, "amount"),
      (.lateness, "amount"), (.lateness, "daysLate"), (.expenses, "amount"), (.incidents, "kind"), (.clients, "earned"),
      (.clients, "counted"), (.received, "amount"), (.received, "date"):
      return 0
    case (.time, "billableHours"), (.time, "billableValue"), (.spans, "hoursInScope"), (.invoices, "collected"),
      (.invoices, "open"), (.lateness, "paidOn"), (.lateness, "carrying"), (.lateness, "daysToPay"),
      (.clients, "hours"):
      return 1
    default:
      return 3
    }
  }

  /// `SampleData/toggl-time-entries.csv:2`, shortened to `toggl-time-entries.csv:2` where the
  /// terminal is narrow.
  static func sourceCell(_ position: SourcePosition, _ locale: TextLocale) -> TextTable.Cell {
    // One left-to-right code, so that an editor's `file:line` reads the same in an Arabic table.
    let full = locale(.same("\(code: "\(position.file):\(position.line)")"))
    let name = position.file.split(separator: "/").last.map(String.init) ?? position.file
    let short = locale(.same("\(code: "\(name):\(position.line)")"))
    // Twice: a shortening column's last form is a last resort, the one before it the comfortable one.
    return TextTable.Cell(full, shorter: [short, short])
  }

  static func cell(_ cell: RowTable.Cell, column: String, currency: Currency, _ locale: TextLocale) -> TextTable.Cell {
    switch cell {
    case .text(let text): TextTable.Cell(locale(ExplanationWords.cell(text, column: column)))
    case .quantity(let quantity):
      TextTable.Cell(
        QuantityText.cell(quantity, currency, locale),
        quantity.value.isNegative && quantity.unit == .money ? .loss : .plain)
    case .span(let first, let last): TextTable.Cell(locale(.same("\(day: first) – \(day: last)")))
    case .empty: TextTable.Cell("")
    }
  }

  /// The total of a column in display steps, and as the quantity it shows.
  static func shownTotal(
    _ rows: RowTable, _ column: String, unit: Quantity.Unit, currency: Currency
  ) -> (steps: Int128, quantity: Quantity) {
    let scale = QuantityText.scale(unit, currency)
    let steps = rows.roundedTotal(column, scale: scale) ?? 0
    return (steps, Quantity(Fraction(steps, scale), unit))
  }

  /// The row that makes the shown cells add up to the shown totals; nil when they already do.
  static func roundingRow(_ rows: RowTable, currency: Currency, _ locale: TextLocale) -> [TextTable.Cell]? {
    var needed = false
    let cells = rows.columns.enumerated().map { index, column -> TextTable.Cell in
      if index == 0 { return TextTable.Cell(locale(LocalizedText(en: "Rounding", ar: "فرق التقريب"))) }
      guard column.totalled, let unit = rows.unit(column.id) else { return TextTable.Cell("") }
      let gap = rounding(rows, column.id, unit: unit, currency: currency)
      guard gap != 0 else { return TextTable.Cell("") }
      needed = true
      return TextTable.Cell(
        QuantityText.cell(Quantity(Fraction(gap, QuantityText.scale(unit, currency)), unit), currency, locale))
    }
    return needed ? cells : nil
  }

  /// How many display steps the column's cells, each rounded as shown, miss its shown total by.
  static func rounding(_ rows: RowTable, _ column: String, unit: Quantity.Unit, currency: Currency) -> Int128 {
    let scale = Fraction(QuantityText.scale(unit, currency))
    let shown = rows.quantities(column).reduce(Int128(0)) { $0 + (($1?.value ?? .zero) * scale).roundedHalfEven() }
    return shownTotal(rows, column, unit: unit, currency: currency).steps - shown
  }

}
