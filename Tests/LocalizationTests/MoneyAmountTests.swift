import Testing

@testable import Localization

/// Money in each language: English's symbols before the number, Arabic's code after it.
struct MoneyAmountTests {
  private func money(_ scaled: Int128, _ decimals: Int, _ code: String, perHour: Bool = false) -> TextArgument {
    .money(MoneyAmount(DecimalNumber(scaled: scaled, decimals: decimals), currencyCode: code, perHour: perHour))
  }

  @Test func english() {
    #expect(money(123_450, 2, "USD").rendered(in: .english) == "$1,234.50")
    #expect(money(-1200, 0, "EUR").rendered(in: .english) == "−€1,200")
    #expect(money(123_456, 2, "CHF").rendered(in: .english) == "1,234.56 CHF")
    #expect(money(7200, 2, "USD", perHour: true).rendered(in: .english) == "$72.00/h")
  }

  @Test func arabic() {
    let arabicDigits = TextLocale(language: .ar, digits: .arabic)
    #expect(money(123_450, 2, "USD").rendered(in: arabicDigits) == "١٬٢٣٤٫٥٠\u{A0}USD")
    #expect(money(123_450, 2, "USD").rendered(in: .arabic) == "1,234.50\u{A0}USD")
    #expect(money(-1200, 0, "EUR").rendered(in: .arabic) == "−1,200\u{A0}EUR")
    #expect(money(7200, 2, "USD", perHour: true).rendered(in: arabicDigits) == "٧٢٫٠٠\u{A0}USD للساعة")
  }

  @Test func theEnglishOfMoneyFormattedKeepsAnASCIIMinus() {
    #expect(MoneyAmount(DecimalNumber(scaled: -1200, decimals: 2), currencyCode: "USD").englishPlainSign == "-$12.00")
  }
}
