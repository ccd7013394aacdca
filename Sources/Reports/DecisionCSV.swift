import Decisions
import Localization

/// The decisions as CSV: a header row, then one row per decision by client name with the JSON's
/// scalar fields, and its reasons and plan (in the run's language) each joined by ` | `.
enum DecisionCSV {
  /// The header names, in snake case like the report's.
  static let header: [String] = [
    "client", "recommendation", "monthly_profit", "horizon_months", "continue_loss", "exit_cost", "walk_away",
    "refund_offer", "current_rate", "break_even_rate", "proposed_rate", "client_currency",
    "proposed_rate_in_client_currency", "increase_needed", "share", "tenure_days", "last_attempt", "deadline",
    "exit_cause", "sensitivity_rate_rise", "sensitivity_rate_after_rise", "sensitivity_bill_non_billable",
    "sensitivity_hours_cap", "sensitivity_hours_now", "reasons", "plan",
  ]

  /// The whole file.
  static func document(_ report: DecisionReport, _ locale: TextLocale) -> String {
    var text = CSVWriter.header(header)
    for decision in DecisionOrder.byName(report.decisions) {
      var cells = DecisionFields.scalars(decision, currency: report.currency).map { field in
        field.isText ? CSVWriter.Cell.text(field.value ?? "") : .number(field.value)
      }
      let machines = locale.forMachines
      cells += SensitivityText.fields(decision, currency: report.currency).map { CSVWriter.Cell.number($0) }
      cells.append(.text(decision.reasons.map { machines($0) }.joined(separator: " | ")))
      cells.append(.text(decision.plan.map { machines($0) }.joined(separator: " | ")))
      text += CSVWriter.row(cells)
    }
    return text
  }
}
