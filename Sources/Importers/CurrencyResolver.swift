import Domain

/// Gives a currency to amounts whose row named none (`Currency.unknown`): a payment takes its
/// invoice's currency, anything else the settings' currency, else the only currency the rest of
/// the data is in. When none of these settles it, that is an error naming the first such row.
struct CurrencyResolver {
  let defaultCurrency: Currency?

  func resolve(_ ledger: inout Ledger) throws(ImportError) {
    let unknown = Currency.unknown
    let currencies = ledger.currencies
    guard currencies.contains(unknown) else { return }
    var invoiceCurrencies: [String: Currency] = [:]
    for invoice in ledger.invoices where invoice.amount.currency != unknown {
      invoiceCurrencies[invoice.number] = invoice.amount.currency
    }
    let known = currencies.filter { $0 != unknown }
    let fallback = defaultCurrency ?? (known.count == 1 ? known[0] : nil)

    func settle(_ money: Money, at position: SourcePosition?, preferred: Currency? = nil) throws(ImportError) -> Money {
      guard money.currency == unknown else { return money }
      guard let currency = preferred ?? fallback else {
        let listed = known.isEmpty ? "none" : known.map(\.code).joined(separator: ", ")
        throw ImportError(
          file: position?.file ?? "", line: position?.line, column: position?.column,
          message: "this amount has no currency and the data does not settle one (currencies seen: \(listed)); "
            + "add a currency column, or set \"currency\" in clientworth.json (or pass --currency)")
      }
      // Minor units were counted with two digits; rescale exactly for the real currency.
      let scaled = Fraction(Int128(money.minorUnits)) * Fraction(Int128(currency.minorUnitsPerMajor), 100)
      guard scaled.denominator == 1 else {
        throw ImportError(
          file: position?.file ?? "", line: position?.line, column: position?.column,
          message: "this amount has more decimals than \(currency.code) allows")
      }
      return Money(minorUnits: Int64(scaled.numerator), currency: currency)
    }

    try ledger.timeEntries.convertValues { value, position throws(ImportError) in try settle(value, at: position) }
    for index in ledger.invoices.indices {
      let invoice = ledger.invoices[index]
      let amount = try settle(invoice.amount, at: invoice.position)
      ledger.invoices[index].amount = amount
      if let paid = invoice.paidAmount {
        ledger.invoices[index].paidAmount = try settle(paid, at: invoice.position, preferred: amount.currency)
      }
    }
    for index in ledger.payments.indices {
      let payment = ledger.payments[index]
      ledger.payments[index].amount = try settle(
        payment.amount, at: payment.position, preferred: invoiceCurrencies[payment.invoiceNumber])
    }
    for index in ledger.expenses.indices {
      ledger.expenses[index].amount = try settle(ledger.expenses[index].amount, at: ledger.expenses[index].position)
    }
  }
}
