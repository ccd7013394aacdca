import Domain

/// Where one invoice stands at as-of (spec §4): what was received, what is still open, whether
/// the open part is bad debt, and the lateness items it makes.
struct InvoiceStanding: Sendable {
  /// Σ receipts received by as-of (undated ones included).
  let collected: Money
  /// The shortfall of receipts against the amount when positive, else zero. Credit notes have none.
  let openBalance: Money
  /// as-of − due date; zero or less when not yet due.
  let daysPastDue: Int
  /// True when the open balance is bad debt: more than `writeOffAfterDays` past due, or the
  /// status says uncollectible.
  let isBadDebt: Bool
  let latenessItems: [LatenessItem]
  /// Days from issue to each dated receipt, weighted by its amount (spec §4 avgDaysToPay).
  let daysToPay: WeightedMean

  init(_ entry: InvoiceBook.Entry, asOf: Day, writeOffAfterDays: Int) {
    (collected, openBalance, isBadDebt) = Self.balance(of: entry, asOf: asOf, writeOffAfterDays: writeOffAfterDays)
    daysPastDue = asOf - entry.due
    guard !entry.invoice.isCreditNote else {
      latenessItems = []
      daysToPay = WeightedMean()
      return
    }
    let issued = entry.invoice.issued
    var items: [LatenessItem] = []
    var toPay = WeightedMean()
    // A refund the book could not set against a payment lowers collected, and is no payment.
    for receipt in entry.receipts where receipt.isReceived(by: asOf) && !receipt.amount.isNegative {
      guard let day = receipt.day else { continue }
      items.append(
        LatenessItem(
          amount: receipt.amount, daysLate: max(0, day - entry.due), isBadDebt: false, paidOn: day,
          daysToPay: day - issued, position: receipt.position))
      toPay.add(days: day - issued, weight: receipt.amount)
    }
    if !openBalance.isZero && daysPastDue > 0 {
      items.append(LatenessItem(amount: openBalance, daysLate: daysPastDue, isBadDebt: isBadDebt))
    }
    latenessItems = items
    daysToPay = toPay
  }

  /// What was collected by as-of, the open balance and whether it is bad debt: the standing
  /// without its lateness, which is all earned revenue reads of each invoice.
  static func balance(
    of entry: InvoiceBook.Entry, asOf: Day, writeOffAfterDays: Int
  ) -> (collected: Money, open: Money, isBadDebt: Bool) {
    let amount = entry.invoice.amount
    var collected = Money.zero(amount.currency)
    for receipt in entry.receipts where receipt.isReceived(by: asOf) { collected = collected + receipt.amount }
    // A credit note's receipts (refunds, or the note marked paid) still count in collected, so a
    // refunded credit note nets to nothing outstanding; but it is money owed to the client, so
    // it has no open balance, no lateness and no days to pay (spec §1).
    guard !amount.isNegative else { return (collected, .zero(amount.currency), false) }
    let open = Money.max(.zero(amount.currency), amount - collected)
    let isBadDebt =
      !open.isZero && (entry.invoice.status == .uncollectible || asOf - entry.due > writeOffAfterDays)
    return (collected, open, isBadDebt)
  }

  /// The open balance when it is bad debt, else zero.
  var badDebt: Money { isBadDebt ? openBalance : .zero(openBalance.currency) }
}
