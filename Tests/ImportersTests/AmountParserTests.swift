import Domain
import Testing

@testable import Importers

@Suite struct AmountParserTests {
  @Test(arguments: [
    ("1,234.56", 123_456, 2), ("1.234,56", 123_456, 2), ("$1,234.56", 123_456, 2), ("-12.00", -1200, 2),
    ("(12.00)", -1200, 2), ("12,50", 1250, 2), ("1 234,56", 123_456, 2), ("1\u{00A0}234,56", 123_456, 2),
    ("€12,50", 1250, 2), ("12.00 EUR", 1200, 2), ("USD 7", 7, 0), ("1,234,567", 1_234_567, 0),
    ("0.5", 5, 1), ("12.00-", -1200, 2), ("(€3.10)", -310, 2), ("1'234.50", 123_450, 2),
  ])
  func readsRealWorldAmounts(text: String, mantissa: Int, scale: Int) throws {
    let amount = try AmountParser.parse(text)
    #expect(amount.mantissa == Int128(mantissa))
    #expect(amount.scale == scale)
  }

  @Test func symbolImpliesCurrency() throws {
    #expect(try AmountParser.parse("€12,50").impliedCurrency == Currency(code: "EUR"))
    #expect(try AmountParser.parse("£3").impliedCurrency == Currency(code: "GBP"))
    #expect(try AmountParser.parse("12.00 CHF").impliedCurrency == Currency(code: "CHF"))
    #expect(try AmountParser.parse("12.00").impliedCurrency == nil)
  }

  @Test func loneSeparatorBeforeThreeDigitsFollowsTheHint() throws {
    #expect(try AmountParser.parse("1,234").mantissa == 1234)
    #expect(try AmountParser.parse("1,234").scale == 0)
    #expect(try AmountParser.parse("1.234").scale == 3)
    #expect(try AmountParser.parse("1.234", separator: .comma).mantissa == 1234)
    #expect(try AmountParser.parse("1.234", separator: .comma).scale == 0)
    #expect(try AmountParser.parse("1,234", separator: .comma).scale == 3)
  }

  @Test(arguments: ["12.3.4", "1e400", "abc", "1,2,3", "--5", "1.234.5", "12..5", ",5"])
  func rejectsWhatIsNotAnAmount(text: String) {
    #expect(throws: AmountParser.Failure.self) { try AmountParser.parse(text) }
  }

  @Test func emptyIsItsOwnFailure() {
    #expect(throws: AmountParser.Failure.empty) { try AmountParser.parse("  ") }
  }

  /// Plain decimals are read straight from their bytes; these sit at the edges of that reading and
  /// must come out as the general reading has them.
  @Test(arguments: [
    ("0012.50", "1250", 2), ("-0", "0", 0), ("-1.234", "-1234", 3), ("123456789012345678", "123456789012345678", 0),
    ("12345678901234567890.5", "123456789012345678905", 1), ("7", "7", 0), ("-0.05", "-5", 2),
  ])
  func plainDecimalsReadAsTheGeneralReadingDoes(text: String, mantissa: String, scale: Int) throws {
    let amount = try AmountParser.parse(text)
    #expect(amount.mantissa == Int128(mantissa))
    #expect(amount.scale == scale)
    #expect(amount.impliedCurrency == nil)
  }

  @Test func plainLookingTextThatIsNoAmountFails() throws {
    for text in ["5.", ".5", "--5", "-", "1.2.3", "1-2", "+-1"] {
      #expect(throws: AmountParser.Failure.self, "\(text)") { try AmountParser.parse(text) }
    }
    #expect(try AmountParser.parse("-1.234", separator: .comma).mantissa == -1234)
    #expect(try AmountParser.parse("-1.234", separator: .comma).scale == 0)
  }
}
