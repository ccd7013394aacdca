/// Tempo Timesheets' (Jira) worklog export, saved as CSV.
///
/// Facts (FORMATS-20.md §5a, V2): `"Issue Key","Issue summary","Hours","Work date","Username","Full name",
/// "Period","Account Key","Account Name","Account Lead","Account Category","Account Customer",…,
/// "Project Key","Project Name",…,"Work Description",…,"Billed Hours",…` — a tool's README with the
/// English and Russian headers (idx:34326792148) and a converter's test input saved from a real export
/// (mmarekpohl/timesheet `src/test/resources/in/in.csv`, with the instance's custom fields appended and
/// a second `Epic Link`). Tempo writes XLS: the CSV is the spreadsheet's, so dates and decimals follow
/// its locale (decided per file). `Account Customer` is the client; where it is empty, the project.
enum TempoWorklogsFormat {
  static let format = ExportFormat(
    name: "tempo worklogs", kind: .time,
    columns: [
      .init(.reference, ["Issue Key"], required: true),
      .init(.date, ["Work date"], required: true),
      .init(.hours, ["Hours"], required: true),
      .init(.person, ["Full name", "Username"], required: true),
      .init(.client, ["Account Customer"], required: false),
      .init(.project, ["Project Name"], required: false),
      .init(.task, ["Issue summary"], required: false),
      .init(.description, ["Work Description"], required: false),
    ],
    requiredOneOf: [[.client, .project]],
    source: "a Tempo exporter's README (EN/RU headers); a converter's test input saved from a real export",
    export: "Tempo > Reports (or Timesheets) > Export > Export to Excel, then save the Worklogs sheet as CSV")
}
