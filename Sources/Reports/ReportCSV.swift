import Analysis
import Domain

/// The profitability report as CSV: a header row, one row per client by name with the JSON's
/// figures (aging as five columns, flags joined by spaces), then a `TOTAL` row.
enum ReportCSV {
  /// The header names: `client`, the figures in snake case, the aging buckets, `flags`.
  static let header: [String] =
    ["client"] + FigureFields.all.map { snakeCase($0.key) }
    + ["aging_current", "aging_1_30", "aging_31_60", "aging_61_90", "aging_90_plus", "flags"]

  /// The whole file.
  static func document(_ report: ProfitabilityReport) -> String {
    var text = CSVWriter.header(header)
    for client in ClientOrder.byName(report.clients) {
      var cells = [CSVWriter.Cell.text(client.name)] + figureCells(client.figures, report.currency)
      cells += client.aging.buckets.map { .number(NumberText.major($0.amount)) }
      cells.append(.text(client.flags.sorted().map(\.rawValue).joined(separator: " ")))
      text += CSVWriter.row(cells)
    }
    // The totals carry no aging and no flags, as in the JSON.
    let totals = [CSVWriter.Cell.text("TOTAL")] + figureCells(report.totals, report.currency)
    text += CSVWriter.row(totals + Array(repeating: .number(nil), count: 5) + [.text("")])
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
