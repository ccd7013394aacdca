import Domain
import Localization

/// Row conversions several tool exports share.
enum ToolConversion {
  /// An invoice row whose paid amount of zero means nothing was paid (not a payment of zero).
  static let invoice = RowConversion.perRow { cells, ledger throws(RowProblem) in
    ledger.invoices.append(withoutZeroPayment(try cells.invoice()))
  }

  static func withoutZeroPayment(_ invoice: Invoice) -> Invoice {
    var invoice = invoice
    if invoice.paidAmount?.isZero == true { invoice.paidAmount = nil }
    return invoice
  }

  /// Adds an invoice read from one line-item row, or folds it into the invoice an earlier row of
  /// the file started (same number and client). With `sumLines` the rows' amounts add up (each
  /// row carries its line's total: FreshBooks, QuickBooks sales detail); without, every row
  /// repeats the invoice's total, which is kept once (Xero).
  static func add(
    _ invoice: Invoice, sumLines: Bool, to ledger: inout Ledger, state: inout ConversionState,
    amountColumn: Int?
  ) throws(RowProblem) {
    let key = InvoiceLineKey(number: invoice.number, client: invoice.client)
    guard let index = state.invoiceIndex[key] else {
      state.invoiceIndex[key] = ledger.invoices.count
      ledger.invoices.append(invoice)
      return
    }
    var first = ledger.invoices[index]
    var line = invoice.amount
    // A line written without a currency symbol (`1,140.00` beside `$285.00`) takes the other's.
    if line.currency != first.amount.currency, line.currency.minorUnitDigits == first.amount.currency.minorUnitDigits {
      if line.currency == .unknown {
        line = Money(minorUnits: line.minorUnits, currency: first.amount.currency)
      } else if first.amount.currency == .unknown {
        first.amount = Money(minorUnits: first.amount.minorUnits, currency: line.currency)
        ledger.invoices[index] = first
      }
    }
    guard first.amount.currency == line.currency else {
      throw RowProblem(
        column: amountColumn,
        text: LocalizedText(
          en:
            "a line of invoice \(code: invoice.number) in \(code: invoice.amount.currency.code), but its first line is "
            + "in \(code: first.amount.currency.code)",
          ar: "سطر من الفاتورة \(code: invoice.number) بعملة \(code: invoice.amount.currency.code)، وسطرها الأول بعملة "
            + "\(code: first.amount.currency.code)"),
        cause: "mixed-currency-lines")
    }
    guard sumLines else { return }
    // Each line is within the limit of an amount; their sum must be too.
    let sum = ledger.invoices[index].amount.minorUnits + line.minorUnits
    guard sum.magnitude <= RowDecoder.maxMinorUnits.magnitude else {
      throw RowProblem(
        column: amountColumn,
        text: .linesTooLarge(
          invoice.number, limit: Money(minorUnits: RowDecoder.maxMinorUnits, currency: line.currency)),
        cause: "amount-too-large")
    }
    ledger.invoices[index].amount = Money(minorUnits: sum, currency: line.currency)
  }
}

extension LocalizedText {
  fileprivate static func linesTooLarge(_ number: String, limit: Money) -> LocalizedText {
    LocalizedText(
      en:
        "the lines of invoice \(code: number) add up to more than \(code: limit.description), the most an amount may be",
      ar: "مجموع أسطر الفاتورة \(code: number) أكثر من \(code: limit.description)، وهو أقصى ما يكون عليه مبلغ")
  }
}
