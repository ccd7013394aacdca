/// The largest ledger the figures can be computed for exactly: every sum and product of the
/// calculation then fits its integers, so no figure can overflow whatever the data holds.
///
/// Each value is range-checked where it is read (an importer names the cell); these bounds are on
/// the whole: the amounts of all files together, converted into the report currency, and all the
/// time tracked. Far above any freelancer's or agency's books (ten trillion dollars, thirty
/// thousand years of hours, dates from 1900 to 2199), they stop a file of absurd values with a message naming the row where
/// the total went past the bound, instead of a crash.
public enum LedgerBounds {
  /// Σ |amount| over every amount of the ledger, in minor units of the report currency.
  public static let money: Int128 = 1_000_000_000_000_000
  /// Σ seconds over every time entry: 277 million hours.
  public static let seconds: Int128 = 1_000_000_000_000
  /// The days a fact may be dated: a year like 0202 or 20260 is a typo, and days that far apart
  /// would make lateness and its cost meaningless (and, summed, too large to compute).
  public static let days = Day(daysSinceEpoch: -25_567)...Day(daysSinceEpoch: 84_005)

  /// The bound a ledger went past, and the fact that took it there.
  public struct Excess: Error, Equatable, Sendable {
    public enum Quantity: Sendable, Equatable {
      /// Money, in minor units of `currency` (the report currency).
      case money(Currency)
      case seconds
      /// A date outside `LedgerBounds.days`.
      case day(Day)
    }
    public var quantity: Quantity
    /// Where the fact that crossed the bound was read, when known.
    public var position: SourcePosition?

    public init(quantity: Quantity, position: SourcePosition?) {
      self.quantity = quantity
      self.position = position
    }
  }

  /// Checks that `ledger`'s amounts, converted with `converter`, and its time stay within the
  /// bounds. Call it before converting: the conversion itself is then safe.
  public static func check(_ ledger: Ledger, converter: CurrencyConverter) throws(Excess) {
    try checkDays(ledger)
    if isClearlyWithin(ledger, converter: converter) { return }
    try checkEachFact(ledger, converter: converter)
  }

  /// True when the ledger's sums stay within the bounds even if each time entry's converted value
  /// were a minor unit more than its rounding up gives: the time is then summed per currency, and
  /// a ledger near a bound is left to `checkEachFact`, which finds the fact at fault.
  private static func isClearlyWithin(_ ledger: Ledger, converter: CurrencyConverter) -> Bool {
    let time = ledger.timeEntries.magnitudes
    guard time.seconds <= Self.seconds else { return false }
    var total = MoneyTotal(converter: converter)
    total.sum = Int128(ledger.timeEntries.count)
    for (currency, sum) in time.values where !total.add(magnitude: sum, in: currency) { return false }
    for invoice in ledger.invoices {
      guard total.add(invoice.amount), total.add(invoice.paidAmount ?? .zero(converter.target)) else { return false }
    }
    for payment in ledger.payments where !total.add(payment.amount) { return false }
    for expense in ledger.expenses where !total.add(expense.amount) { return false }
    return true
  }

  /// Adds every fact up one by one, throwing at the first that passes a bound.
  private static func checkEachFact(_ ledger: Ledger, converter: CurrencyConverter) throws(Excess) {
    var seconds: Int128 = 0
    var total = MoneyTotal(converter: converter)
    // The time is read as plain figures; only the entry that crosses a bound is looked up whole,
    // for its row (walking to it is paid once, on the way to an error).
    var offset = 0
    for client in ledger.timeEntries.byClient {
      for entry in client {
        seconds += Int128(entry.seconds.magnitude)
        if seconds > Self.seconds {
          throw Excess(quantity: .seconds, position: ledger.timeEntries[offset].position)
        }
        if let value = entry.value, !total.add(value) { throw total.excess(at: ledger.timeEntries[offset].position) }
        offset += 1
      }
    }
    for invoice in ledger.invoices {
      guard total.add(invoice.amount), total.add(invoice.paidAmount ?? .zero(converter.target)) else {
        throw total.excess(at: invoice.position)
      }
    }
    for payment in ledger.payments where !total.add(payment.amount) { throw total.excess(at: payment.position) }
    for expense in ledger.expenses where !total.add(expense.amount) { throw total.excess(at: expense.position) }
  }

  private static func checkDays(_ ledger: Ledger) throws(Excess) {
    func check(_ day: Day?, _ position: SourcePosition?) throws(Excess) {
      if let day, !days.contains(day) { throw Excess(quantity: .day(day), position: position) }
    }
    // The log knows its first and last day: its entries are read only to find the row at fault.
    if let span = ledger.timeEntries.days, !(days.contains(span.lowerBound) && days.contains(span.upperBound)) {
      for entry in ledger.timeEntries { try check(entry.day, entry.position) }
    }
    for invoice in ledger.invoices {
      try check(invoice.issued, invoice.position)
      try check(invoice.due, invoice.position)
      try check(invoice.paidDay, invoice.position)
    }
    for payment in ledger.payments { try check(payment.day, payment.position) }
    for expense in ledger.expenses { try check(expense.day, expense.position) }
    for incident in ledger.incidents { try check(incident.day, incident.position) }
  }

  /// Σ |amount| in the report currency, each amount rounded up, so the sum bounds every converted
  /// amount and every sum of them.
  private struct MoneyTotal {
    let converter: CurrencyConverter
    var sum: Int128 = 0

    /// Adds `money`; false when the sum passes the bound (or `money` alone would).
    mutating func add(_ money: Money) -> Bool {
      add(magnitude: Int128(money.minorUnits.magnitude), in: money.currency)
    }

    /// Adds `magnitude` minor units of `currency`; false when the sum passes the bound.
    mutating func add(magnitude: Int128, in currency: Currency) -> Bool {
      let converted: Int128
      if currency == converter.target {
        converted = magnitude
      } else {
        // Every currency has a rate by now (`checkCovers`); one missing is left to the conversion.
        guard let factor = converter.factor(for: currency) else { return true }
        let (product, overflow) = magnitude.multipliedReportingOverflow(by: factor.numerator)
        guard !overflow else { return false }
        converted = (product + factor.denominator - 1) / factor.denominator
      }
      sum += converted
      return sum <= LedgerBounds.money
    }

    func excess(at position: SourcePosition?) -> Excess {
      Excess(quantity: .money(converter.target), position: position)
    }
  }
}
