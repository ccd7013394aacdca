import Analysis
import Domain

/// The report table's columns, each declared once with its title, alignment, priority and cell:
/// the terminal, markdown and the HTML page all show these.
///
/// Priority 0 (always shown): Client, Eff. rate, Profit, Decision. Then, as room allows: Flags,
/// Hours, Invoiced, Collected, Overdue, Avg days late, Opp. cost.
extension ReportTable {
  static let decisionTitle = "Decision"
  /// Client names are cut no narrower than this to make room for more columns…
  static let preferredNameWidth = 24
  /// …and no narrower than this to fit the always-shown columns.
  static let minimumNameWidth = 12

  /// The columns in display order.
  static func columns(_ currency: Currency, _ precision: Precision) -> [TableColumn<Line>] {
    let cells = FigureCells(currency: currency, precision: precision)
    let name = TextTable.Fit.truncate(minimum: minimumNameWidth, preferred: preferredNameWidth)
    return [
      TableColumn("Client", .left, fit: name, priority: 0) { line in
        TextTable.Cell(line.name, line.isTotal ? .strong : line.figures.profit.isNegative ? .loss : .plain)
      },
      TableColumn("Hours", .right, priority: 2) { cells.hours($0.figures) },
      TableColumn("Invoiced", .right, priority: 3) { cells.money($0.figures.invoiced) },
      TableColumn("Collected", .right, priority: 4) { cells.collected($0.figures, name: $0.name) },
      TableColumn("Eff. rate", .right, priority: 0) { cells.effectiveRate($0.figures) },
      TableColumn("Avg days late", .right, priority: 6) { cells.avgDaysLate($0.figures) },
      TableColumn("Overdue", .right, priority: 5) { cells.money($0.overdue) },
      TableColumn("Opp. cost", .right, priority: 7) { cells.money($0.figures.opportunityCost) },
      TableColumn("Profit", .right, priority: 0) { cells.profit($0.figures) },
      TableColumn(decisionTitle, .left, priority: 0) { line in
        TextTable.Cell(line.isTotal ? "" : line.recommendation?.rawValue ?? unknown)
      },
      TableColumn("Flags", .left, fit: .shorten, priority: 1) { .flags($0.flags) },
    ]
  }
}
