import Domain
import Localization

/// Xero's sales invoices export (`SalesInvoices.csv`).
///
/// Facts (FORMATS.md §9a, V2): header `ContactName,EmailAddress,POAddressLine1,…,POCountry,[SAAddressLine1,…,
/// SACountry],InvoiceNumber,Reference,InvoiceDate,DueDate,PlannedDate,Total,TaxTotal,InvoiceAmountPaid,
/// InvoiceAmountDue,InventoryItemCode,Description,Quantity,UnitAmount,Discount,LineAmount,AccountCode,
/// TaxType,TaxAmount,TrackingName1,…,Currency,Type,Sent,Status` — a parser test with a real-looking
/// row (idx:68719739161) and three more importers (idx:27876799498, idx:27664100089,
/// idx:66306794602). One row per line item with the invoice's `Total` repeated: kept once per
/// invoice. `Type` is `Sales invoice`, `Sales credit note` (a credit: its total counts negative),
/// `Sales overpayment` (a payment event, no invoice) or `Bill` (a purchase); only the first two are
/// read. Dates follow the organisation's region (`31/01/2025` in NZ/AU/UK, presumably month-first
/// in the US), so the order comes from the values or the settings. `InvoiceAmountPaid` has no date.
enum XeroInvoicesFormat {
  static let format = ExportFormat(
    name: "xero invoices", kind: .invoices,
    columns: [
      .init(.client, ["ContactName"], required: true),
      .init(.invoice, ["InvoiceNumber"], required: true),
      .init(.issueDate, ["InvoiceDate"], required: true),
      .init(.amount, ["Total"], required: true),
      .init(.dueDate, ["DueDate"], required: false),
      .init(.paidAmount, ["InvoiceAmountPaid"], required: false),
      .init(.currency, ["Currency"], required: false),
      .init(.documentType, ["Type"], required: false),
      .init(.status, ["Status"], required: false),
    ],
    conversion: .acrossRows { cells, ledger, state throws(RowProblem) in
      let type = cells.text(.documentType) ?? "Sales invoice"
      let word = ClientKey(type).normalized
      let credit = word.contains("credit")
      guard word == "sales invoice" || word == "sales credit note" || word == "accrec" || word == "accreccredit"
      else {
        throw RowProblem(
          column: cells.plan.column(.documentType),
          text: LocalizedText(
            en: "a '\(code: type)' row: only sales invoices and credit notes are read; skipped",
            ar: "صف «\(code: type)»: لا يُقرأ إلا فواتير المبيعات وإشعارات الدائن؛ فتُخطّي"),
          cause: "not-an-invoice",
          severity: .note)
      }
      var invoice = ToolConversion.withoutZeroPayment(try cells.invoice())
      if credit {
        invoice.amount = Money(
          minorUnits: -invoice.amount.minorUnits.magnitudeAsInt64, currency: invoice.amount.currency)
        invoice.paidAmount = nil
      }
      try ToolConversion.add(
        invoice, sumLines: false, to: &ledger, state: &state, amountColumn: cells.plan.column(.amount))
    },
    source: "importers and parser tests reproducing Xero's SalesInvoices.csv",
    export: "Business > Invoices > Export (CSV)")
}

extension Int64 {
  /// The absolute value (amounts are far below `Int64.min`'s magnitude).
  fileprivate var magnitudeAsInt64: Int64 { self < 0 ? -self : self }
}
