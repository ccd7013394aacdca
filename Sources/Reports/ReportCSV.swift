import Analysis
import Decisions
import Domain

/// The profitability report as CSV: a header row, one row per client by name with the JSON's
/// figures (aging as five columns, flags joined by spaces, the decision), then the totals.
///
/// The first column, `row`, says what a row is: `client`, or `total` for the last row (whose
/// `client` cell is `TOTAL`), so a program keeps the clients with one filter and a spreadsheet
/// user sees the totals marked, whatever a client is called.
enum ReportCSV {
  /// The header names: `row`, `client`, the figures in snake case, the aging buckets, `flags`,
  /// `decision`.
  static let header: [String] =
    ["row", "client"] + FigureFields.all.map { snakeCase($0.key) }
    + ["aging_current", "aging_1_30", "aging_31_60", "aging_61_90", "aging_90_plus", "flags", "decision"]

  /// The `row` cell of a client's row and of the totals.
  static let clientRow = "client"
  static let totalRow = "total"

  /// The whole file; `decisions` fills the decision column (empty without one).
  static func document(_ report: ProfitabilityReport, decisions: DecisionReport?) -> String {
    let recommendations = ClientRecommendations.of(decisions)
    var text = CSVWriter.header(header)
    for client in ClientOrder.byName(report.clients) {
      var cells = [CSVWriter.Cell.text(clientRow), .text(client.name)] + figureCells(client.figures, report.currency)
      cells += client.aging.buckets.map { .number(NumberText.major($0.amount)) }
      cells.append(.text(client.flags.sorted().map(\.rawValue).joined(separator: " ")))
      cells.append(.text(recommendations[client.client]?.rawValue ?? ""))
      text += CSVWriter.row(cells)
    }
    // The totals carry no aging, no flags and no decision, as in the JSON.
    let totals = [CSVWriter.Cell.text(totalRow), .text("TOTAL")] + figureCells(report.totals, report.currency)
    text += CSVWriter.row(totals + Array(repeating: .number(nil), count: 5) + [.text(""), .text("")])
    return text
  }

  private static func figureCells(_ figures: Figures, _ currency: Currency) -> [CSVWriter.Cell] {
    FigureFields.all.map { .number($0.text(figures, currency)) }
  }

  /// `billableHours` → `billable_hours`.
  static func snakeCase(_ key: String) -> String {
    var result = ""
    for character in key {
      if character.isUppercase {
        result += "_" + character.lowercased()
      } else {
        result.append(character)
      }
    }
    return result
  }
}
