import Domain

/// The invoices and payments of a ledger as a `Scenario` changes them (docs/spec.md "What if"):
/// scaled with the work they bill, due on new terms with their payments moved alike, part paid
/// by a deposit on the issue date, or dropped.
struct InvoiceTransform {
  private(set) var invoices: [Invoice]
  private(set) var payments: [Payment]
  /// The invoice each payment settles, by index; nil for a payment that settles none.
  private var settles: [Int?]
  let asOf: Day
  let paymentTermsDays: Int

  init(ledger: Ledger, asOf: Day, paymentTermsDays: Int) {
    invoices = ledger.invoices
    payments = ledger.payments
    let matcher = PaymentMatcher(invoices: ledger.invoices)
    settles = ledger.payments.map { payment in
      if case .invoice(let index) = matcher.match(payment) { return index }
      return nil
    }
    self.asOf = asOf
    self.paymentTermsDays = paymentTermsDays
  }

  /// The indices of `client`'s invoices that count (not void, draft or cancelled).
  private func counted(_ client: ClientKey) -> [Int] {
    invoices.indices.filter { invoices[$0].client == client && invoices[$0].status != .ignored }
  }

  /// The indices of the payments of invoice `index`.
  private func paymentsOf(_ index: Int) -> [Int] { payments.indices.filter { settles[$0] == index } }

  /// Every amount of `client`'s invoices and of their payments times `factor` (a rate change).
  mutating func scale(_ client: ClientKey, by factor: Fraction) {
    for index in counted(client) { scaleInvoice(index, by: factor) }
  }

  /// Each invoice of `client` grown with the billable seconds added to its span:
  /// (span seconds + added) ÷ span seconds; a span without billable seconds keeps its invoices.
  mutating func scaleBySpan(_ client: ClientKey, spans: InvoiceSpans, added: [Int: Int128]) {
    for index in counted(client) where invoices[index].issued <= asOf {
      guard let span = spans.span(issued: invoices[index].issued), let more = added[span], more != 0 else { continue }
      let seconds = spans.spans[span].seconds
      guard seconds > 0 else { continue }
      scaleInvoice(index, by: Fraction(seconds + more, seconds))
    }
  }

  private mutating func scaleInvoice(_ index: Int, by factor: Fraction) {
    invoices[index].amount = invoices[index].amount.multiplied(by: factor)
    invoices[index].paidAmount = invoices[index].paidAmount?.multiplied(by: factor)
    for payment in paymentsOf(index) { payments[payment].amount = payments[payment].amount.multiplied(by: factor) }
  }

  /// Every invoice of `client` due `days` after its issue date; each payment moves by as many days
  /// as its due date did (the client keeps its habit), never before the issue date.
  mutating func setTerms(_ client: ClientKey, days: Int) {
    for index in counted(client) {
      let invoice = invoices[index]
      let due = invoice.issued + days
      let shift = due - (invoice.due ?? invoice.issued + paymentTermsDays)
      invoices[index].due = due
      invoices[index].paidDay = invoice.paidDay.map { max(invoice.issued, $0 + shift) }
      for payment in paymentsOf(index) {
        payments[payment].day = max(invoice.issued, payments[payment].day + shift)
      }
    }
  }

  /// `share` of each invoice of `client` (credit notes apart) paid on its issue date; its other
  /// payments shrink by that share (an invoice paid in full stays paid in full). An invoice row
  /// with a paid amount and no date is left as it is: its payment has no day to move.
  mutating func addDeposit(_ client: ClientKey, share: Fraction) {
    for index in counted(client) where !invoices[index].isCreditNote {
      let invoice = invoices[index]
      let deposit = invoice.amount.multiplied(by: share)
      guard !deposit.isZero else { continue }
      var rest = paymentsOf(index)
      if rest.isEmpty, let day = invoice.paidDay {
        // The row's own payment becomes a payments-file row, which replaces it (spec §1).
        payments.append(
          Payment(invoiceNumber: invoice.number, client: client, day: day, amount: invoice.paidAmount ?? invoice.amount)
        )
        settles.append(index)
        rest = [payments.count - 1]
        (invoices[index].paidDay, invoices[index].paidAmount) = (nil, nil)
      } else if rest.isEmpty && invoice.paidAmount != nil {
        continue
      }
      let paid = rest.reduce(Money.zero(invoice.amount.currency)) { $0 + payments[$1].amount }
      for payment in rest { payments[payment].amount = payments[payment].amount.multiplied(by: .one - share) }
      if paid == invoice.amount, let last = rest.last {
        let shrunk = rest.reduce(Money.zero(invoice.amount.currency)) { $0 + payments[$1].amount }
        payments[last].amount += invoice.amount - deposit - shrunk
      }
      payments.append(Payment(invoiceNumber: invoice.number, client: client, day: invoice.issued, amount: deposit))
      settles.append(index)
    }
  }

  /// One invoice for each of `amounts` (a refill's months: the issue day and what it bills), paid
  /// on its issue day.
  mutating func addPaid(for client: ClientKey, amounts: [(issued: Day, amount: Money)]) {
    for (issued, amount) in amounts {
      invoices.append(
        Invoice(number: "REFILL-\(issued)", client: client, issued: issued, amount: amount, paidDay: issued))
    }
  }

  /// `client`'s invoices and their payments left out.
  mutating func drop(_ client: ClientKey) {
    let kept = payments.indices.filter { settles[$0].map { invoices[$0].client != client } ?? true }
    payments = kept.map { payments[$0] }
    let settled = kept.map { settles[$0] }
    let remaining = invoices.indices.filter { invoices[$0].client != client }
    var newIndex: [Int: Int] = [:]
    for (position, index) in remaining.enumerated() { newIndex[index] = position }
    settles = settled.map { $0.flatMap { newIndex[$0] } }
    invoices = remaining.map { invoices[$0] }
  }
}
