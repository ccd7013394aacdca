import Domain
import Testing

@Suite struct MoneyTests {
  let usd = Currency(code: "USD") ?? .unknown

  /// Seconds at an hourly rate, rounded half-to-even once: 90 minutes at $65.00 is $97.50; 30 and
  /// 90 minutes at one cent an hour are half a cent (to 0) and a cent and a half (to 2).
  @Test(arguments: [(Int64(5_400), Int64(6_500), Int64(9_750)), (1_800, 1, 0), (5_400, 1, 2), (-5_400, 1, -2)])
  func secondsAtAnHourlyRate(seconds: Int64, rate: Int64, expected: Int64) {
    #expect(
      Money.of(seconds: seconds, at: Money(minorUnits: rate, currency: usd))
        == Money(minorUnits: expected, currency: usd))
  }

  @Test func addsExactly() {
    let sum = Money(minorUnits: 10, currency: usd) + Money(minorUnits: 20, currency: usd)
    #expect(sum.minorUnits == 30)
  }

  @Test(arguments: [(5, 2, 2), (7, 2, 4), (-5, 2, -2), (-7, 2, -4), (10, 4, 2), (14, 4, 4), (1, 3, 0)])
  func roundsHalfToEven(numerator: Int, denominator: Int, expected: Int) {
    #expect(roundHalfEven(Int128(numerator), Int128(denominator)) == Int128(expected))
  }
}

@Suite struct MoneyFormattingTests {
  @Test(arguments: [
    (123_456, "USD", "$1,234.56"), (-1200, "EUR", "-€12.00"), (1200, "JPY", "¥1,200"), (5, "USD", "$0.05"),
    (1_234_567, "KWD", "1,234.567 KWD"), (100_000_000, "CHF", "1,000,000.00 CHF"),
  ])
  func formatsWithGroupingAndSymbol(minor: Int, code: String, expected: String) throws {
    let currency = try #require(Currency(code: code))
    #expect(Money(minorUnits: Int64(minor), currency: currency).formatted() == expected)
  }

  @Test func wholeUnitsRoundHalfToEven() throws {
    let usd = try #require(Currency(code: "USD"))
    #expect(Money(minorUnits: 250, currency: usd).formatted(decimals: false) == "$2")
    #expect(Money(minorUnits: 350, currency: usd).formatted(decimals: false) == "$4")
    #expect(Money(minorUnits: -49, currency: usd).formatted(decimals: false) == "$0")
  }
}

@Suite struct FractionTests {
  @Test func parsesDecimalsExactly() throws {
    #expect(Fraction(decimal: "0.10") == Fraction(1, 10))
    #expect(Fraction(decimal: "1.0825") == Fraction(433, 400))
    #expect(Fraction(decimal: "-3") == Fraction(-3))
    #expect(Fraction(decimal: "1e3") == nil)
    #expect(Fraction(decimal: "") == nil)
  }

  @Test func arithmeticStaysExact() {
    let third = Fraction(1, 3)
    #expect(third + third + third == .one)
    #expect(Fraction(487, 16) / Fraction(90) == Fraction(487, 1440))
    #expect(Fraction(5, 2).roundedHalfEven() == 2)
    #expect(Fraction(-7, 2).roundedHalfEven() == -4)
  }

  @Test func convertsCurrenciesOneAmountAtATime() throws {
    let usd = try #require(Currency(code: "USD"))
    let eur = try #require(Currency(code: "EUR"))
    let jpy = try #require(Currency(code: "JPY"))
    let converter = CurrencyConverter(
      target: usd, rates: [eur: Fraction(decimal: "1.085")!, jpy: Fraction(decimal: "0.0067")!])
    // 10.05 EUR × 1.085 = 10.90425 USD → 10.90
    #expect(converter.convert(Money(minorUnits: 1005, currency: eur)) == Money(minorUnits: 1090, currency: usd))
    // 1,500 JPY × 0.0067 = 10.05 USD
    #expect(converter.convert(Money(minorUnits: 1500, currency: jpy)) == Money(minorUnits: 1005, currency: usd))
    #expect(throws: CurrencyConverter.MissingRates.self) { try converter.checkCovers([Currency(code: "GBP")!, eur]) }
  }
}
