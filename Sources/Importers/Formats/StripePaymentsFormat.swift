import Domain
import Localization

/// Stripe's Dashboard payments export (Payments > Export), both layouts.
///
/// Facts (FORMATS-20.md §1, V2): the default 23 columns `id,Created date (UTC),Amount,Amount Refunded,
/// Currency,Captured,Converted Amount,Converted Amount Refunded,Converted Currency,Decline Reason,
/// Description,Fee,Refunded date (UTC),Statement Descriptor,Status,Seller Message,Taxes On Fee,Card ID,
/// Customer ID,Customer Description,Customer Email,Invoice ID,Transfer` (three independent sources,
/// idx:70613937018, idx:24437162930, idx:55182604728), an 86-column "all" set and custom subsets in
/// the same order; the older layout has `Created (UTC)` and `Mode` (FORMATS.md §8b). Amounts in major
/// units of the charge's `Currency` (lower case); `Fee` and `Taxes On Fee` in `Converted Currency`, the
/// account's. `Status` `Paid` (also when partly refunded), `Refunded`, `Failed`; a refund is
/// `Amount Refunded` on the charge's own row, dated `Refunded date (UTC)` (the old layout has no
/// refund date: the charge's is used, and said). The client is `Customer Description`, else
/// `Customer Email`. A charge that pays a Stripe invoice is that invoice, numbered by its `Invoice ID`
/// (`in_…`); where the invoices export lists it too, `LedgerChecks` makes the charge its payment.
enum StripePaymentsFormat {
  static let format = ExportFormat(
    name: "stripe payments", kind: .payments,
    columns: [
      .init(.reference, ["id"], required: true),
      .init(.date, ["Created date (UTC)", "Created (UTC)"], required: true),
      .init(.amount, ["Amount"], required: true),
      .init(.refunded, ["Amount Refunded"], required: true),
      .init(.currency, ["Currency"], required: true),
      .init(.status, ["Status"], required: true),
      .init(.captured, ["Captured"], required: false),
      .init(.fee, ["Fee"], required: false),
      .init(.feeTax, ["Taxes On Fee"], required: false),
      .init(.feeCurrency, ["Converted Currency"], required: false),
      .init(.refundDate, ["Refunded date (UTC)"], required: false),
      .init(.client, ["Customer Description"], required: false),
      .init(.email, ["Customer Email"], required: false),
      .init(.invoice, ["Invoice ID"], required: false),
      .init(.description, ["Description"], required: false),
    ],
    conversion: .acrossRows { cells, ledger, state throws(RowProblem) in try convert(&cells, &ledger, &state) },
    source: "three tools reading real Stripe payments exports (FORMATS-20.md §1)",
    export: "Payments > Export (default or all columns, CSV)")

  private static func convert(_ cells: inout RowDecoder, _ ledger: inout Ledger, _ state: inout ConversionState)
    throws(RowProblem)
  {
    let status = ClientKey(try cells.requiredText(.status)).normalized
    let captured = cells.text(.captured).map { $0.lowercased() != "false" } ?? true
    guard (status == "paid" || status == "refunded") && captured else {
      throw RowProblem(
        column: cells.plan.column(.status),
        text: .noMoneyMoved(status: cells.text(.status) ?? "", captured: captured),
        cause: "not-a-payment", severity: .note)
    }
    let client = try cells.clientOrEmail(in: &ledger.clients)
    let id = try cells.requiredText(.reference)
    let day = try cells.requiredDay(.date)
    let currency = try cells.currency(fallback: .unknown)
    guard let amount = try cells.money(.amount, currency: currency) else {
      throw cells.problem(.amount, .isEmpty, cause: "empty-amount")
    }
    let position = cells.position(0)
    // A charge that pays a Stripe invoice is that invoice, numbered by its `in_…` id.
    let number = cells.text(.invoice) ?? id
    PlatformConversion.addPayment(id: number, client: client, day: day, amount: amount, position: position, to: &ledger)
    if let refunded = try cells.money(.refunded, currency: amount.currency), !refunded.isZero {
      var refundDay = try cells.day(.refundDate)
      if refundDay == nil && state.saidOnce.insert("refund date").inserted {
        state.notes.append(
          RowProblem(
            column: cells.plan.column(.refunded),
            text: LocalizedText(
              en: "this export has no refund dates: each refund is dated on its charge's day",
              ar: "لا تواريخ ردّ في هذا الملف: يؤرَّخ كل ردّ بيوم دفعته"),
            cause: "refund-on-charge-day", severity: .note))
      }
      refundDay = refundDay ?? day
      PlatformConversion.addRefund(
        id: number, client: client, day: refundDay ?? day, amount: refunded, position: position,
        to: &ledger)
    }
    let feeCurrency = try cells.currencyNamed(in: .feeCurrency) ?? amount.currency
    if let fee = try cells.money(.fee, currency: feeCurrency) {
      let tax = try cells.money(.feeTax, currency: feeCurrency)
      PlatformConversion.addFee(
        tax.map { fee + $0 } ?? fee, client: client, day: day, description: "Stripe fee on \(id)",
        position: position, to: &ledger)
    }
  }
}

extension LocalizedText {
  /// A Stripe charge that moved no money (failed, or only authorised).
  fileprivate static func noMoneyMoved(status: String, captured: Bool) -> LocalizedText {
    captured
      ? LocalizedText(
        en: "a '\(code: status)' charge: no money moved; skipped", ar: "دفعة «\(code: status)»: لم ينتقل مال؛ فتُخطّيت")
      : LocalizedText(
        en: "a '\(code: status)' charge, not captured: no money moved; skipped",
        ar: "دفعة «\(code: status)» لم تُقبض: لم ينتقل مال؛ فتُخطّيت")
  }
}
