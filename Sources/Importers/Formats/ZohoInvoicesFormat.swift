import Domain
import Localization

/// Zoho Invoice's (and Zoho Books') invoice export.
///
/// Facts (FORMATS-20.md §4b, V2): 83 columns starting `Invoice Date,Invoice ID,Invoice Number,Estimate
/// Number,Invoice Status,Customer Name,Company Name,Customer ID,…,Due Date,…,Currency Code,Exchange Rate,
/// …,Item Total,SubTotal,Total,Balance,…,Last Payment Date,…` — invoiceninja/invoiceninja
/// `tests/Feature/Import/zoho_invoices.csv` (a Zoho test account) and a Zoho Books entity documenting
/// an Indian organisation's file (idx:15715373534), with regional columns between. One row per line
/// item, the invoice's fields repeated: kept once per invoice. Dates ISO; `Total` the invoice's;
/// `Balance` what is still due, so paid = `Total − Balance`, dated `Last Payment Date`.
enum ZohoInvoicesFormat {
  static let format = ExportFormat(
    name: "zoho invoices", kind: .invoices,
    columns: [
      .init(.issueDate, ["Invoice Date"], required: true),
      .init(.reference, ["Invoice ID"], required: true),
      .init(.invoice, ["Invoice Number"], required: true),
      .init(.status, ["Invoice Status"], required: true),
      .init(.client, ["Customer Name"], required: true),
      .init(.amount, ["Total"], required: true),
      .init(.balance, ["Balance"], required: true),
      .init(.dueDate, ["Due Date"], required: false),
      .init(.currency, ["Currency Code"], required: false),
      .init(.paidDate, ["Last Payment Date"], required: false),
    ],
    conversion: .acrossRows { cells, ledger, state throws(RowProblem) in
      let number = try cells.requiredText(.invoice)
      let client = try cells.client()
      let issued = try cells.requiredDay(.issueDate)
      let currency = try cells.currency(fallback: .unknown)
      guard let total = try cells.money(.amount, currency: currency) else {
        throw cells.problem(.amount, .isEmpty, cause: "empty-amount")
      }
      let balance = try cells.money(.balance, currency: total.currency)
      var paid: Money?
      if let balance, balance.minorUnits < total.minorUnits, !total.isNegative { paid = total - balance }
      let invoice = Invoice(
        number: number, client: client, issued: issued, due: try cells.day(.dueDate), amount: total,
        status: cells.invoiceStatus(), paidDay: paid == nil ? nil : try cells.day(.paidDate), paidAmount: paid,
        position: cells.position(0))
      try ToolConversion.add(
        invoice, sumLines: false, to: &ledger, state: &state, amountColumn: cells.plan.column(.amount))
    },
    source: "invoiceninja/invoiceninja Zoho import fixture; a Zoho Books entity (FORMATS-20.md §4b)",
    export: "Sales > Invoices > Export (CSV)")
}
