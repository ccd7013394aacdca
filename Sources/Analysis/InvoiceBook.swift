import Domain
import Localization

/// Every invoice that counts, with its due date and the receipts that settle it (spec §1), as of
/// one day: what every report over one ledger at that as-of reads, whatever its period, so one
/// book serves several (`FigureCalculator.invoiceBook(ledger:settings:)`).
///
/// Invoices whose status is ignored (void, draft, cancelled…) are left out entirely. A payments
/// file's rows for an invoice replace the invoice row's own paid date and paid amount; without
/// any, the row's paid columns make one receipt. The book covers the whole ledger, whatever the
/// period, so the warnings it raises are the same for every report over the same ledger.
public struct InvoiceBook: Sendable {
  /// One invoice and what was received against it, in ledger order.
  struct Entry: Sendable {
    var invoice: Invoice
    /// The invoice's due date, else its issue date + `paymentTermsDays`.
    var due: Day
    var receipts: [Receipt]
  }

  /// The invoices that count, in ledger order.
  private(set) var entries: [Entry] = []
  /// Payments for no known invoice, paid amounts with no date, and the like.
  private(set) var diagnostics: [Diagnostic] = []
  /// The day the book is as of, and the terms that date invoices without a due date.
  let asOf: Day
  let paymentTermsDays: Int

  /// Whether the book is the one `settings` read `ledger`'s invoices with at `asOf` (it was made
  /// from that ledger): the same as-of and the same payment terms.
  public func serves(_ settings: Settings, asOf: Day) -> Bool {
    self.asOf == asOf && paymentTermsDays == settings.paymentTermsDays
  }

  /// `asOf`: refunds dated later have not happened yet, and leave their invoice as it is.
  init(ledger: Ledger, paymentTermsDays: Int, asOf: Day) {
    self.asOf = asOf
    self.paymentTermsDays = paymentTermsDays
    // Without a payments file there is nothing to match: the table of numbers is not built.
    let matcher = ledger.payments.isEmpty ? nil : PaymentMatcher(invoices: ledger.invoices)
    var fileReceipts: [Int: [Receipt]] = [:]
    for payment in ledger.payments {
      guard let matcher else { break }
      switch matcher.match(payment) {
      case .invoice(let index):
        fileReceipts[index, default: []].append(
          Receipt(day: payment.day, amount: payment.amount, position: payment.position))
      case .ignoredInvoice:
        warn(at: payment.position, .paymentForIgnoredInvoice(payment), cause: "payment-for-ignored-invoice")
      case .unknown:
        warn(at: payment.position, .paymentForUnknownInvoice(payment), cause: "payment-for-unknown-invoice")
      case .ambiguous(let clients):
        let names = clients.map { ledger.clients.displayName(for: $0) }
        let named = payment.client.map { ledger.clients.displayName(for: $0) }
        warn(
          at: payment.position, .ambiguousPayment(payment, clients: names, named: named), cause: "ambiguous-payment")
      }
    }
    entries.reserveCapacity(ledger.invoices.count)
    let invoices = ledger.invoices
    // By index: an invoice (its names and texts) is copied once, into its entry.
    for index in invoices.indices where invoices[index].status != .ignored {
      let invoice = invoices[index]
      let receipts: [Receipt]
      if let listed = fileReceipts[index] {
        receipts = listed
      } else {
        receipts = rowReceipts(of: invoice)
      }
      let due = invoice.due ?? invoice.issued + paymentTermsDays
      var entry = Entry(invoice: invoice, due: due, receipts: receipts)
      settleRefunds(&entry, asOf: asOf)
      entries.append(entry)
    }
  }

  /// The one receipt an invoice row's paid columns make (spec §1), if any.
  private mutating func rowReceipts(of invoice: Invoice) -> [Receipt] {
    switch (invoice.paidDay, invoice.paidAmount) {
    case (let day?, let amount?):
      return [Receipt(day: day, amount: amount, position: invoice.position)]
    case (let day?, nil):
      return [Receipt(day: day, amount: invoice.amount, position: invoice.position)]
    case (nil, let amount?):
      // Exports such as Harvest's write a paid amount of 0 on unpaid invoices: nothing was received.
      guard !amount.isZero else { return [] }
      warn(at: invoice.position, .paidWithoutDate(invoice, amount: amount), cause: "paid-without-date")
      return [Receipt(day: nil, amount: amount, position: invoice.position)]
    case (nil, nil):
      return []
    }
  }

