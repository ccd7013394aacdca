import Domain

extension FigureCalculator {
  /// The default as-of (spec §3): the latest date among all time entries, invoice issue dates and
  /// payment dates, over the whole ledger whatever the period; nil for a ledger with none.
  ///
  /// Payment dates are the payments files' dates and the invoice rows' paid dates. Invoices whose
  /// status is ignored (void, draft, cancelled…) are left out with their payments, issue and paid
  /// dates alike: the spec ignores them, and a draft dated ahead must not move the report's day.
  public static func defaultAsOf(_ ledger: Ledger) -> Day? {
    var latest: Day?
    func see(_ day: Day?) {
      guard let day else { return }
      latest = max(latest ?? day, day)
    }
    see(ledger.timeEntries.days?.upperBound)
    for invoice in ledger.invoices where invoice.status != .ignored {
      see(invoice.issued)
      see(invoice.paidDay)
    }
    let matcher = PaymentMatcher(invoices: ledger.invoices)
    for payment in ledger.payments where matcher.match(payment) != .ignoredInvoice { see(payment.day) }
    return latest
  }
}
