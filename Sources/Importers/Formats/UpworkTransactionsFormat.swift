import Domain
import Localization

/// Upwork's transaction history (Reports > Transaction History > Download CSV), freelancer side.
///
/// Facts (FORMATS-20.md §3, V2): `Date,Ref ID,Type,Description,Agency,Freelancer,Team,Account Name,PO,
/// Amount,Amount in local currency,Currency,Balance` (and `ExchangeRate` for the local amount) — a
/// beancount importer checking the header exactly (idx:22555125161), beancount-reds (idx:65884382257),
/// FORMATS.md §10; the newer 19-column layout (`Transaction type`, `Client team`, `Amount $`,
/// idx:70393323298, weak) is read by the same names. Dates `Mar 10, 2025` (also `28-Feb-20`); rows
/// newest first; `Amount` in US dollars, signed from the freelancer's side: earnings (`Hourly`,
/// `Fixed Price`, `Fixed-price`, `Bonus`, `Milestone`, `Miscellaneous`) positive, fees (`Service Fee`,
/// `VAT`, `WHT`, `Withdrawal Fee`, `Membership Fee`, `Processing Fee`) negative. `Team` is the client;
/// empty on the account's own rows (withdrawals, Connects). A client's own history has the same header
/// with earnings negative: such rows are refused. `Currency` names the local amount's currency only.
enum UpworkTransactionsFormat {
  static let format = ExportFormat(
    name: "upwork transactions", kind: .payments,
    columns: [
      .init(.date, ["Date"], required: true),
      .init(.reference, ["Ref ID"], required: true),
      .init(.documentType, ["Type", "Transaction type"], required: true),
      .init(.amount, ["Amount", "Amount $"], required: true),
      .init(.client, ["Team", "Client team"], required: true),
      .init(.description, ["Description", "Transaction summary"], required: false),
      .init(.person, ["Freelancer"], required: true),
    ],
    conversion: .acrossRows { cells, ledger, state throws(RowProblem) in try convert(&cells, &ledger, &state) },
    source: "beancount importers checking the header of real Upwork exports (FORMATS-20.md §3)",
    export: "Reports > Transaction History > Download CSV")

  static let earnings: Set<String> = ["hourly", "fixed price", "fixed-price", "bonus", "milestone", "miscellaneous"]
  static let fees: Set<String> = [
    "service fee", "vat", "wht", "withdrawal fee", "membership fee", "processing fee", "connects",
  ]

  private static func convert(_ cells: inout RowDecoder, _ ledger: inout Ledger, _ state: inout ConversionState)
    throws(RowProblem)
  {
    let type = try cells.requiredText(.documentType)
    let word = type.lowercased()
    let day = try cells.requiredDay(.date)
    guard let amount = try cells.money(.amount, currency: Currency(code: "USD") ?? .unknown) else {
      throw cells.problem(.amount, .isEmpty, cause: "empty-amount")
    }
    guard earnings.contains(word) || fees.contains(word) || word == "refund" else {
      throw RowProblem(
        column: cells.plan.column(.documentType),
        text: LocalizedText(
          en: "a '\(code: type)' row (your own money, not a client's: withdrawals, transfers); skipped",
          ar: "صف «\(code: type)» (مالك أنت لا مال عميل: سحوبات وتحويلات)؛ فتُخطّي"),
        cause: "not-a-client-row", severity: .note)
    }
    guard let name = cells.text(.client) else {
      throw RowProblem(
        column: cells.plan.column(.client),
        text: .accountCost(type: type, amount: amount, column: cells.format.headerName(of: .client)),
        cause: "account-cost",
        severity: .note)
    }
    let client = ledger.clients.key(for: name)
    let id = try cells.requiredText(.reference)
    let position = cells.position(0)
    if earnings.contains(word) {
      guard !amount.isNegative else {
        throw cells.problem(
          .amount,
          LocalizedText(
            en: "an earning of \(code: amount.description): this is a client's transaction history, not a freelancer's",
            ar: "إيراد بمبلغ \(code: amount.description): هذا سجل معاملات عميل لا سجل مستقل"),
          cause: "client-side-file")
      }
      PlatformConversion.addPayment(id: id, client: client, day: day, amount: amount, position: position, to: &ledger)
    } else if word == "refund" {
      // Money given back to the client: a credit note of that day.
      ledger.invoices.append(
        Invoice(number: id, client: client, issued: day, due: day, amount: -amount.magnitude, position: position))
    } else {
      PlatformConversion.addFee(
        -amount, client: client, day: day, description: "Upwork \(type) (\(id))", position: position, to: &ledger)
    }
    if state.saidOnce.insert("usd").inserted {
      state.notes.append(
        RowProblem(
          column: cells.plan.column(.amount),
          text: LocalizedText(
            en: "Upwork's transaction history is in US dollars: its amounts are read as USD",
            ar: "سجل معاملات \(code: "Upwork") بالدولار الأمريكي: تُقرأ مبالغه بعملة \(code: "USD")"),
          cause: "currency-of-the-format", severity: .note))
    }
  }
}

extension Money {
  /// The amount without its sign.
  fileprivate var magnitude: Money { isNegative ? -self : self }
}

extension LocalizedText {
  /// An Upwork fee of the account rather than of a client's contract.
  fileprivate static func accountCost(type: String, amount: Money, column: String) -> LocalizedText {
    LocalizedText(
      en:
        "a '\(code: type)' of \(code: amount.description) with no client ('\(code: column)' is empty): a cost of your "
        + "account, not of any client (an overhead); skipped",
      ar: "«\(code: type)» بمبلغ \(code: amount.description) بلا عميل («\(code: column)» فارغ): تكلفة حسابك لا تكلفة "
        + "عميل (نفقة عامة)؛ فتُخطّي")
  }
}
