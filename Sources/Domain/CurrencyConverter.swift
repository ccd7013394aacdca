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

  /// Target minor units per minor unit of `currency`: the rate with the two currencies' decimals
  /// allowed for; nil when no rate was declared.
  public func factor(for currency: Currency) -> Fraction? {
    if currency == target { return .one }
    guard let rate = rates[currency] else { return nil }
    return rate * Fraction(Int128(target.minorUnitsPerMajor), Int128(currency.minorUnitsPerMajor))
  }

  /// The amount in the target currency. Traps on a currency `checkCovers` would have rejected,
  /// or on a result no ledger within `LedgerBounds` can hold.
  public func convert(_ money: Money) -> Money {
    if money.currency == target { return money }
    guard let factor = factor(for: money.currency) else {
      preconditionFailure("no rate for \(money.currency); call checkCovers first")
    }
    return Money(exactMinorUnits: money.exact * factor, currency: target)
  }

  /// Why a ledger cannot be converted.
  public enum Failure: Error, Equatable, Sendable {
    case missingRates(MissingRates)
    case tooLarge(LedgerBounds.Excess)
  }

  /// The whole ledger in the target currency; every amount converted on its own. Fails when a
  /// currency has no rate, or when the converted ledger would not fit `LedgerBounds`.
  public func convert(_ ledger: Ledger) throws(Failure) -> Ledger {
    let currencies = ledger.currencies
    do {
      try checkCovers(currencies)
    } catch {
      throw .missingRates(error)
    }
    do {
      try LedgerBounds.check(ledger, converter: self)
    } catch {
      throw .tooLarge(error)
    }
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
