import Domain
import Localization

/// Checks that need every file at once: an invoice listed twice, money received before the
/// invoice was issued. Runs after all files are read, before currencies are settled.
struct LedgerChecks {
  /// Drops the second and later rows of an invoice (same number, same client) with an error
  /// diagnostic each, and updates the files' row accounting to match.
  static func removeDuplicateInvoices(
    _ ledger: inout Ledger, diagnostics: inout [Diagnostic], files: inout [FileSummary]
  ) {
    struct InvoiceIdentity: Hashable {
      var number: String
      var client: ClientKey
    }
    // Each identity's first row by its index: an invoice is a large value to copy into a table.
    var first: [InvoiceIdentity: Int] = [:]
    first.reserveCapacity(ledger.invoices.count)
    var repeated: Set<Int> = []
    let invoices = ledger.invoices
    for index in invoices.indices {
      let identity = InvoiceIdentity(number: invoices[index].number, client: invoices[index].client)
      guard let originalIndex = first[identity] else {
        first[identity] = index
        continue
      }
      let invoice = invoices[index]
      repeated.insert(index)
      let original = ledger.invoices[originalIndex]
      let same = original.amount == invoice.amount && original.issued == invoice.issued
      let text = LocalizedText.duplicateInvoice(
        invoice.number, client: ledger.clients.displayName(for: invoice.client), same: same,
        firstAt: original.position?.description)
      if let position = invoice.position {
        diagnostics.append(
          Diagnostic(
            file: position.file, line: position.line, column: position.column, severity: .error, text: text,
            cause: "duplicate-invoice"))
        if let index = files.firstIndex(where: { $0.path == position.file }) {
          files[index].rowsImported -= 1
          files[index].rowsSkipped += 1
        }
      }
    }
    guard !repeated.isEmpty else { return }
    ledger.invoices = ledger.invoices.indices.filter { !repeated.contains($0) }.map { ledger.invoices[$0] }
  }

  /// A Stripe charge that pays a Stripe invoice is numbered by the invoice's id (`in_…`); where the
  /// invoices export lists that invoice too, the charge's own invoice is dropped and its payments
  /// go to the listed one, so the money counts once (a note says so for each).
  static func mergeChargesIntoTheirInvoices(_ ledger: inout Ledger, diagnostics: inout [Diagnostic]) {
    var byReference: [String: Int] = [:]
    for (index, invoice) in ledger.invoices.enumerated() {
      if let reference = invoice.reference, reference != invoice.number { byReference[reference] = index }
    }
    guard !byReference.isEmpty else { return }
    var merged: [String: Invoice] = [:]
    for invoice in ledger.invoices where invoice.reference == nil {
      guard let index = byReference[invoice.number] else { continue }
      merged[invoice.number] = ledger.invoices[index]
      if let position = invoice.position {
        diagnostics.append(
          Diagnostic(
            file: position.file, line: position.line, column: position.column, severity: .note,
            text: LocalizedText(
              en:
                "this charge pays Stripe invoice \(code: ledger.invoices[index].number) (\(code: invoice.number)), which "
                + "an invoices export lists: its money counts once, as a payment of that invoice",
              ar: "هذه الدفعة تسدد فاتورة \(code: "Stripe") رقم \(code: ledger.invoices[index].number) "
                + "(\(code: invoice.number))، وهي مذكورة في ملف تصدير فواتير: فيُحتسب مالها مرة واحدة، دفعةً لتلك الفاتورة"
            ),
            cause: "charge-of-listed-invoice"))
      }
    }
    guard !merged.isEmpty else { return }
    ledger.invoices.removeAll { $0.reference == nil && merged[$0.number] != nil }
    for index in ledger.payments.indices {
      guard let invoice = merged[ledger.payments[index].invoiceNumber] else { continue }
      ledger.payments[index].invoiceNumber = invoice.number
      ledger.payments[index].client = invoice.client
    }
  }

  /// Warns about payments dated before their invoice's issue date (kept: the date may be a typo,
  /// but the money was received).
  static func warnAboutEarlyPayments(_ ledger: Ledger, diagnostics: inout [Diagnostic]) {
    // Each number's first issue date, for the payments file's rows: none, no table.
    let hasPayments = !ledger.payments.isEmpty
    var issued: [String: Day] = [:]
    issued.reserveCapacity(hasPayments ? ledger.invoices.count : 0)
    // By index, reading fields in place: an invoice is a large value to copy.
    let invoices = ledger.invoices
    for index in invoices.indices {
      let day = invoices[index].issued
      if hasPayments {
        let number = invoices[index].number
        issued[number] = min(issued[number] ?? day, day)
      }
      if let paid = invoices[index].paidDay, paid < day, let position = invoices[index].position {
        let invoice = invoices[index]
        diagnostics.append(
          Diagnostic(
            file: position.file, line: position.line, column: position.column, severity: .warning,
            text: LocalizedText(
              en: "invoice \(code: invoice.number) is marked paid on \(day: paid), before it was issued on "
                + "\(day: invoice.issued)",
              ar: "الفاتورة \(code: invoice.number) مسجّلة مدفوعةً في \(day: paid)، قبل إصدارها في \(day: invoice.issued)"
            ),
            cause: "paid-before-issued"))
      }
    }
    for payment in ledger.payments {
      guard let day = issued[payment.invoiceNumber], payment.day < day, let position = payment.position else {
        continue
      }
      diagnostics.append(
        Diagnostic(
          file: position.file, line: position.line, column: position.column, severity: .warning,
          text: LocalizedText(
            en:
              "payment for invoice \(code: payment.invoiceNumber) is dated \(day: payment.day), before the invoice was "
              + "issued on \(day: day)",
            ar: "دفعة الفاتورة \(code: payment.invoiceNumber) مؤرخة في \(day: payment.day)، قبل إصدار الفاتورة في "
              + "\(day: day)"),
          cause: "payment-before-issued"))
    }
  }
}

extension LocalizedText {
  fileprivate static func duplicateInvoice(_ number: String, client: String, same: Bool, firstAt: String?)
    -> LocalizedText
  {
    let what =
      same
      ? LocalizedText(en: "is listed twice (same date and amount)", ar: "مذكورة مرتين (بالتاريخ والمبلغ نفسيهما)")
      : LocalizedText(en: "is listed twice with different figures", ar: "مذكورة مرتين بأرقام مختلفة")
    let place = firstAt.map { LocalizedText(en: " at \(code: $0)", ar: " في \(code: $0)") } ?? .empty
    return LocalizedText(
      en: "invoice \(code: number) for \(name: client) \(what); the first row\(place) is used; row skipped",
      ar: "الفاتورة \(code: number) للعميل \(name: client) \(what)؛ اعتُمد الصف الأول\(place)؛ فتُخطّي الصف")
  }
}
