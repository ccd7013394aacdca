import Domain
import Localization

/// Gives a currency to amounts whose row named none (`Currency.unknown`): a payment takes its
/// invoice's currency, anything else the settings' currency, said once per file (spec §1: a
/// currency is never assumed). Without the setting, that is an error naming the first such row.
struct CurrencyResolver {
  let defaultCurrency: Currency?

  /// Settles every unknown currency; returns one note per file whose amounts took the setting.
  func resolve(_ ledger: inout Ledger) throws(ImportError) -> [Diagnostic] {
    let unknown = Currency.unknown
    let currencies = ledger.currencies
    guard currencies.contains(unknown) else { return [] }
    var assumed: [(file: String, count: Int)] = []
    var invoiceCurrencies: [String: Currency] = [:]
    for invoice in ledger.invoices where invoice.amount.currency != unknown {
      invoiceCurrencies[invoice.number] = invoice.amount.currency
    }
    let known = currencies.filter { $0 != unknown }
    let fallback = defaultCurrency

    func settle(_ money: Money, at position: SourcePosition?, preferred: Currency? = nil) throws(ImportError) -> Money {
      guard money.currency == unknown else { return money }
      if preferred == nil, let file = position?.file {
        if assumed.last?.file == file { assumed[assumed.count - 1].count += 1 } else { assumed.append((file, 1)) }
      }
      guard let currency = preferred ?? fallback else {
        throw ImportError(
          file: position?.file ?? "", line: position?.line, column: position?.column,
          text: .noCurrency(seen: known))
      }
      // Minor units were counted with two digits; rescale exactly for the real currency.
      let scaled = Fraction(Int128(money.minorUnits)) * Fraction(Int128(currency.minorUnitsPerMajor), 100)
      guard scaled.denominator == 1 else {
        throw ImportError(
          file: position?.file ?? "", line: position?.line, column: position?.column,
          text: LocalizedText(
            en: "this amount has more decimals than \(code: currency.code) allows",
            ar: "في هذا المبلغ منازل عشرية أكثر مما تسمح به عملة \(code: currency.code)"))
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
    guard let fallback else { return [] }
    var counts: [String: Int] = [:]
    var files: [String] = []
    for (file, count) in assumed {
      if counts[file] == nil { files.append(file) }
      counts[file, default: 0] += count
    }
    return files.map { file in
      Diagnostic(
        file: file, line: nil, column: nil, severity: .note,
        text: .currencyFromSetting(counts[file] ?? 0, fallback), cause: "currency-from-setting")
    }
  }
}

extension LocalizedText {
  fileprivate static func noCurrency(seen: [Currency]) -> LocalizedText {
    let codes = seen.map { LocalizedText.same("\(code: $0.code)") }
    let listed = codes.isEmpty ? LocalizedText(en: "none", ar: "لا شيء") : LocalizedText.same("\(list: codes, .comma)")
    return LocalizedText(
      en: "this amount has no currency (no currency column, none in the header) and none is set (currencies seen: "
        + "\(listed)); a currency is never assumed: add a currency column, or set \"currency\" in clientworth.json "
        + "(or pass --currency)",
      ar: "لا عملة لهذا المبلغ (لا عمود للعملة ولا عملة في الترويسة) ولم تُضبط عملة (العملات التي ظهرت: "
        + "\(listed))؛ ولا تُفترض عملة أبدًا: أضف عمودًا للعملة، أو اضبط \(code: "\"currency\"") في "
        + "\(code: "clientworth.json") (أو مرّر \(code: "--currency"))")
  }

  fileprivate static func currencyFromSetting(_ count: Int, _ currency: Currency) -> LocalizedText {
    let english: Template =
      count == 1
      ? "1 amount names no currency (no currency column, none in the header): read as \(code: currency.code), the "
        + "\"currency\" setting"
      : "\(plain: count) amounts name no currency (no currency column, none in the header): read as "
        + "\(code: currency.code), the \"currency\" setting"
    return LocalizedText(
      en: english,
      ar: "\(count: count, .amount) بلا عملة (لا عمود للعملة ولا عملة في الترويسة): فاعتُمدت عملة "
        + "\(code: currency.code) من إعداد \(code: "\"currency\"")")
  }
}
