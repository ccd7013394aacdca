import Testing

@testable import Localization

/// Numbers in Arabic-Indic digits for people, and Arabic-Indic or Persian digits read back.
struct DigitsTests {
  private let arabicDigits = TextLocale(language: .ar, digits: .arabic)

  @Test func aNumberTakesArabicDigitsAndSeparators() {
    let number = TextArgument.number(DecimalNumber(scaled: -123_456_789, decimals: 2), grouped: true)
    #expect(number.rendered(in: arabicDigits) == "−١٬٢٣٤٬٥٦٧٫٨٩")
    #expect(number.rendered(in: .arabic) == "−1,234,567.89")
    #expect(number.rendered(in: .english) == "−1,234,567.89")
  }

  @Test func aPercentageTakesTheArabicPercentSign() {
    let percent = TextArgument.percent(DecimalNumber(scaled: 125, decimals: 1), signed: true)
    #expect(percent.rendered(in: arabicDigits) == "+١٢٫٥٪")
    #expect(percent.rendered(in: .english) == "+12.5%")
    #expect(
      TextArgument.percent(DecimalNumber(scaled: -20, decimals: 0), signed: true).rendered(in: .english) == "−20%")
  }

  @Test func aDayKeepsItsOrder() {
    let day = CalendarDay(year: 2026, month: 10, day: 3)
    #expect(TextArgument.day(day, .iso).rendered(in: arabicDigits) == "٢٠٢٦-١٠-٠٣")
    #expect(TextArgument.day(day, .long).rendered(in: arabicDigits) == "٣ أكتوبر ٢٠٢٦")
    #expect(TextArgument.day(day, .long).rendered(in: .english) == "3 October 2026")
    #expect(TextArgument.day(day, .iso).rendered(in: .english) == "2026-10-03")
  }

  @Test(arguments: [
    ("١٢٠٫٥", "120.5"), ("۱۲۰٫۵", "120.5"), ("١٬٢٣٤٫٥٠", "1,234.50"), ("٢٠٢٦-١٠-٣٠", "2026-10-30"),
    ("۲۰۲۶-۱۰-۳۰", "2026-10-30"), ("120.5", "120.5"), ("مكتبة ٣", "مكتبة 3"),
  ])
  func typedDigitsAreReadAsWesternOnes(typed: String, read: String) {
    #expect(Digits.westernized(typed) == read)
  }

  @Test func aQuarterIsNamedInArabic() {
    #expect(TextArgument.period(TrendLabel(year: 2026, quarter: 3)).rendered(in: arabicDigits) == "الربع ٣ ٢٠٢٦")
    #expect(TextArgument.period(TrendLabel(year: 2026, quarter: 3)).rendered(in: .english) == "2026-Q3")
    #expect(TextArgument.period(TrendLabel(year: 2026, month: 3)).rendered(in: arabicDigits) == "٢٠٢٦-٠٣")
  }
}
