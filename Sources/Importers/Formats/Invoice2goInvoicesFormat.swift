import Domain
import Localization

/// Invoice2go's invoice export.
///
/// Facts (FORMATS-20.md §4c, V1): 40 columns `Id,AccountId,State,LastUpdated,CreatedDate,DocumentDate,
/// DocumentNumber,Comment,Name,EmailRecipient,DocumentStatus,OutputStatus,PartPayment,…,DatePaid,…,
/// Taxes,…,Payments,Items,CurrencyCode,TotalAmount,BalanceDueAmount,AmountPaidAmount,…` —
/// invoiceninja/invoiceninja `tests/Feature/Import/i2g_invoices.csv` (a real account, 2021). One row
/// per invoice; `Taxes` and `Items` hold whole tables in one quoted cell (the CSV reader keeps them
/// one field). `Name` is the client; `DocumentDate` ISO; statuses lower case (`unsent`, `sent`). There
/// is no due date: each invoice is due `paymentTermsDays` after its date, and a note says so.
enum Invoice2goInvoicesFormat {
  static let format = ExportFormat(
    name: "invoice2go invoices", kind: .invoices,
    columns: [
      .init(.invoice, ["DocumentNumber"], required: true),
      .init(.client, ["Name"], required: true),
      .init(.issueDate, ["DocumentDate"], required: true),
      .init(.amount, ["TotalAmount"], required: true),
      .init(.currency, ["CurrencyCode"], required: true),
      .init(.paidAmount, ["AmountPaidAmount"], required: false),
      .init(.paidDate, ["DatePaid"], required: false),
      .init(.status, ["DocumentStatus"], required: false),
      .init(.email, ["EmailRecipient"], required: false),
    ],
    conversion: .acrossRows { cells, ledger, state throws(RowProblem) in
      ledger.invoices.append(ToolConversion.withoutZeroPayment(try cells.invoice()))
      if state.saidOnce.insert("no due date").inserted {
        state.notes.append(
          RowProblem(
            column: nil,
            text: LocalizedText(
              en: "Invoice2go's export has no due date: each invoice is due \"paymentTermsDays\" after its date",
              ar: "لا تاريخ استحقاق في ملف تصدير \(code: "Invoice2go"): تُستحق كل فاتورة بعد "
                + "\(code: "\"paymentTermsDays\"") من تاريخها"),
            cause: "due-from-terms", severity: .note))
      }
    },
    source: "invoiceninja/invoiceninja Invoice2go import fixture (a real account)",
    export: "Settings > Export data > Invoices (CSV)")
}
