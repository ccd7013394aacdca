/// Clockify's detailed time report CSV.
///
/// Facts (FORMATS.md §3, V2): header `Project,Client,Description,Task,User,Group,Email,Tags,Billable,
/// Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal),Billable Rate (USD),
/// Billable Amount (USD)`, every field quoted — solidtime-io/solidtime `resources/testfiles/
/// clockify_time_entries_import_test_*.csv` ("real world" fixtures), solidtime-io/solidtime#953 (a
/// user's header with `Activity` for `Task`), kimai/kimai#4053. Customised exports add `Type`,
/// `Invoiced`, `Date of creation`, custom fields, or drop columns. Dates follow the user's setting
/// (`03/04/2024`, `22/06/2026`, `18.08.2026`), so the day/month order comes from the values or the
/// settings: Clockify documents none. `Duration (h)` is `HH:MM:SS` or `H:MM`, the exact one (spec §1
/// prefers it over the two-decimal `Duration (decimal)`); the currency is in the rate and amount
/// headers (`(USD)`, `(EUR)`, and `(EURO)` in one real file).
enum ClockifyFormat {
  static let format = ExportFormat(
    name: "clockify time", kind: .time,
    columns: [
      .init(.client, ["Client"], required: false),
      .init(.date, ["Start Date"], required: true),
      .init(.duration, ["Duration (h)"], required: false),
      .init(.hours, ["Duration (decimal)"], required: false),
      .init(.startTime, ["Start Time"], required: false),
      .init(.endDate, ["End Date"], required: false),
      .init(.endTime, ["End Time"], required: false),
      .init(.billable, ["Billable"], required: false),
      .init(.rate, ["Billable Rate (*)"], required: false),
      .init(.amount, ["Billable Amount (*)"], required: false),
      .init(.person, ["User"], required: false),
      .init(.project, ["Project"], required: false),
      .init(.task, ["Task", "Activity"], required: false),
      .init(.description, ["Description"], required: false),
    ],
    requiredOneOf: [[.client, .project], [.duration, .hours, .endTime]],
    source: "solidtime-io/solidtime Clockify fixtures and #953; kimai/kimai#4053",
    export: "Reports > Time > Detailed > Export > Save as CSV")
}
