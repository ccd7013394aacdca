/// Kimai's documented import CSV, which Kimai 1.x also exported, with `Duration` in seconds.
///
/// Facts (FORMATS-20.md §7; FORMATS.md §10): header `Date,From,To,Duration,Rate,User,Customer,
/// Project,Activity,Description,Exported,Tags,Hourly rate,Fixed rate` (+ meta fields) — Kimai's
/// importer docs ("Duration: in seconds", example row `"2020-05-04","15:50","17:51","7260","231.92",…`,
/// idx:42757219796, idx:43841964969) and Kimai 1.x's `AbstractSpreadsheetRenderer` and
/// `CsvRenderer` (raw seconds; a final `=SUM` totals row). `Rate` is the entry's money; `Exported`
/// `0`/`1`. Kimai 2's own export writes `Currency` and `Price` and a `H:MM` duration instead
/// (`KimaiFormat`): the header tells them apart, and `From`/`To` check every duration.
enum KimaiSecondsFormat {
  static let format = ExportFormat(
    name: "kimai seconds time", kind: .time,
    columns: [
      .init(.date, ["Date"], required: true),
      .init(.duration, ["Duration"], required: true),
      .init(.amount, ["Rate"], required: true),
      .init(.kind, ["Exported"], required: true),
      .init(.rate, ["Hourly rate"], required: true),
      .init(.startTime, ["From"], required: false),
      .init(.endTime, ["To"], required: false),
      .init(.client, ["Customer"], required: false),
      .init(.project, ["Project"], required: false),
      .init(.person, ["User"], required: false),
      .init(.task, ["Activity"], required: false),
      .init(.description, ["Description"], required: false),
    ],
    requiredOneOf: [[.client, .project]],
    durationInSeconds: true,
    source: "Kimai importer docs (kimai:import:timesheet) and Kimai 1.x CSV renderer",
    export: "Kimai 1.x: Export > CSV; or a file written for Kimai's importer")
}
