/// Converts amounts into the report currency with declared rates (spec §1: report-currency units
/// per one foreign unit, rounded half-to-even to the minor unit, one amount at a time).
public struct CurrencyConverter: Sendable {
  /// A currency appeared for which no rate was declared.
  public struct MissingRates: Error, Equatable, Sendable {
    public let target: Currency
    public let currencies: [Currency]
  }

  public let target: Currency
  public let rates: [Currency: Fraction]

  public init(target: Currency, rates: [Currency: Fraction]) {
    self.target = target
    self.rates = rates
  }

  /// Throws `MissingRates` naming every currency of `currencies` that has no rate.
  public func checkCovers(_ currencies: [Currency]) throws(MissingRates) {
    let missing = currencies.filter { $0 != target && rates[$0] == nil }.sorted()
    if !missing.isEmpty { throw MissingRates(target: target, currencies: missing) }
  }

  /// The amount in the target currency. Traps on a currency `checkCovers` would have rejected.
  public func convert(_ money: Money) -> Money {
    if money.currency == target { return money }
    guard let rate = rates[money.currency] else {
      preconditionFailure("no rate for \(money.currency); call checkCovers first")
    }
    let scale = Fraction(
      Int128(target.minorUnitsPerMajor), Int128(money.currency.minorUnitsPerMajor))
    return Money(exactMinorUnits: money.exact * rate * scale, currency: target)
  }

  /// The whole ledger in the target currency; every amount converted on its own.
  public func convert(_ ledger: Ledger) throws(MissingRates) -> Ledger {
    let currencies = ledger.currencies
    try checkCovers(currencies)
    guard currencies.contains(where: { $0 != target }) else { return ledger }
    var result = ledger
    // Only what changes is written: time in the target currency is not copied.
    result.timeEntries.convertValues { value, _ in convert(value) }
    for index in result.invoices.indices {
      result.invoices[index].amount = convert(result.invoices[index].amount)
      result.invoices[index].paidAmount = result.invoices[index].paidAmount.map(convert)
    }
    for index in result.payments.indices {
      result.payments[index].amount = convert(result.payments[index].amount)
    }
    for index in result.expenses.indices {
      result.expenses[index].amount = convert(result.expenses[index].amount)
    }
    return result
  }
}
