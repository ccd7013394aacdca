import Analysis
import Domain

/// The trend as CSV: one row per client and period (every period, quiet ones included), sorted by
/// client name then period, with the report CSV's figure columns; then one totals row per period
/// (`row` `total`, client `TOTAL`), as in the report's CSV.
enum TrendCSV {
  /// `row`, `client`, `period`, `from`, `to`, `active`, the figures in snake case, `flags`.
  static let header: [String] =
    ["row", "client", "period", "from", "to", "active"] + FigureFields.all.map { ReportCSV.snakeCase($0.key) }
    + ["flags"]

  /// The whole file.
  static func document(_ trend: TrendReport) -> String {
    var text = CSVWriter.header(header)
    let clients = trend.clients.sorted { ClientOrder.nameOrder(($0.client, $0.name), ($1.client, $1.name)) }
    for client in clients {
      for point in client.points {
        text += CSVWriter.row(
          cells(ReportCSV.clientRow, client.name, point, trend.currency) + [
            .text(point.flags.sorted().map(\.rawValue).joined(separator: " "))
          ])
      }
    }
    for point in trend.totals {
      text += CSVWriter.row(cells(ReportCSV.totalRow, "TOTAL", point, trend.currency) + [.text("")])
    }
    return text
  }

  private static func cells(_ row: String, _ name: String, _ point: TrendPoint, _ currency: Currency)
    -> [CSVWriter.Cell]
  {
    [
      .text(row), .text(name), .text(point.period.label), .number(point.period.first.description),
      .number(point.period.last.description), .number(point.isActive ? "true" : "false"),
    ] + FigureFields.all.map { .number($0.text(point.figures, currency)) }
  }
}
