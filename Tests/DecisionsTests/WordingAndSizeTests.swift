import Analysis
import Domain
import Localization
import Testing

@testable import Decisions

@Suite struct WordingTests {
  @Test(arguments: [
    (Fraction(41, 100), "41%"), (Fraction(1, 8), "12.5%"), (Fraction(32_623, 120_000), "27.2%"),
    (Fraction(1, 2), "50%"), (Fraction(-5), "−500%"), (Fraction(1, 2000), "0%"),
  ])
  func percentHasAtMostOneDecimal(share: Fraction, expected: String) {
    #expect(LocalizedText.same("\(percent: share)").englishText == expected)
  }

  @Test(arguments: [
    (Fraction(38), "38"), (Fraction(5, 2), "2.5"), (Fraction(-27, 2), "−13.5"), (Fraction(-3, 20), "−0.2"),
    (Fraction(-1, 20), "0"), (Fraction(1, 4), "0.2"), (Fraction(480, 487), "1"),
  ])
  func numberRoundsHalfToEvenToTenths(value: Fraction, expected: String) {
    #expect(LocalizedText.same("\(number: value)").englishText == expected)
  }

  @Test func moneyRoundsOnlyForTheSentence() {
    #expect(LocalizedText.same("\(money: Fraction(304_375, 9), Scenario.usd)").englishText == "$338.19")
    #expect(LocalizedText.same("\(count: Fraction.one, .month)").englishText == "1 month")
    #expect(LocalizedText.same("\(count: Fraction(6), .month)").englishText == "6 months")
    #expect(LocalizedText.same("\(count: Fraction(6), .month)").rendered(in: .arabic) == "6 أشهر")
  }
}

@Suite struct ClientSizeTests {
  static func client(_ name: String, invoiced: Int64) -> ClientFigures {
    var figures = Scenario.figures(invoiced: invoiced)
    figures.client = ClientKey(name)
    return figures
  }

  @Test func topHalfByInvoicedIsLargeTiesIncluded() {
    // Ranked 400, 300, 300, 100: the threshold is the 2nd amount, 300.
    let sizes = ClientSize.sizes(of: [
      Self.client("a", invoiced: 300), Self.client("b", invoiced: 100), Self.client("c", invoiced: 400),
      Self.client("d", invoiced: 300),
    ])
    #expect(sizes == [ClientKey("a"): .large, ClientKey("b"): .small, ClientKey("c"): .large, ClientKey("d"): .large])
  }

  @Test func oddCountRoundsTheHalfUp() {
    // Ranked 300, 200, 100: the threshold is the ⌈3/2⌉ = 2nd amount, 200.
    let sizes = ClientSize.sizes(of: [
      Self.client("a", invoiced: 100), Self.client("b", invoiced: 200), Self.client("c", invoiced: 300),
    ])
    #expect(sizes == [ClientKey("a"): .small, ClientKey("b"): .large, ClientKey("c"): .large])
  }

  @Test func aClientNeverInvoicedIsSmall() {
    #expect(ClientSize.sizes(of: [Self.client("a", invoiced: 0)]) == [ClientKey("a"): .small])
    #expect(ClientSize.sizes(of: [Self.client("a", invoiced: 1)]) == [ClientKey("a"): .large])
    #expect(ClientSize.sizes(of: []).isEmpty)
  }
}
