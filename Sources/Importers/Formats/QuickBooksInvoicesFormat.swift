import Domain
import Localization

/// QuickBooks Online invoice reports exported to CSV: A/R Aging Detail, Open Invoices, Invoice List,
/// Invoices and Received Payments, Sales by Product/Service Detail.
///
/// Facts (FORMATS.md §7, layout V2, columns V1/A): title rows, a blank row, then a header whose first
/// cell is empty (`,Date,Transaction type,Num,Customer full name,Due date,Amount,Open balance`); rows
/// grouped under a heading alone in the first cell (a customer, or an aging bucket), `Total for …`
/// and `TOTAL` rows, and a time-stamp footer — a parser written against a real export
/// (idx:58550045735) and three more (idx:60175951512, idx:70880601063, idx:69710079122). Dates
/// follow the company's setting (`MM/DD/YYYY` in US companies; no documented order); amounts carry
/// thousands separators and often `$`; credit memos are negative. Only `Invoice` and `Credit Memo`
/// rows are read. Where the report has no customer column (Open Invoices), the group heading is
/// the customer. Where it has only `Open balance`, that balance is the invoice's amount, so money
/// already received on those invoices is not in the report (said once per file).
enum QuickBooksInvoicesFormat {
  static let format = ExportFormat(
    name: "quickbooks invoices", kind: .invoices,
    columns: [
      .init(.issueDate, ["Date", "Transaction date", "Invoice date"], required: true),
      .init(.documentType, ["Transaction type"], required: true),
      .init(.invoice, ["Num", "No.", "Transaction number", "Invoice number"], required: true),
      .init(.amount, ["Amount", "Total"], required: false),
      .init(.balance, ["Open balance"], required: false),
      .init(.client, ["Customer full name", "Customer", "Customer name", "Name"], required: false),
      .init(.dueDate, ["Due date"], required: false),
    ],
    requiredOneOf: [[.amount, .balance]],
    groupedRows: true,
    conversion: .acrossRows { cells, ledger, state throws(RowProblem) in
      try convert(&cells, &ledger, &state)
    },
    source: "parsers and tests written against real QuickBooks Online report exports",
    export: "Reports > A/R Aging Detail (or Open Invoices, Invoice List) > Export > Export to CSV")

  private static func convert(_ cells: inout RowDecoder, _ ledger: inout Ledger, _ state: inout ConversionState)
    throws(RowProblem)
  {
    let type = try cells.requiredText(.documentType)
    let word = ClientKey(type).normalized
    guard word == "invoice" || word == "credit memo" else {
      throw RowProblem(
        column: cells.plan.column(.documentType),
        text: LocalizedText(
          en: "a '\(code: type)' row: only invoices and credit memos are read from this report; skipped",
          ar: "صف «\(code: type)»: لا يُقرأ من هذا التقرير إلا الفواتير وإشعارات الدائن؛ فتُخطّي"),
        cause: "not-an-invoice", severity: .note)
    }
    let hasClientColumn = cells.plan.column(.client) != nil
    guard let name = cells.text(.client) ?? (hasClientColumn ? nil : state.group) else {
      throw hasClientColumn
        ? cells.problem(.client, .isEmpty, cause: "empty-client")
        : RowProblem(
          column: 0, text: LocalizedText(en: "the row has no customer heading above it", ar: "لا عنوان عميل فوق الصف"),
          cause: "no-customer-heading")
    }
    let number = try cells.requiredText(.invoice)
    let issued = try cells.requiredDay(.issueDate)
    let currency = try cells.currency(fallback: .unknown)
    let total = try cells.money(.amount, currency: currency)
    let open = try cells.money(.balance, currency: total?.currency ?? currency)
    guard var amount = total ?? open else { throw cells.problem(.amount, .isEmpty, cause: "empty-amount") }
    if word == "credit memo" && !amount.isNegative { amount = -amount }
    var paid: Money?
    if let total, let open, !amount.isNegative, open.currency == total.currency, open.minorUnits < total.minorUnits {
      paid = total - open
    }
    if total == nil, state.saidOnce.insert("open balance").inserted {
      state.notes.append(
        RowProblem(
          column: cells.plan.column(.balance),
          text: LocalizedText(
            en: "this report gives open balances only: each is read as its invoice's amount, and money "
              + "already received on these invoices is not in it (export A/R Aging Detail or Invoice List for "
              + "the full amounts)",
            ar: "لا يعطي هذا التقرير إلا الأرصدة المفتوحة: يُقرأ كل رصيد مبلغًا لفاتورته، ولا يظهر فيه ما قُبض من هذه "
              + "الفواتير (صدِّر \(code: "A/R Aging Detail") أو \(code: "Invoice List") للمبالغ كاملة)"),
          cause: "open-balances-only", severity: .note))
    }
    let invoice = Invoice(
      number: number, client: ledger.clients.key(for: name), issued: issued, due: try cells.day(.dueDate),
      amount: amount, paidAmount: paid, position: cells.position(0))
    try ToolConversion.add(
      invoice, sumLines: true, to: &ledger, state: &state, amountColumn: cells.plan.column(.amount))
  }
}
