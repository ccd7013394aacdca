/// The native formats of spec §1: the headers a person writes by hand or with a spreadsheet.
/// Case and order are free; `duration` (H:MM or H:MM:SS) may stand for `hours`.
enum NativeFormats {
  static let time = ExportFormat(
    name: "native time", kind: .time,
    columns: [
      .init(.date, ["date"], required: true),
      .init(.client, ["client"], required: false),
      .init(.project, ["project"], required: false),
      .init(.task, ["task"], required: false),
      .init(.person, ["person"], required: false),
      .init(.hours, ["hours"], required: false),
      .init(.duration, ["duration"], required: false),
      .init(.billable, ["billable"], required: false),
      .init(.rate, ["rate"], required: false),
      .init(.amount, ["amount"], required: false),
      .init(.currency, ["currency"], required: false),
      .init(.description, ["description"], required: false),
      .init(.costRate, ["cost_rate"], required: false),
    ],
    requiredOneOf: [[.client, .project], [.hours, .duration]], source: source, export: export)

  static let invoices = ExportFormat(
    name: "native invoices", kind: .invoices,
    columns: [
      .init(.invoice, ["invoice"], required: true),
      .init(.client, ["client"], required: true),
      .init(.issueDate, ["issue_date"], required: true),
      .init(.dueDate, ["due_date"], required: false),
      .init(.amount, ["amount"], required: true),
      .init(.currency, ["currency"], required: true),
      .init(.status, ["status"], required: false),
      .init(.paidDate, ["paid_date"], required: false),
      .init(.paidAmount, ["paid_amount"], required: false),
    ], source: source, export: export)

  static let payments = ExportFormat(
    name: "native payments", kind: .payments,
    columns: [
      .init(.invoice, ["invoice"], required: true),
      .init(.date, ["date"], required: true),
      .init(.amount, ["amount"], required: true),
      .init(.currency, ["currency"], required: false),
      .init(.client, ["client"], required: false),
    ], source: source, export: export)

  static let expenses = ExportFormat(
    name: "native expenses", kind: .expenses,
    columns: [
      .init(.date, ["date"], required: true),
      .init(.client, ["client"], required: true),
      .init(.amount, ["amount"], required: true),
      .init(.currency, ["currency"], required: false),
      .init(.description, ["description"], required: false),
    ], source: source, export: export)

  static let incidents = ExportFormat(
    name: "native incidents", kind: .incidents,
    columns: [
      .init(.date, ["date"], required: true),
      .init(.client, ["client"], required: true),
      .init(.kind, ["kind"], required: true),
      .init(.note, ["note"], required: false),
    ], source: source, export: export)

  static let all = [time, invoices, payments, expenses, incidents]

  static let source = "ClientWorth's own format (spec §1)"
  static let export = "write it by hand, or save a spreadsheet as CSV"
}

extension ExportFormat {
  /// True for ClientWorth's own formats (spec §1), as opposed to a tool's export.
  public var isNative: Bool { NativeFormats.all.contains { $0.name == name } }
}
