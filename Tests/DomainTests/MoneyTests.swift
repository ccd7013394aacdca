import Domain
import Testing

@Suite struct MoneyTests {
  let usd = Currency(code: "USD")!

  @Test func addsExactly() {
    let sum = Money(minorUnits: 10, currency: usd) + Money(minorUnits: 20, currency: usd)
    #expect(sum.minorUnits == 30)
  }

  @Test(arguments: [(5, 2, 2), (7, 2, 4), (-5, 2, -2), (-7, 2, -4), (10, 4, 2), (14, 4, 4), (1, 3, 0)])
  func roundsHalfToEven(numerator: Int, denominator: Int, expected: Int) {
    #expect(roundHalfEven(Int128(numerator), Int128(denominator)) == Int128(expected))
  }
}
