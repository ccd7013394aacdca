/// Harvest's invoices export.
///
/// Facts (FORMATS.md §5, V1): header `Issue Date,Last Payment Date,ID,PO Number,Client,Subject,
/// Invoice Amount,Paid Amount,Balance,Subtotal,Discount,Tax,Tax2,Currency,Currency Symbol,
/// Document Type,Client Address` — invoiceninja/invoiceninja Harvest import tests (one with a 2011
/// invoice from a real account) and `app/Import/Harvest/CsvImporter.php`. There is no due date and
/// no status column: a due date is issue date + `paymentTermsDays` (spec §1). `Paid Amount` with
/// `Last Payment Date` is the invoice's own payment record (a payments export replaces it, spec §1);
/// a paid amount of 0 is no payment. `Currency` is the long label `United States Dollar - USD`;
/// `Client Address` spans lines inside quotes. Amounts are bare numbers (`3382.5`).
enum HarvestInvoicesFormat {
  static let format = ExportFormat(
    name: "harvest invoices", kind: .invoices,
    columns: [
      .init(.invoice, ["ID"], required: true),
      .init(.client, ["Client"], required: true),
      .init(.issueDate, ["Issue Date"], required: true),
      .init(.amount, ["Invoice Amount"], required: true),
      .init(.paidAmount, ["Paid Amount"], required: false),
      .init(.paidDate, ["Last Payment Date"], required: false),
      .init(.balance, ["Balance"], required: false),
      .init(.currency, ["Currency"], required: false),
    ],
    conversion: ToolConversion.invoice,
    source: "invoiceninja/invoiceninja Harvest import (CsvImporter.php and its tests)",
    export: "Settings > Import/Export > Export invoices (CSV)")
}
