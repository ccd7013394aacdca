/// Harvest's detailed time report CSV (and the same columns in "Export all time").
///
/// Facts (FORMATS.md §2, V2): header `Date,Client,Project,Project Code,Task,Notes,Hours,[Hours Rounded],
/// Billable?,Invoiced?,[Approved?],First Name,Last Name,[Employee Id],Roles,[Teams],Employee?,
/// Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL` —
/// solidtime-io/solidtime `resources/testfiles/harvest_time_entries_import_test_1.csv` (a real export),
/// an agency's build spec checked against a real 541-row export (idx:52237312214), Invoice Ninja's
/// `ninja:import-harvest` tests. Dates ISO (`DD.MM.YYYY` in 2015 exports); `Hours` decimal hours in
/// the account's number format (`2,5`, `1.045,0` inside a comma-delimited file: the decimal mark
/// is decided from the file's values); flags `Yes`/`No`; `Currency` a long label
/// `United States Dollar - USD`. Actual `Hours` are read, never `Hours Rounded`. Harvest's import
/// template (`First name`, `Last name`, no `Billable?`) reads the same way.
enum HarvestTimeFormat {
  static let format = ExportFormat(
    name: "harvest time", kind: .time,
    columns: [
      .init(.date, ["Date"], required: true),
      .init(.client, ["Client"], required: true),
      .init(.hours, ["Hours"], required: true),
      .init(.person, ["First Name"], required: true),
      .init(.lastName, ["Last Name"], required: true),
      .init(.billable, ["Billable?"], required: false),
      .init(.rate, ["Billable Rate"], required: false),
      .init(.amount, ["Billable Amount"], required: false),
      .init(.costRate, ["Cost Rate"], required: false),
      .init(.currency, ["Currency"], required: false),
      .init(.project, ["Project"], required: false),
      .init(.task, ["Task"], required: false),
      .init(.description, ["Notes"], required: false),
    ],
    source: "solidtime-io/solidtime Harvest fixture (real export); invoiceninja/invoiceninja Harvest import tests",
    export: "Reports > Detailed time > Export > CSV; or Settings > Import/Export > Export all time")
}
