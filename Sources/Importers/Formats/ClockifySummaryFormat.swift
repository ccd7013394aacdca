/// Clockify's summary report CSV, grouped by date.
///
/// Facts (FORMATS-20.md §6b, V2): up to three grouping columns, then `Time (h)`, `Time (decimal)` and
/// `Amount (XXX)` — `"Date","Task","Project","Client","Description","Time (h)","Time (decimal)",
/// "Amount (USD)"` (idx:10077521604, a real row; idx:42587190680 without Amount). Missing dimensions
/// are the placeholders `(Without client)`, `(Without project)`, `(Without task)`, not empty cells.
/// Only a report grouped by date can be read: each row is that day's time of its client. A summary
/// without a `Date` column carries no dates, and is refused with that reason (`NativeGuard`).
enum ClockifySummaryFormat {
  static let format: ExportFormat = {
    var format = ExportFormat(
      name: "clockify summary", kind: .time,
      columns: [
        .init(.date, ["Date"], required: true),
        .init(.duration, ["Time (h)"], required: false),
        .init(.hours, ["Time (decimal)"], required: false),
        .init(.amount, ["Amount (*)"], required: false),
        .init(.client, ["Client"], required: false),
        .init(.project, ["Project"], required: false),
        .init(.task, ["Task"], required: false),
        .init(.person, ["User"], required: false),
        .init(.description, ["Description"], required: false),
      ],
      requiredOneOf: [[.client, .project], [.duration, .hours]],
      source: "tools reading real Clockify summary exports (FORMATS-20.md §6b)",
      export: "Reports > Time > Summary, group by Date (then Client or Project) > Export > Save as CSV")
    format.emptyPlaceholders = ["(without client)", "(without project)", "(without task)"]
    return format
  }()
}
