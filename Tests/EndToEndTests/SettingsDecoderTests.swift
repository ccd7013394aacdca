import Analysis
import Domain
import Testing

@testable import ClientWorthCLI

/// `clientworth.json` → settings: exact decimals, and every error naming its key path.
@Suite struct SettingsDecoderTests {
  private func decode(_ text: String) throws(SettingsError) -> SettingValues {
    try SettingsDecoder(path: "clientworth.json").decode(Array(text.utf8))
  }

  private let usd = Currency(code: "USD")
  private let eur = Currency(code: "EUR")
  private let jpy = Currency(code: "JPY")

  @Test func everySettingIsReadExactly() throws {
    let values = try decode(
      """
      {
        "currency": "eur", "costRate": 85.50, "targetRate": 120, "capitalRate": 0.10,
        "paymentTermsDays": 14, "writeOffAfterDays": 120, "lateDaysThreshold": 7.5,
        "nonBillableThreshold": 0.3, "windowDays": 60, "horizonMonths": 4.5, "maxRateIncrease": 0.25,
        "exitCollectionRisk": 0.5, "minHistoryDays": 45, "fixDays": 21, "concentrationThreshold": 0.4,
        "dateOrder": "dmy",
        "aliases": {"ACME Corp": "Acme"},
        "clients": {"Acme": {"contractEnd": "2026-09-30", "wrapUpHours": 12.5, "billing": "advance"}},
        "rates": {"USD": 0.92, "GBP": 1.0825}
      }
      """)
    let euro = try #require(eur)
    #expect(values.currency == euro)
    #expect(values.costRate?.money(in: euro) == Money(minorUnits: 8550, currency: euro))
    #expect(values.targetRate?.money(in: euro) == Money(minorUnits: 12000, currency: euro))
    #expect(values.capitalRate == Fraction(1, 10))
    #expect(values.paymentTermsDays == 14)
    #expect(values.writeOffAfterDays == 120)
    #expect(values.lateDaysThreshold == Fraction(15, 2))
    #expect(values.nonBillableThreshold == Fraction(3, 10))
    #expect(values.windowDays == 60)
    #expect(values.horizonMonths == Fraction(9, 2))
    #expect(values.maxRateIncrease == Fraction(1, 4))
    #expect(values.exitCollectionRisk == Fraction(1, 2))
    #expect(values.minHistoryDays == 45)
    #expect(values.fixDays == 21)
    #expect(values.concentrationThreshold == Fraction(2, 5))
    #expect(values.dateOrder == .dmy)
    #expect(values.aliases == ["ACME Corp": "Acme"])
    #expect(
      values.clients == [
        "Acme": ClientTerms(
          contractEnd: Day(year: 2026, month: 9, day: 30), wrapUpHours: Fraction(25, 2), billing: .advance)
      ])
    let gbp = try #require(Currency(code: "GBP"))
    #expect(values.rates == [try #require(usd): Fraction(92, 100), gbp: Fraction(10825, 10000)])
  }

  @Test func moneySettingsMustFitTheCurrencysDecimals() throws {
    let values = try decode(#"{"costRate": 40.125, "targetRate": 1000}"#)
    #expect(values.costRate?.money(in: try #require(usd)) == nil)
    #expect(
      values.costRate?.money(in: try #require(Currency(code: "KWD")))
        == Money(minorUnits: 40125, currency: try #require(Currency(code: "KWD"))))
    #expect(values.targetRate?.money(in: try #require(jpy)) == Money(minorUnits: 1000, currency: try #require(jpy)))
    #expect(values.costRate?.origin == .file(path: "clientworth.json", keyPath: "costRate", line: 1, column: 14))
  }

  @Test(arguments: [
    (#"{"costRate": "40"}"#, 1, 14, "costRate: must be a number, found a string"),
    (#"{"windowDays": 0}"#, 1, 16, "windowDays: must be a whole number of 1 or more, found 0"),
    (#"{"paymentTermsDays": 2.5}"#, 1, 22, "paymentTermsDays: must be a whole number of 0 or more, found 2.5"),
    (#"{"capitalRate": -0.1}"#, 1, 17, "capitalRate: must not be negative, found -0.1"),
    (#"{"capitalRate": 1e-1}"#, 1, 17, "capitalRate: write the number as a plain decimal (like 0.25), found 1e-1"),
    (#"{"currency": "US"}"#, 1, 14, "currency: not a currency code (three letters, ISO 4217): \"US\""),
    (#"{"dateOrder": "ymd"}"#, 1, 15, "dateOrder: must be \"dmy\" or \"mdy\", found \"ymd\""),
    (#"{"aliases": {"A": 1}}"#, 1, 19, "aliases.A: must be a string, found a number"),
    (#"{"clients": []}"#, 1, 13, "clients: must be an object, found an array"),
    (
      #"{"clients": {"Acme": {"contractEnd": "2026-02-30"}}}"#, 1, 38,
      "clients.Acme.contractEnd: not a date (YYYY-MM-DD): \"2026-02-30\""
    ),
    (
      #"{"clients": {"Acme": {"wrapupHour": 3}}}"#, 1, 23,
      "unknown client setting \"clients.Acme.wrapupHour\"; did you mean \"wrapUpHours\"?"
    ),
    (#"{"rates": {"eur": 1.1}}"#, 1, 12, "rates.eur: not a currency code (three capital letters, ISO 4217)"),
    (#"{"rates": {"EUR": 0}}"#, 1, 19, "rates.EUR: must be more than 0"),
    (#"{"targetrate": 100}"#, 1, 2, "unknown setting \"targetrate\"; did you mean \"targetRate\"?"),
    (
      #"{"colour": 1}"#, 1, 2,
      "unknown setting \"colour\" (known: \"currency\", \"costRate\", \"targetRate\", \"capitalRate\", "
        + "\"paymentTermsDays\", \"writeOffAfterDays\", \"lateDaysThreshold\", \"nonBillableThreshold\", "
        + "\"windowDays\", \"horizonMonths\", \"maxRateIncrease\", \"exitCollectionRisk\", \"minHistoryDays\", "
        + "\"fixDays\", \"concentrationThreshold\", \"aliases\", \"clients\", \"rates\", \"dateOrder\")"
    ),
    (
      #"{"clients": {"Acme": {"billing": "monthly"}}}"#, 1, 34,
      "clients.Acme.billing: must be \"arrears\" or \"advance\", found \"monthly\""
    ),
    (#"{"fixDays": -1}"#, 1, 13, "fixDays: must be a whole number of 0 or more, found -1"),
    ("[1]", 1, 1, "the settings must be a JSON object, found an array"),
    ("{\n  \"currency\": \"USD\"\n  \"costRate\": 1\n}", 3, 3, "expected ',' or '}'"),
  ])
  func errorsNameTheKeyPathAndPosition(text: String, line: Int, column: Int, message: String) {
    #expect(throws: SettingsError(file: "clientworth.json", line: line, column: column, message: message)) {
      try decode(text)
    }
  }

  @Test func flagsWinOverTheFile() throws {
    var file = try decode(#"{"capitalRate": 0.10, "windowDays": 30, "aliases": {"A": "B"}, "rates": {"EUR": 1.1}}"#)
    file.asOf = Day(year: 2026, month: 1, day: 1)
    var flags = SettingValues()
    flags.windowDays = 45
    flags.asOf = Day(year: 2026, month: 6, day: 30)
    let merged = file.overridden(by: flags)
    #expect(merged.windowDays == 45)
    #expect(merged.capitalRate == Fraction(1, 10))
    #expect(merged.asOf == Day(year: 2026, month: 6, day: 30))
    #expect(merged.aliases == ["A": "B"])
    #expect(merged.rates == [try #require(eur): Fraction(11, 10)])
  }
}
