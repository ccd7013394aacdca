import Analysis
import Domain

/// The report table's columns, each declared once with its title, alignment, priority and cell:
/// the terminal, markdown and the HTML page all show these.
///
/// Priority 0 (always shown): Client, Eff. rate, Profit, Decision. Then, as room allows: Unbilled
/// (estimated, not invoiced: the one part of earned revenue that is not a fact, first so that any
/// terminal of 60 columns shows it), Flags, Earned, Hours, Invoiced, Share, Overdue, Collected,
/// Avg days late, Opp. cost.
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
        TextTable.Cell(line.name, line.isTotal ? .strong : line.figures.profit?.isNegative == true ? .loss : .plain)
      },
      TableColumn("Hours", .right, priority: 4) { cells.hours($0.figures) },
      TableColumn("Invoiced", .right, priority: 5) { cells.money($0.figures.invoiced) },
      TableColumn("Unbilled", .right, priority: 1) { cells.unbilled($0.figures) },
      TableColumn("Earned", .right, priority: 3) { cells.money($0.figures.earned) },
      TableColumn("Collected", .right, priority: 8) { cells.collected($0.figures, name: $0.name) },
      TableColumn("Eff. rate", .right, priority: 0) { cells.effectiveRate($0.figures) },
      TableColumn("Avg days late", .right, priority: 9) { cells.avgDaysLate($0.figures) },
      TableColumn("Overdue", .right, priority: 7) { cells.money($0.overdue) },
      TableColumn("Opp. cost", .right, priority: 10) { cells.money($0.figures.opportunityCost) },
      TableColumn("Profit", .right, priority: 0) { cells.profit($0.figures) },
      TableColumn("Share", .right, priority: 6) { cells.share($0.figures) },
      TableColumn(decisionTitle, .left, priority: 0) { line in
        TextTable.Cell(line.isTotal ? "" : line.recommendation?.rawValue ?? unknown)
      },
      TableColumn("Flags", .left, fit: .shorten, priority: 2) { .flags($0.flags) },
    ]
  }
}
