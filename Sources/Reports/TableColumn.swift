/// One column of a report table, declared once: its title, alignment, how it narrows, its
/// priority, and how it writes the cell of a row. A table is a list of these, so a new column is
/// one more declaration, shown by the terminal, markdown and HTML alike.
struct TableColumn<Row>: Sendable {
  let column: TextTable.Column
  let cell: @Sendable (Row) -> TextTable.Cell

  init(
    _ title: String, _ alignment: TextTable.Alignment, fit: TextTable.Fit = .fixed, priority: Int,
    cell: @escaping @Sendable (Row) -> TextTable.Cell
  ) {
    self.column = TextTable.Column(title, alignment, fit: fit, priority: priority)
    self.cell = cell
  }
}

extension TextTable {
  /// A table of `columns` with a row of cells per item of `rows`, then, when `totals` is given, a
  /// rule and its row.
  init<Row>(_ columns: [TableColumn<Row>], rows: [Row], totals: Row? = nil) {
    self.init(columns: columns.map(\.column))
    self.rows = rows.map { row in .cells(columns.map { $0.cell(row) }) }
    if let totals {
      self.rows += [.rule, .cells(columns.map { $0.cell(totals) })]
    }
  }
}
