/// Toggl Track's detailed report CSV and its "Export time entries" file.
///
/// Facts (FORMATS.md §1a, V2): header `User,Email,Client,Project,Task,Description,Billable,Start date,
/// Start time,End date,End time,Duration,Tags,Amount (USD)` — solidtime-io/solidtime@114a325
/// `resources/testfiles/toggl_time_entries_import_test_1.csv` and `_2.csv` (the 2024 file quotes
/// every field and drops `Amount`), solidtime's `TogglTimeEntriesImporter.php`, CorrectRoadH/OpenTickly#84.
/// UTF-8 with a BOM; dates ISO (`Start date`, in the user's time zone); `Duration` `HH:MM:SS`
/// (hours may pass 24) or, in 2026 exports, `18:25 min`; `Billable` `Yes`/`No`; `Amount (XXX)`
/// in major units with a dot, the workspace currency in the header (`Amount ()` when none), empty
/// on free plans and for non-billable entries. Column names are matched, never positions.
enum TogglFormat {
  static let format = ExportFormat(
    name: "toggl time", kind: .time,
    columns: [
      .init(.client, ["Client"], required: false),
      .init(.date, ["Start date"], required: true),
      .init(.duration, ["Duration"], required: false),
      .init(.startTime, ["Start time"], required: false),
      .init(.endDate, ["End date"], required: false),
      .init(.endTime, ["End time"], required: false),
      .init(.billable, ["Billable"], required: false),
      .init(.amount, ["Amount (*)"], required: false),
      .init(.person, ["User"], required: false),
      .init(.project, ["Project"], required: false),
      .init(.task, ["Task"], required: false),
      .init(.description, ["Description"], required: false),
    ],
    requiredOneOf: [[.client, .project], [.duration, .endTime]],
    source: "solidtime-io/solidtime test fixtures and Toggl importer; CorrectRoadH/OpenTickly#84",
    export: "Reports > Detailed > Export > Download as CSV; or Settings > Data export > Export time entries")
}
