/// Kimai 2's CSV export with the default (English) template.
///
/// Facts (FORMATS.md §4a, V1 vendor code): header `Date,From,To,Duration,Currency,Price,Internal price,
/// Hourly price,Fixed price,Name,User,E-mail,Staff number,Customer,Project,Activity,Description,
/// Billable,Tags,Type,category,Account,Project number,VAT-ID,Order number` plus meta-field columns —
/// kimai/kimai `tests/Export/Base/CsvRendererTest.php`, `src/Export/Package/CellFormatter/*`,
/// `src/Export/Package/SpoutSpreadsheet.php` (no totals row in CSV, no BOM). Date ISO; `Duration`
/// `H:MM` or decimal hours (`0.11`) by the user's preference; `Price` is the entry's total in the
/// `Currency` column; `Billable` is PHP's boolean in a CSV cell: `1` for yes and an empty cell for
/// no (`BooleanFormatter` casts to bool, and `fputcsv` writes false as nothing). Templates may be
/// translated (`Datum,Von,Bis,Dauer,…`); only English headers are recognised.
enum KimaiFormat {
  static let format = ExportFormat(
    name: "kimai time", kind: .time,
    columns: [
      .init(.date, ["Date"], required: true),
      .init(.client, ["Customer"], required: false),
      .init(.duration, ["Duration"], required: true),
      .init(.startTime, ["From"], required: false),
      .init(.endTime, ["To"], required: false),
      .init(.amount, ["Price"], required: false),
      .init(.rate, ["Hourly price"], required: false),
      .init(.currency, ["Currency"], required: false),
      .init(.billable, ["Billable"], required: false),
      .init(.person, ["Name", "User"], required: false),
      .init(.project, ["Project"], required: false),
      .init(.task, ["Activity"], required: false),
      .init(.description, ["Description"], required: false),
    ],
    requiredOneOf: [[.client, .project]],
    emptyBillableIsBillable: false,
    source: "kimai/kimai CsvRendererTest.php and Export/Package cell formatters",
    export: "Times > Export (the funnel icon) > CSV")
}
