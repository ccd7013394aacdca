import Domain
import Localization
import Testing

@testable import Reports

@Suite struct NumberTextTests {
  @Test(arguments: [
    ("2.345", 2, "2.34"), ("2.355", 2, "2.36"), ("2.3451", 2, "2.35"), ("-2.345", 2, "-2.34"),
    ("-2.355", 2, "-2.36"), ("0.5", 0, "0"), ("1.5", 0, "2"), ("2.5", 0, "2"), ("-0.004", 2, "0.00"),
    ("12", 2, "12.00"), ("0.05", 4, "0.0500"), ("1234567.891", 1, "1234567.9"),
  ])
  func decimalRoundsHalfToEven(value: String, digits: Int, expected: String) throws {
    let fraction = try #require(Fraction(decimal: value))
    #expect(NumberText.decimal(fraction, digits: digits) == expected)
  }

  @Test func thirdsNeverShowAnExponent() {
    #expect(NumberText.decimal(Fraction(1, 3), digits: 4) == "0.3333")
    #expect(NumberText.decimal(Fraction(-2, 3), digits: 4) == "-0.6667")
    #expect(NumberText.decimal(Fraction(1, 10_000_000), digits: 4) == "0.0000")
  }

  @Test func moneyInMajorUnitsWithTheCurrencysDecimals() throws {
    let usd = try #require(Currency(code: "USD"))
    let jpy = try #require(Currency(code: "JPY"))
    let kwd = try #require(Currency(code: "KWD"))
    #expect(NumberText.major(Money(minorUnits: 123_450, currency: usd)) == "1234.50")
    #expect(NumberText.major(Money(minorUnits: -1200, currency: usd)) == "-12.00")
    #expect(NumberText.major(Money(minorUnits: 1200, currency: jpy)) == "1200")
    #expect(NumberText.major(Money(minorUnits: 5, currency: kwd)) == "0.005")
    // 1234.565 cents per hour → 1235 cents (half to even: 1234.5 would give 1234).
    #expect(NumberText.major(exactMinorUnits: Fraction(246_913, 200), currency: usd) == "12.35")
    #expect(NumberText.major(exactMinorUnits: Fraction(2469, 2), currency: usd) == "12.34")
    #expect(NumberText.major(exactMinorUnits: Fraction(-2471, 2), currency: usd) == "-12.36")
  }

  @Test func hoursFromSeconds() {
    #expect(NumberText.hours(seconds: 5400, digits: 2) == "1.50")
    #expect(NumberText.hours(seconds: 144_900, digits: 1) == "40.2")  // 40.25 → 40.2, half to even
    #expect(NumberText.hours(seconds: 1, digits: 2) == "0.00")
  }

  @Test func percentages() {
    #expect(NumberText.percent(Fraction(183, 1000), digits: 1, signed: true) == "+18.3%")
    #expect(NumberText.percent(Fraction(-1, 3), digits: 1, signed: true) == "−33.3%")
    #expect(NumberText.percent(Fraction(1, 1000), digits: 0, signed: true) == "0%")
    #expect(NumberText.percent(Fraction(1, 2), digits: 0) == "50%")
  }

  @Test(arguments: [
    ("0", "0"), ("999.5", "999.5"), ("1000", "1,000"), ("-1234567.25", "−1,234,567.25"), ("123456", "123,456"),
  ])
  func grouping(plain: String, expected: String) {
    #expect(MinusSign.forReading(DecimalNumber.grouped(plain)) == expected)
  }
}
