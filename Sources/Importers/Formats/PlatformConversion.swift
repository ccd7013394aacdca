import Domain
import Localization

/// How a payment platform's rows become facts (spec §1): a payment that names no invoice of yours
/// is its own invoice, issued, due and paid on its day; a refund is a negative payment of it; the
/// platform's fee is a cost of the same client.
enum PlatformConversion {
  /// A payment received: an invoice numbered by the platform's id, and its payment.
  static func addPayment(
    id: String, client: ClientKey, day: Day, amount: Money, position: SourcePosition, to ledger: inout Ledger
  ) {
    ledger.invoices.append(
      Invoice(number: id, client: client, issued: day, due: day, amount: amount, position: position))
    ledger.payments.append(Payment(invoiceNumber: id, client: client, day: day, amount: amount, position: position))
  }

  /// Money given back on the payment `id` (a positive amount).
  static func addRefund(
    id: String, client: ClientKey, day: Day, amount: Money, position: SourcePosition, to ledger: inout Ledger
  ) {
    ledger.payments.append(Payment(invoiceNumber: id, client: client, day: day, amount: -amount, position: position))
  }

  /// The platform's fee on a client's payment, a cost of that client (negative: a fee returned).
  static func addFee(
    _ fee: Money, client: ClientKey, day: Day, description: String, position: SourcePosition,
    to ledger: inout Ledger
  ) {
    guard !fee.isZero else { return }
    ledger.expenses.append(Expense(day: day, client: client, amount: fee, description: description, position: position))
  }
}

extension RowDecoder {
  /// The client a row names: its client cell, else its e-mail cell (Stripe, PayPal), as a key of
  /// `clients`; a row naming neither is skipped.
  func clientOrEmail(in clients: inout ClientDirectory) throws(RowProblem) -> ClientKey {
    guard let name = text(.client) ?? text(.email) else {
      let email = format.headerName(of: .email)
      throw problem(
        .client,
        LocalizedText(
          en: "is empty and so is '\(code: email)': the row names no client",
          ar: "فارغ، وكذلك «\(code: email)»: لا يذكر الصف أي عميل"),
        cause: "empty-client")
    }
    return clients.key(for: name)
  }

  /// A currency named in `field`'s cell (Stripe's `Converted Currency`, lower case); nil when empty.
  func currencyNamed(in field: Field) throws(RowProblem) -> Currency? {
    guard let code = text(field) else { return nil }
    guard let currency = CurrencyText.currency(code) else {
      throw problem(field, .notACurrency(code), cause: "bad-currency")
    }
    return currency
  }
}
