import Localization

/// Harvest's expenses export.
///
/// Facts (FORMATS.md §5, assembled, A): header `Date,Client,Project,Category,Notes,Cost,Currency,Billable?,
/// First Name,Last Name,Email` — invoiceninja/invoiceninja `tests/Feature/Console/ImportHarvestTest.php`
/// (`expenses.csv`), whose importer (`app/Import/Harvest/CsvImporter.php`, `isExpenseExport`) also
/// accepts `Expense Category` for the category and `Total Cost` or `Amount` for the amount; the
/// API names the same facts `spent_date`, `total_cost`, `billable` (help.getharvest.com api-v2).
/// No real export was found, so columns are matched by these names only. An expense with no client
/// is the business's own overhead and is skipped with a warning.
enum HarvestExpensesFormat {
  static let format = ExportFormat(
    name: "harvest expenses", kind: .expenses,
    columns: [
      .init(.date, ["Date"], required: true),
      .init(.client, ["Client"], required: true),
      .init(.category, ["Category", "Expense Category"], required: true),
      .init(.amount, ["Cost", "Total Cost", "Amount"], required: true),
      .init(.currency, ["Currency"], required: false),
      .init(.description, ["Notes"], required: false),
      .init(.project, ["Project"], required: false),
    ],
    conversion: HarvestExpensesFormat.conversion,
    source: "invoiceninja/invoiceninja Harvest import test and importer (assembled, not a real export)",
    export: "Reports > Detailed expense report > Export > CSV (path not verified)")

  /// The description is the category and the notes: `Travel: Train to client`.
  static let conversion = RowConversion.perRow { cells, ledger throws(RowProblem) in
    guard cells.text(.client) != nil else {
      throw cells.noClient(
        LocalizedText(en: "an overhead, not a cost of any client", ar: "نفقة عامة، لا تكلفة عميل بعينه"))
    }
    var expense = try cells.expense()
    expense.description = [cells.text(.category), cells.text(.description)]
      .compactMap { $0 }.joined(separator: ": ")
    ledger.expenses.append(expense)
  }
}
