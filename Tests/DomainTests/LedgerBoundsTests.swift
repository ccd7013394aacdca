import Domain
import Testing

/// The whole ledger's bounds: the fact that takes a total past one is named, before any figure
/// could overflow.
@Suite struct LedgerBoundsTests {
  let usd = Currency(code: "USD") ?? .unknown
  let eur = Currency(code: "EUR") ?? .unknown

  private func invoice(_ minor: Int64, _ currency: Currency, line: Int) -> Invoice {
    Invoice(
      number: "\(line)", client: ClientKey("Acme"), issued: Day(daysSinceEpoch: 20_454),
      amount: Money(minorUnits: minor, currency: currency),
      position: SourcePosition(file: "i.csv", line: line, column: 5))
  }

  @Test func theRowThatCrossesTheMoneyBoundIsNamed() {
    var ledger = Ledger()
    // Ten rows of a hundred trillion cents reach the bound exactly; the eleventh (a credit note:
    // sizes count without sign) goes past it.
    for line in 2...11 { ledger.invoices.append(invoice(100_000_000_000_000, usd, line: line)) }
    let converter = CurrencyConverter(target: usd, rates: [:])
    #expect(throws: Never.self) { try LedgerBounds.check(ledger, converter: converter) }
    ledger.invoices.append(invoice(-1, usd, line: 12))
    #expect(
      throws: LedgerBounds.Excess(quantity: .money(usd), position: SourcePosition(file: "i.csv", line: 12, column: 5))
    ) {
      try LedgerBounds.check(ledger, converter: converter)
    }
  }

  @Test func foreignAmountsCountAtTheirConvertedSize() {
    var ledger = Ledger()
    ledger.invoices.append(invoice(700_000_000_000_000, eur, line: 2))
    let converter = CurrencyConverter(target: usd, rates: [eur: Fraction(decimal: "1.5")!])
    let excess = LedgerBounds.Excess(quantity: .money(usd), position: SourcePosition(file: "i.csv", line: 2, column: 5))
    #expect(throws: CurrencyConverter.Failure.tooLarge(excess)) { _ = try converter.convert(ledger) }
    // A rate so large that the product leaves 128 bits is past the bound too, not a trap.
    let absurd = CurrencyConverter(target: usd, rates: [eur: Fraction(Int128.max / 2)])
    #expect(throws: LedgerBounds.Excess.self) { try LedgerBounds.check(ledger, converter: absurd) }
  }

  /// The time is first summed per currency, with room for each entry's rounding up; a ledger
  /// whose sums come that close to a bound is added up entry by entry, as exactly as ever.
  @Test func timeValuesNearTheBoundAreAddedUpOneByOne() {
    let day = Day(daysSinceEpoch: 20_454)
    let converter = CurrencyConverter(target: usd, rates: [eur: Fraction(decimal: "1.5")!])
    func ledger(entries: Int) -> Ledger {
      var ledger = Ledger()
      // The invoices leave room for four entries of one euro cent, each 2 cents once rounded up.
      ledger.invoices.append(invoice(Int64(LedgerBounds.money) - 8, usd, line: 2))
      ledger.timeEntries = TimeLog(
        (0..<entries).map { index in
          TimeEntry(
            day: day + index, client: ClientKey("A"), seconds: 60, billable: true,
            value: Money(minorUnits: 1, currency: eur),
            position: SourcePosition(file: "t.csv", line: 2 + index, column: 1))
        })
      return ledger
    }
    #expect(throws: Never.self) { try LedgerBounds.check(ledger(entries: 4), converter: converter) }
    // The time is added before the invoices: the invoice is what goes past.
    #expect(
      throws: LedgerBounds.Excess(quantity: .money(usd), position: SourcePosition(file: "i.csv", line: 2, column: 5))
    ) {
      try LedgerBounds.check(ledger(entries: 5), converter: converter)
    }
  }

  /// An entry that folds rows names the first of them.
  @Test func theTimeThatCrossesTheSecondsBoundIsNamed() {
    var ledger = Ledger()
    let day = Day(daysSinceEpoch: 20_454)
    let half = Int64(LedgerBounds.seconds / 2)
    ledger.timeEntries = [
      TimeEntry(
        day: day, client: ClientKey("A"), seconds: half, position: SourcePosition(file: "t.csv", line: 2, column: 4)),
      TimeEntry(
        day: day, client: ClientKey("B"), seconds: half + 1, position: SourcePosition(file: "t.csv", line: 3, column: 4)
      ),
    ]
    #expect(
      throws: LedgerBounds.Excess(quantity: .seconds, position: SourcePosition(file: "t.csv", line: 3, column: 1))
    ) {
      try LedgerBounds.check(ledger, converter: CurrencyConverter(target: usd, rates: [:]))
    }
  }
}

@Suite struct LedgerDayBoundsTests {
  @Test func theBoundsAreTheFirstDayOf1900AndTheLastOf2199() {
    #expect(LedgerBounds.days.lowerBound.description == "1900-01-01")
    #expect(LedgerBounds.days.upperBound.description == "2199-12-31")
  }

  @Test(arguments: [(1899, 12, 31, true), (1900, 1, 1, false), (2199, 12, 31, false), (2200, 1, 1, true)])
  func datesOutside1900To2199AreNamed(year: Int, month: Int, day: Int, fails: Bool) throws {
    let usd = try #require(Currency(code: "USD"))
    let date = try #require(Day(year: year, month: month, day: day))
    var ledger = Ledger()
    let position = SourcePosition(file: "x.csv", line: 7, column: 1)
    ledger.expenses = [Expense(day: date, client: ClientKey("A"), amount: .zero(usd), position: position)]
    let check = { try LedgerBounds.check(ledger, converter: CurrencyConverter(target: usd, rates: [:])) }
    if fails {
      #expect(throws: LedgerBounds.Excess(quantity: .day(date), position: position)) { try check() }
    } else {
      #expect(throws: Never.self) { try check() }
    }
  }
}
