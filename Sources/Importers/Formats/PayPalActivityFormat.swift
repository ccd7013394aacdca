import Domain
import Localization

/// PayPal's activity download (Activity > Statements > Activity download), and its statement CSV.
///
/// Facts (FORMATS-20.md §2, V2): the default 41 columns `"Date","Time","TimeZone","Name","Type","Status",
/// "Currency","Gross","Fee","Net","From Email Address","To Email Address","Transaction ID",…,
/// "Reference Txn ID","Invoice Number",…,"Balance",…,"Balance Impact"` (hledger's rules and real file,
/// OCA fixtures, idx:13967953190) and any subset the user picks; the statement layout (`Time Zone`,
/// `Description` for the type, `"Gross "`/`"Fee "` with a trailing space, no Status). Every field quoted,
/// UTF-8 with a BOM; dates follow the account's country (decided per file); money signed from the
/// account holder's side: a payment received has Gross > 0 and Fee < 0; a `Payment Refund` has Gross
/// < 0 and a positive Fee (part of the fee returned), and names the payment in `Reference Txn ID`.
/// Holds, conversions, withdrawals, deposits and your own purchases are not a client's money.
enum PayPalActivityFormat {
  static let format = ExportFormat(
    name: "paypal activity", kind: .payments,
    columns: [
      .init(.date, ["Date"], required: true),
      .init(.startTime, ["Time"], required: true),
      .init(.documentType, ["Type", "Description"], required: true),
      .init(.currency, ["Currency"], required: true),
      .init(.amount, ["Gross"], required: true),
      .init(.fee, ["Fee"], required: false),
      .init(.reference, ["Transaction ID"], required: true),
      .init(.client, ["Name"], required: false),
      .init(.email, ["From Email Address"], required: false),
      .init(.status, ["Status"], required: false),
      .init(.kind, ["Balance Impact"], required: false),
      .init(.invoice, ["Reference Txn ID"], required: false),
    ],
    conversion: .acrossRows { cells, ledger, _ throws(RowProblem) in try convert(&cells, &ledger) },
    source: "hledger's PayPal rules and real file; OCA bank-statement-import fixtures (FORMATS-20.md §2)",
    export: "Activity > Statements > Activity download (CSV, balance affecting)")

  static let received: Set<String> = [
    "general payment", "mobile payment", "website payment", "express checkout payment", "subscription payment",
    "donation payment", "mass pay payment", "payment received", "echeque received", "shopping cart payment received",
    "preapproved payment bill user payment", "invoice payment",
  ]
  static let refunds: Set<String> = [
    "payment refund", "refund", "general refund", "payment reversal", "chargeback",
  ]

  private static func convert(_ cells: inout RowDecoder, _ ledger: inout Ledger) throws(RowProblem) {
    let type = try cells.requiredText(.documentType)
    let word = type.lowercased()
    let status = cells.text(.status)?.lowercased() ?? "completed"
    let impact = cells.text(.kind)?.lowercased()
    let currency = try cells.currency(fallback: .unknown)
    guard let gross = try cells.money(.amount, currency: currency) else {
      throw cells.problem(.amount, .isEmpty, cause: "empty-amount")
    }
    let isReceived = received.contains(word) && !gross.isNegative
    let isRefund = refunds.contains(word) && gross.isNegative
    guard (isReceived || isRefund) && status == "completed" && impact != "memo" else {
      throw RowProblem(
        column: cells.plan.column(.documentType),
        text: .notClientMoney(type: type, gross: gross, status: status),
        cause: "not-a-client-payment", severity: .note)
    }
    let client = try cells.clientOrEmail(in: &ledger.clients)
    let id = try cells.requiredText(.reference)
    let day = try cells.requiredDay(.date)
    let position = cells.position(0)
    if isReceived {
      PlatformConversion.addPayment(id: id, client: client, day: day, amount: gross, position: position, to: &ledger)
    } else {
      guard let original = cells.text(.invoice) else {
        throw cells.problem(
          .invoice,
          LocalizedText(
            en: "is empty: the refund names no payment it returns", ar: "فارغ: لا يذكر الرد الدفعة التي يردّها"),
          cause: "refund-of-nothing")
      }
      PlatformConversion.addRefund(
        id: original, client: client, day: day, amount: -gross, position: position, to: &ledger)
    }
    if let fee = try cells.money(.fee, currency: gross.currency) {
      PlatformConversion.addFee(
        -fee, client: client, day: day, description: "PayPal fee on \(id)", position: position, to: &ledger)
    }
  }
}

extension LocalizedText {
  /// A PayPal row that moved no client's money.
  fileprivate static func notClientMoney(type: String, gross: Money, status: String) -> LocalizedText {
    let state =
      status == "completed" ? LocalizedText.empty : LocalizedText.same(" (\(code: status))")
    return LocalizedText(
      en: "a '\(code: type)' row of \(code: gross.description)\(state): not money from a client (holds, conversions, "
        + "transfers and your own purchases are not); skipped",
      ar: "صف «\(code: type)» بمبلغ \(code: gross.description)\(state): ليس مالًا من عميل (الحجوزات والتحويلات بين "
        + "العملات والتحويلات ومشترياتك ليست منه)؛ فتُخطّي")
  }
}
