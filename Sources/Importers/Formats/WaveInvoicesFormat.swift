/// A Wave invoice list, as Invoice Ninja's Wave importer accepts it.
///
/// Facts (FORMATS-20.md §4a, A: column names only): `Invoice Number`, `Invoice Date` (or `Transaction
/// Date`), `Customer Name` (or `Customer`), `Due Date`, `Currency`, `Invoice Total`, `Invoice Tax Total`,
/// `Invoice Paid`, `Last Payment Date` — invoiceninja/invoiceninja
/// `app/Import/Transformer/Wave/InvoiceTransformer.php`. No such file from Wave itself was found (its
/// own export is the accounting ledger, recognised as not an invoice list): this is the shape people
/// hand to Invoice Ninja, read by name, in any order.
enum WaveInvoicesFormat {
  static let format = ExportFormat(
    name: "wave invoices", kind: .invoices,
    columns: [
      .init(.invoice, ["Invoice Number"], required: true),
      .init(.client, ["Customer Name", "Customer"], required: true),
      .init(.issueDate, ["Invoice Date", "Transaction Date"], required: true),
      .init(.amount, ["Invoice Total"], required: true),
      .init(.paidAmount, ["Invoice Paid"], required: true),
      .init(.dueDate, ["Due Date"], required: false),
      .init(.currency, ["Currency"], required: false),
      .init(.paidDate, ["Last Payment Date"], required: false),
    ],
    conversion: ToolConversion.invoice,
    source: "invoiceninja/invoiceninja Wave importer (column names; no Wave file seen)",
    export: "a Wave invoice list (Wave Connect or hand-made), as Invoice Ninja imports it")
}
