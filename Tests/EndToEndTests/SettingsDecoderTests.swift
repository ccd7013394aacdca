import Analysis
import Domain
import Testing

@testable import ClientWorthCLI

/// `clientworth.json` → settings through the declarations: exact decimals, every value checked
/// against its sensible range, and every error naming its key path and position.
@Suite struct SettingsDecoderTests {
  private func decode(_ text: String) throws(SettingsError) -> SettingValues {
    SettingValues().applying(try SettingsDecoder(path: "clientworth.json").decode(Array(text.utf8)))
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
    #expect(values.costRate?.steps.first?.amount.money(in: euro) == Money(minorUnits: 8550, currency: euro))
    #expect(values.targetRate?.money(in: euro) == Money(minorUnits: 12000, currency: euro))
    let calculation = values.calculation
    #expect(calculation.capitalRate == Fraction(1, 10))
    #expect(calculation.paymentTermsDays == 14)
    #expect(calculation.writeOffAfterDays == 120)
    #expect(calculation.lateDaysThreshold == Fraction(15, 2))
    #expect(calculation.nonBillableThreshold == Fraction(3, 10))
    #expect(calculation.windowDays == 60)
    #expect(calculation.horizonMonths == Fraction(9, 2))
    #expect(calculation.maxRateIncrease == Fraction(1, 4))
    #expect(calculation.exitCollectionRisk == Fraction(1, 2))
    #expect(calculation.minHistoryDays == 45)
    #expect(calculation.fixDays == 21)
    #expect(calculation.concentrationThreshold == Fraction(2, 5))
    #expect(values.dateOrder == .dmy)
    #expect(values.aliases == [SettingEntry(name: "ACME Corp", value: "Acme", line: 7, column: 15)])
    #expect(
      values.clients == [
        SettingEntry(
          name: "Acme",
          value: ClientTerms(
            contractEnd: Day(year: 2026, month: 9, day: 30), wrapUpHours: Fraction(25, 2), billing: .advance),
          line: 8, column: 15)
      ])
    let gbp = try #require(Currency(code: "GBP"))
    #expect(values.rates == [try #require(usd): Fraction(92, 100), gbp: Fraction(10825, 10000)])
  }

  /// The defaults are the calculation's own: a file that sets nothing changes nothing.
  @Test func anEmptyFileKeepsTheDefaults() throws {
    let values = try decode("{}")
    let defaults = Settings(currency: .unknown)
    #expect(values.calculation.capitalRate == defaults.capitalRate)
    #expect(values.calculation.windowDays == defaults.windowDays)
    #expect(values.costRate == nil)
    #expect(values.aliases.isEmpty)
  }

  @Test func costRatesMayChangeFromDatesAndPeopleHaveTheirOwn() throws {
    let values = try decode(
      #"{"costRate": [{"from": "2026-01-01", "rate": 70}, {"rate": 65}], "people": {"Sam Reyes": "#
        + #"{"costRate": 40.5, "aliases": ["S. Reyes"]}}}"#)
    let dollars = try #require(usd)
    let standard = try #require(values.costRate?.rate(in: dollars).rate)
    #expect(standard.steps.map(\.from) == [nil, Day(iso: "2026-01-01")])
    #expect(standard.steps.map(\.rate.minorUnits) == [6_500, 7_000])
    #expect(values.people.map(\.name) == ["Sam Reyes"])
    #expect(values.people.first?.value.aliases == ["S. Reyes"])
    #expect(
      values.people.first?.value.costRate?.rate(in: dollars).rate
        == DatedRate(Money(minorUnits: 4_050, currency: dollars)))
  }

  @Test func moneySettingsMustFitTheCurrencysDecimals() throws {
    let values = try decode(#"{"costRate": 40.125, "targetRate": 1000}"#)
    #expect(values.costRate?.steps.first?.amount.money(in: try #require(usd)) == nil)
    #expect(
      values.costRate?.steps.first?.amount.money(in: try #require(Currency(code: "KWD")))
        == Money(minorUnits: 40125, currency: try #require(Currency(code: "KWD"))))
    #expect(values.targetRate?.money(in: try #require(jpy)) == Money(minorUnits: 1000, currency: try #require(jpy)))
    #expect(
      values.costRate?.steps.first?.amount.origin
        == .file(path: "clientworth.json", keyPath: "costRate", line: 1, column: 14))
  }

  @Test(arguments: [
    (#"{"costRate": "40"}"#, 1, 14, "costRate: must be a number, found a string"),
    (#"{"windowDays": 0}"#, 1, 16, "windowDays 0 is less than 1 day"),
    (#"{"paymentTermsDays": 2.5}"#, 1, 22, "paymentTermsDays 2.5 is not a whole number of days"),
    (#"{"paymentTermsDays": 2147483647}"#, 1, 22, "paymentTermsDays 2147483647 is more than 3,650 days"),
    (#"{"paymentTermsDays": 1e3}"#, 1, 22, "paymentTermsDays 1e3 is not a plain decimal number (write it like 0.25)"),
    (#"{"capitalRate": -0.1}"#, 1, 17, "capitalRate -0.1 is negative"),
    (#"{"capitalRate": 1e-1}"#, 1, 17, "capitalRate 1e-1 is not a plain decimal number (write it like 0.25)"),
    (#"{"capitalRate": 10}"#, 1, 17, "capitalRate 10 is 1,000% a year, more than 100%; did you mean 0.10?"),
    (#"{"capitalRate": 1000}"#, 1, 17, "capitalRate 1000 is 100,000% a year, more than 100%"),
    (
      #"{"capitalRate": 99999999999999999999999999999999999999999}"#, 1, 17,
      "capitalRate 99999999999999999999999999999999999999999 is more than 100%"
    ),
    (
      #"{"nonBillableThreshold": 25}"#, 1, 26,
      "nonBillableThreshold 25 is 2,500%, more than 100%; did you mean 0.25?"
    ),
    (#"{"maxRateIncrease": 50}"#, 1, 21, "maxRateIncrease 50 is 5,000%, more than 200%; did you mean 0.50?"),
    (#"{"exitCollectionRisk": 12.5}"#, 1, 24, "exitCollectionRisk 12.5 is 1,250%, more than 100%; did you mean 0.125?"),
    (#"{"horizonMonths": 1e308}"#, 1, 19, "horizonMonths 1e308 is not a plain decimal number (write it like 0.25)"),
    (#"{"horizonMonths": 1000000}"#, 1, 19, "horizonMonths 1000000 is more than 120 months"),
    (#"{"lateDaysThreshold": -1}"#, 1, 23, "lateDaysThreshold -1 is negative"),
    (
      #"{"costRate": 1000000000000000000000000000000}"#, 1, 14,
      "costRate 1000000000000000000000000000000 is too large: at most 100,000,000"
    ),
    (#"{"targetRate": 100000000.01}"#, 1, 16, "targetRate 100000000.01 is too large: at most 100,000,000"),
    (
      #"{"people": {"Sam": {"rate": 40}}}"#, 1, 21, #"unknown setting "people.Sam.rate" (known: "costRate", "aliases")"#
    ),
    (#"{"people": {"Sam": {"aliases": ["S"]}}}"#, 1, 20, #"people.Sam: "costRate" is missing"#),
    (#"{"people": {"Sam": {"costRate": -4}}}"#, 1, 33, "people.Sam.costRate -4 is negative"),
    (#"{"costRate": [{"from": "2026-01-01"}]}"#, 1, 15, #"costRate[0]: "rate" is missing"#),
    (#"{"costRate": [{"rate": 1}, {"rate": 2}]}"#, 1, 28, #"costRate[1]: a second rate without "from"; keep one"#),
    (
      #"{"costRate": [{"from": "2026-13-01", "rate": 3}]}"#, 1, 24,
      #"costRate[0].from "2026-13-01" is not a date (write it as YYYY-MM-DD)"#
    ),
    (#"{"costRate": []}"#, 1, 14, "costRate: the list of rates is empty"),
    (#"{"costRate": -40}"#, 1, 14, "costRate -40 is negative"),
    (#"{"currency": "US"}"#, 1, 14, "currency \"US\" is not a currency code (three letters, ISO 4217)"),
    (#"{"dateOrder": "iso"}"#, 1, 15, "dateOrder \"iso\" is not one of dmy, mdy"),
    (#"{"dateOrder": "dnm"}"#, 1, 15, "dateOrder \"dnm\" is not one of dmy, mdy; did you mean 'dmy'?"),
    (#"{"aliases": {"A": 1}}"#, 1, 19, "aliases.A: must be a string, found a number"),
    (
      #"{"aliases": {"Acme Ltd": "A", "ACME  ltd.": "B"}}"#, 1, 31,
      "aliases.ACME  ltd.: the same name as \"Acme Ltd\" (line 1) once case, spacing, '.' and ',' are set aside; "
        + "keep one"
    ),
    (#"{"clients": []}"#, 1, 13, "clients: must be an object, found an array"),
    (
      #"{"clients": {"Acme": {"contractEnd": "2026-02-30"}}}"#, 1, 38,
      "clients.Acme.contractEnd \"2026-02-30\" is not a date (write it as YYYY-MM-DD)"
    ),
    (
      #"{"clients": {"Acme": {"wrapUpHours": 100000}}}"#, 1, 38,
      "clients.Acme.wrapUpHours 100000 is more than 10,000 hours"
    ),
    (
      #"{"clients": {"Acme": {"billing": "monthly"}}}"#, 1, 34,
      "clients.Acme.billing \"monthly\" is not one of arrears, advance"
    ),
    (
      #"{"clients": {"Acme": {"wrapupHour": 3}}}"#, 1, 23,
      "unknown client setting \"clients.Acme.wrapupHour\"; did you mean \"wrapUpHours\"?"
    ),
    (#"{"rates": {"eur": 1.1}}"#, 1, 12, "rates.eur: not a currency code (three capital letters, ISO 4217)"),
    (#"{"rates": {"EUR": 0}}"#, 1, 19, "rates.EUR 0 is not above 0"),
    (
      #"{"rates": {"EUR": 123456789012345678901234567890}}"#, 1, 19,
      "rates.EUR 123456789012345678901234567890 is more than 1,000,000"
    ),
    (
      #"{"rates": {"EUR": 1.00000000000000000000000000001}}"#, 1, 19,
      "rates.EUR 1.00000000000000000000000000001 has more than 10 decimals"
    ),
    (#"{"rates": {"EUR": 2000000}}"#, 1, 19, "rates.EUR 2000000 is more than 1,000,000"),
    (#"{"targetrate": 100}"#, 1, 2, "unknown setting \"targetrate\"; did you mean \"targetRate\"?"),
    (
      #"{"colour": 1}"#, 1, 2,
      "unknown setting \"colour\" (known: \"currency\", \"costRate\", \"targetRate\", \"capitalRate\", "
        + "\"paymentTermsDays\", \"writeOffAfterDays\", \"lateDaysThreshold\", \"nonBillableThreshold\", "
        + "\"windowDays\", \"horizonMonths\", \"maxRateIncrease\", \"exitCollectionRisk\", \"minHistoryDays\", "
        + "\"fixDays\", \"concentrationThreshold\", \"people\", \"aliases\", \"clients\", \"rates\", \"dateOrder\", "
        + "\"timeWithoutClient\")"
    ),
    ("[1]", 1, 1, "the settings must be a JSON object, found an array"),
    ("{\n  \"currency\": \"USD\"\n  \"costRate\": 1\n}", 3, 3, "expected ',' or '}'"),
  ])
  func errorsNameTheKeyPathAndPosition(text: String, line: Int, column: Int, message: String) {
    #expect(thrownMessage { try decode(text) } == "clientworth.json:\(line):\(column): \(message)")
  }

  @Test func trailingZerosDoNotCountAsDecimalsNorLeadingZerosAsDigits() throws {
    let values = try decode(#"{"rates": {"EUR": 1.08000000000000000000000000}, "capitalRate": 0.100000000000}"#)
    #expect(values.rates == [try #require(eur): Fraction(108, 100)])
    #expect(values.calculation.capitalRate == Fraction(1, 10))
  }

  @Test func theLimitsThemselvesAreAccepted() throws {
    let values = try decode(
      #"{"capitalRate": 1, "paymentTermsDays": 3650, "windowDays": 1, "costRate": 100000000, "maxRateIncrease": 2}"#)
    #expect(values.calculation.capitalRate == .one)
    #expect(values.calculation.paymentTermsDays == 3650)
    #expect(values.costRate?.steps.first?.amount.value == Fraction(100_000_000))
  }

  @Test func flagsWinOverTheFile() throws {
    let file = try SettingsDecoder(path: "clientworth.json").decode(
      Array(#"{"capitalRate": 0.10, "windowDays": 30, "aliases": {"A": "B"}, "rates": {"EUR": 1.1}}"#.utf8))
    let window = try #require(SettingsCatalog.all.first { $0.key == "windowDays" }?.parse)
    let merged = SettingValues().applying(file + [try window("45", "--window <days>")])
    #expect(merged.calculation.windowDays == 45)
    #expect(merged.calculation.capitalRate == Fraction(1, 10))
    #expect(merged.aliases.map(\.value) == ["B"])
    #expect(merged.rates == [try #require(eur): Fraction(11, 10)])
  }

  /// 100,000 alias keys are read in linear time: the duplicate checks use a table, not a scan.
  @Test func manyAliasesAreReadQuickly() throws {
    var text = "{\"aliases\": {"
    text += (0..<100_000).map { "\"Client \($0)\": \"Target \($0 % 10)\"" }.joined(separator: ", ")
    text += "}}"
    let clock = ContinuousClock()
    let start = clock.now
    let values = try decode(text)
    let elapsed = clock.now - start
    #expect(values.aliases.count == 100_000)
    // Linear work is well under a second even in a debug build; the quadratic scan took minutes.
    #expect(elapsed < .seconds(20), "reading 100,000 aliases took \(elapsed)")
  }
}
