import Domain

/// FreshBooks' Invoice Details report CSV.
///
/// Facts (FORMATS.md §6, V2): header `Client Name,Invoice #,Date Issued,[Date Due],Invoice Status,Date Paid,
/// Item Name,Item Description,Rate,Quantity,Discount Percentage,Line Subtotal,Tax 1 Type,Tax 1 Amount,
/// Tax 2 Type,Tax 2 Amount,Line Total,Currency` — invoiceninja/invoiceninja@a148eec
/// `tests/Feature/Import/freshbooks_invoices.csv` (exported from a FreshBooks account) and
/// `app/Import/Transformer/Freshbooks/InvoiceTransformer.php`; `Date Due` in newer files (a
/// migration tool's header signature, idx:56676674754). One row per line item: an invoice's total
/// is the sum of its rows' `Line Total` (tax included). `Invoice #` is zero-padded text (`0000041`);
/// statuses lower-case (`sent`, `paid`, `draft`…); dates ISO, or `MM/DD/YYYY` in some files (no
/// documented order: decided from the values or the settings); ISO currency per row.
enum FreshBooksInvoicesFormat {
  static let format = ExportFormat(
    name: "freshbooks invoices", kind: .invoices,
    columns: [
      .init(.client, ["Client Name"], required: true),
      .init(.invoice, ["Invoice #"], required: true),
      .init(.issueDate, ["Date Issued"], required: true),
      .init(.amount, ["Line Total"], required: true),
      .init(.dueDate, ["Date Due"], required: false),
      .init(.status, ["Invoice Status"], required: false),
      .init(.paidDate, ["Date Paid"], required: false),
      .init(.currency, ["Currency"], required: false),
    ],
    conversion: .acrossRows { cells, ledger, state throws(RowProblem) in
      let invoice = try cells.invoice()
      try ToolConversion.add(
        invoice, sumLines: true, to: &ledger, state: &state, amountColumn: cells.plan.column(.amount))
    },
    source: "invoiceninja/invoiceninja FreshBooks fixture (a real export) and transformer",
    export: "Reports > Invoice Details > More Actions > Export for Excel (CSV)")
}
