import Domain
import Localization

/// Stripe's Dashboard invoices export (Billing > Invoices > Export).
///
/// Facts (FORMATS.md §8a, column names verified, order assembled: A): `id`, `Number`, `Customer`,
/// `Customer Name`, `Customer Email`, `Currency`, `Status`, `Amount Due`, `Amount Paid`, `Total`,
/// `Date (UTC)`, `Created (UTC)`, `Due Date (UTC)`, `Paid At (UTC)`… — two analysis scripts that
/// load real invoice exports (idx:30488776367, idx:793569884), Stripe's docs on configurable export
/// columns (docs.stripe.com/invoicing/dashboard/manage-invoices). Amounts in major units (`49.00`;
/// some locales write `49,00`); currency lower-case ISO (`usd`); times UTC `YYYY-MM-DD HH:MM`
/// (read as their date); statuses `draft`, `open`, `paid`, `void`, `uncollectible`. A draft has
/// no number yet, so the `id` (`in_…`) stands in for it. The client is `Customer Name`, else
/// `Customer Email`.
enum StripeInvoicesFormat {
  static let format = ExportFormat(
    name: "stripe invoices", kind: .invoices,
    columns: [
      .init(.reference, ["id"], required: true),
      .init(.issueDate, ["Date (UTC)", "Created (UTC)", "Finalized At (UTC)"], required: true),
      .init(.amount, ["Total", "Amount Due"], required: true),
      .init(.currency, ["Currency"], required: true),
      .init(.invoice, ["Number"], required: false),
      .init(.client, ["Customer Name"], required: false),
      .init(.email, ["Customer Email"], required: false),
      .init(.status, ["Status"], required: false),
      .init(.dueDate, ["Due Date (UTC)"], required: false),
      .init(.paidAmount, ["Amount Paid"], required: false),
      .init(.paidDate, ["Paid At (UTC)"], required: false),
    ],
    conversion: .perRow { cells, ledger throws(RowProblem) in
      guard let name = cells.text(.client) ?? cells.text(.email) else {
        throw cells.problem(
          .client,
          LocalizedText(
            en: "is empty and so is '\(code: "Customer Email")': the invoice names no customer",
            ar: "فارغ، وكذلك «\(code: "Customer Email")»: لا تذكر الفاتورة أي عميل"),
          cause: "empty-client")
      }
      let id = try cells.requiredText(.reference)
      let number = cells.text(.invoice) ?? id
      let issued = try cells.requiredDay(.issueDate)
      let currency = try cells.currency(fallback: .unknown)
      guard let amount = try cells.money(.amount, currency: currency) else {
        throw cells.problem(.amount, .isEmpty, cause: "empty-amount")
      }
      var invoice = Invoice(
        number: number, client: ledger.clients.key(for: name), issued: issued, due: try cells.day(.dueDate),
        amount: amount, status: cells.invoiceStatus(),
        paidDay: try cells.day(.paidDate), paidAmount: try cells.money(.paidAmount, currency: amount.currency),
        position: cells.position(0))
      invoice.reference = id
      ledger.invoices.append(ToolConversion.withoutZeroPayment(invoice))
    },
    source: "column names from scripts loading real Stripe invoice exports; docs.stripe.com (configurable columns)",
    export: "Billing > Invoices > Export (choose the columns, CSV)")
}
