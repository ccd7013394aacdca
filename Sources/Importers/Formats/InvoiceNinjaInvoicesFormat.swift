/// Invoice Ninja v5's invoice report CSV with its default columns.
///
/// Facts (FORMATS.md §9b, V1 vendor code): headers are an entity prefix plus a label, hence
/// `Invoice Invoice Number` — invoiceninja/invoiceninja@a148eec `app/Export/CSV/InvoiceExport.php`,
/// `BaseExport.php`, asserted in `tests/Feature/Export/ReportCsvGenerationTest.php`. Default header:
/// `Client Name,Client Currency,Invoice Invoice Number,Invoice Amount,Invoice Balance,
/// Invoice Paid to Date,Invoice PO Number,Invoice Date,Invoice Due Date,…,Invoice Status,…`. Dates
/// ISO; amounts bare numbers; statuses `Draft`, `Sent`, `Partial`, `Paid`, `Cancelled`, `Overdue`,
/// `Unpaid`, `Reversed` (`app/Models/Invoice.php`). `Invoice Paid to Date` has no date: it is
/// collected money without lateness (spec §1 warns). Headers follow the company's language; only
/// English is recognised.
enum InvoiceNinjaInvoicesFormat {
  static let format = ExportFormat(
    name: "invoice ninja invoices", kind: .invoices,
    columns: [
      .init(.client, ["Client Name"], required: true),
      .init(.invoice, ["Invoice Invoice Number", "Invoice Number"], required: true),
      .init(.issueDate, ["Invoice Date"], required: true),
      .init(.amount, ["Invoice Amount"], required: true),
      .init(.currency, ["Invoice Currency", "Client Currency"], required: false),
      .init(.dueDate, ["Invoice Due Date"], required: false),
      .init(.status, ["Invoice Status"], required: false),
      .init(.paidAmount, ["Invoice Paid to Date"], required: false),
      .init(.balance, ["Invoice Balance"], required: false),
    ],
    conversion: ToolConversion.invoice,
    source: "invoiceninja/invoiceninja InvoiceExport.php, BaseExport.php and ReportCsvGenerationTest.php",
    export: "Reports > Invoices > Export (CSV)")
}