  /// A refund (a negative receipt by as-of) lowers the invoice's amount and its receipts alike,
  /// the latest first, as a credit note on that invoice would (spec §1): it reopens no balance and
  /// makes no lateness or days-to-pay item. More refunded than received lowers the amount by what
  /// was received; the rest stays a negative receipt, which lowers collected and nothing else.
  private mutating func settleRefunds(_ entry: inout Entry, asOf: Day) {
    guard !entry.invoice.isCreditNote else { return }
    let refunds = entry.receipts.indices.filter {
      entry.receipts[$0].amount.isNegative && entry.receipts[$0].isReceived(by: asOf)
    }
    guard !refunds.isEmpty else { return }
    let zero = Money.zero(entry.invoice.amount.currency)
    let at = entry.receipts[refunds[0]].position
    var left = -refunds.reduce(zero) { $0 + entry.receipts[$1].amount }
    let refunded = left
    // The latest payments first: undated ones are taken as the earliest.
    let receipts = entry.receipts
    let paid = receipts.indices.filter { !receipts[$0].amount.isNegative }
      .sorted { ((receipts[$0].day?.daysSinceEpoch ?? .min), $0) > ((receipts[$1].day?.daysSinceEpoch ?? .min), $1) }
    for index in paid where left.minorUnits > 0 {
      let cut = Money.min(left, entry.receipts[index].amount)
      entry.receipts[index].amount = entry.receipts[index].amount - cut
      left = left - cut
    }
    let settled = refunded - left
    entry.invoice.amount = entry.invoice.amount - settled
    var kept = entry.receipts.enumerated().filter { index, receipt in
      !refunds.contains(index) && !(receipt.amount.isZero && paid.contains(index))
    }.map(\.element)
    if left.minorUnits > 0, let last = refunds.last {
      kept.append(Receipt(day: entry.receipts[last].day, amount: -left, position: entry.receipts[last].position))
    }
    entry.receipts = kept
    note(at: at ?? entry.invoice.position, .refundSettled(entry.invoice, refunded: settled), cause: "refund-settled")
  }

  private mutating func note(at position: SourcePosition?, _ message: LocalizedText, cause: String) {
    diagnostics.append(
      Diagnostic(
        file: position?.file ?? "", line: position?.line, column: position?.column, severity: .note, text: message,
        cause: cause))
  }

  /// `cause` gathers the diagnostics of one kind in a file onto one line (`Diagnostic.cause`).
  private mutating func warn(at position: SourcePosition?, _ message: LocalizedText, cause: String) {
    let diagnostic = Diagnostic(
      file: position?.file ?? "", line: position?.line, column: position?.column, severity: .warning, text: message,
      cause: cause)
    if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
  }
}

extension LocalizedText {
  fileprivate static func paymentForUnknownInvoice(_ payment: Payment) -> LocalizedText {
    LocalizedText(
      en: "payment of \(money: payment.amount) on \(day: payment.day) is for invoice \(name: payment.invoiceNumber), "
        + "which no invoice file lists; it is not counted",
      ar: "دفعة بقيمة \(money: payment.amount) بتاريخ \(day: payment.day) تخص الفاتورة \(name: payment.invoiceNumber)، "
        + "ولا يذكرها أي ملف فواتير؛ لم تُحتسب")
  }

  fileprivate static func paymentForIgnoredInvoice(_ payment: Payment) -> LocalizedText {
    LocalizedText(
      en: "payment of \(money: payment.amount) on \(day: payment.day) is for invoice \(name: payment.invoiceNumber), "
        + "which is void, draft or cancelled; it is not counted",
      ar: "دفعة بقيمة \(money: payment.amount) بتاريخ \(day: payment.day) تخص الفاتورة \(name: payment.invoiceNumber)، "
        + "وهي ملغاة أو مسودة؛ لم تُحتسب")
  }

  fileprivate static func ambiguousPayment(_ payment: Payment, clients: [String], named: String?) -> LocalizedText {
    let names = clients.map { LocalizedText.same("\(name: $0)") }
    let who =
      named.map {
        LocalizedText(en: "names \(name: $0), who has none of them", ar: "تذكر \(name: $0)، وليس له أي منها")
      } ?? LocalizedText(en: "names no client", ar: "لا تذكر أي عميل")
    return LocalizedText(
      en: "payment of \(money: payment.amount) on \(day: payment.day) is for invoice \(name: payment.invoiceNumber), "
        + "a number \(list: names, .comma) each have, and the payment \(who); it is not counted",
      ar: "دفعة بقيمة \(money: payment.amount) بتاريخ \(day: payment.day) تخص الفاتورة \(name: payment.invoiceNumber)، "
        + "وهو رقم يحمله كل من \(list: names)، والدفعة \(who)؛ لم تُحتسب")
  }

  fileprivate static func refundSettled(_ invoice: Invoice, refunded: Money) -> LocalizedText {
    LocalizedText(
      en: "invoice \(name: invoice.number) was refunded \(money: refunded): its amount (now \(money: invoice.amount)) "
        + "and its payments are lowered alike, the latest first, so the refund reopens no balance and makes no lateness",
      ar: "رُدّ من الفاتورة \(name: invoice.number) مبلغ \(money: refunded): خُفّض مبلغها (وصار \(money: invoice.amount)) "
        + "ودفعاتها بالقدر نفسه، بدءًا بأحدثها، فلا يعيد الرد رصيدًا مستحقًا ولا يُحتسب تأخيرًا")
  }

  fileprivate static func paidWithoutDate(_ invoice: Invoice, amount: Money) -> LocalizedText {
    LocalizedText(
      en: "invoice \(name: invoice.number) records a paid amount of \(money: amount) but no paid date; "
        + "it is counted as collected but makes no lateness item",
      ar: "الفاتورة \(name: invoice.number) تسجّل مبلغًا مدفوعًا قدره \(money: amount) دون تاريخ دفع؛ "
        + "احتُسب محصّلًا لكنه لا يدخل في حساب التأخير")
  }
}
