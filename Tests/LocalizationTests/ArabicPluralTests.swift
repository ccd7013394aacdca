import Testing

@testable import Localization

/// The six forms of an Arabic count (CLDR's plural categories), by the number's last two digits.
struct ArabicPluralTests {
  private let arabic = TextLocale(language: .ar, digits: .arabic)

  private func days(_ count: Int, _ grammaticalCase: CountedNoun.Case = .nominative) -> String {
    TextArgument.count(DecimalNumber(count), .day, grammaticalCase).rendered(in: arabic)
  }

  @Test(arguments: [
    (0, "٠ يوم"), (1, "يوم واحد"), (2, "يومان"), (3, "٣ أيام"), (10, "١٠ أيام"), (11, "١١ يومًا"), (99, "٩٩ يومًا"),
    (100, "١٠٠ يوم"), (101, "١٠١ يوم"), (102, "١٠٢ يوم"), (103, "١٠٣ أيام"), (111, "١١١ يومًا"),
    (1000, "١٬٠٠٠ يوم"), (1011, "١٬٠١١ يومًا"),
  ])
  func daysTakeTheFormTheirNumberAsks(count: Int, expected: String) {
    #expect(days(count) == expected)
  }

  @Test func theDualChangesWithItsCase() {
    #expect(days(2, .nominative) == "يومان")
    #expect(days(2, .oblique) == "يومين")
    // Only the dual: every other form is the same in every case.
    #expect(days(3, .oblique) == "٣ أيام")
  }

  @Test func aFractionTakesTheSingularGenitive() {
    let months = TextArgument.count(DecimalNumber(scaled: 25, decimals: 1), .month, .nominative)
    #expect(months.rendered(in: arabic) == "٢٫٥ شهر")
    let whole = TextArgument.count(DecimalNumber(scaled: 60, decimals: 1), .month, .nominative)
    #expect(whole.rendered(in: arabic) == "٦٫٠ شهر")
  }

  @Test(arguments: [
    (0, ArabicPlural.zero), (1, .one), (2, .two), (3, .few), (10, .few), (11, .many), (99, .many), (100, .other),
    (101, .other), (102, .other), (103, .few), (110, .few), (111, .many), (199, .many), (200, .other),
  ])
  func categories(number: Int, category: ArabicPlural) {
    #expect(ArabicPlural(DecimalNumber(number)) == category)
  }

  @Test func englishHasASingularAndAPlural() {
    #expect(TextArgument.count(DecimalNumber(1), .day, .nominative).rendered(in: .english) == "1 day")
    #expect(TextArgument.count(DecimalNumber(0), .day, .nominative).rendered(in: .english) == "0 days")
    #expect(TextArgument.count(DecimalNumber(1200), .hour, .nominative).rendered(in: .english) == "1,200 hours")
    #expect(
      TextArgument.count(DecimalNumber(scaled: 10, decimals: 1), .month, .nominative).rendered(in: .english)
        == "1.0 months")
  }

  @Test(arguments: [
    (1, "عميل واحد"), (2, "عميلان"), (5, "5 عملاء"), (12, "12 عميلًا"), (100, "100 عميل"),
  ])
  func clientsWithWesternDigits(count: Int, expected: String) {
    #expect(TextArgument.count(DecimalNumber(count), .client, .nominative).rendered(in: .arabic) == expected)
  }
}
