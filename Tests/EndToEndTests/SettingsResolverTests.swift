import Analysis
import Domain
import Importers
import Localization
import Testing

@testable import ClientWorthCLI

/// The report currency, the conversion and the messages when either cannot be decided.
@Suite struct SettingsResolverTests {
  private func currency(_ code: String) throws -> Currency { try #require(Currency(code: code)) }

  private func ledger(_ amounts: [Money]) -> Ledger {
    var ledger = Ledger()
    for (index, amount) in amounts.enumerated() {
      ledger.invoices.append(
        Invoice(
          number: "\(index)", client: ClientKey("Acme"), issued: Day(daysSinceEpoch: 20_000), amount: amount))
    }
    return ledger
  }

  @Test func theOnlyCurrencyInTheDataIsTheReportCurrency() throws {
    let eur = try currency("EUR")
    let resolver = SettingsResolver(values: SettingValues(), settingsFile: "clientworth.json")
    #expect(try resolver.currency(for: ledger([Money(minorUnits: 100, currency: eur)])) == eur)
    #expect(try resolver.currency(for: ledger([])) == currency("USD"))
  }

  @Test func severalCurrenciesWithoutASettingIsAnError() throws {
    let resolver = SettingsResolver(values: SettingValues(), settingsFile: "clientworth.json")
    let mixed = ledger([
      Money(minorUnits: 1, currency: try currency("USD")), Money(minorUnits: 1, currency: try currency("EUR")),
    ])
    do throws(CLIError) {
      _ = try resolver.resolve(mixed, period: PeriodBounds())
      Issue.record("expected an error")
    } catch {
      let (message, status) = ErrorPresenter.present(error)
      #expect(status == .dataError)
      #expect(
        message == "error: the data has amounts in EUR, USD: set \"currency\" in clientworth.json or pass --currency\n")
    }
  }

  @Test func missingRatesListEveryCurrencyAndTheLinesToAdd() throws {
    var values = SettingValues()
    values.currency = try currency("USD")
    values.rates = [try currency("CHF"): Fraction(11, 10)]
    let resolver = SettingsResolver(values: values, settingsFile: "data/clientworth.json")
    let amounts = try ["USD", "GBP", "EUR", "CHF"].map { Money(minorUnits: 100, currency: try currency($0)) }
    do throws(CLIError) {
      _ = try resolver.resolve(ledger(amounts), period: PeriodBounds())
      Issue.record("expected an error")
    } catch {
      let (message, status) = ErrorPresenter.present(error)
      #expect(status == .dataError)
      #expect(
        message == """
          error: no exchange rate into USD for EUR, GBP
            add to "rates" in data/clientworth.json, with the number of USD one unit is worth:
              "rates": {
                "EUR": <USD per 1 EUR>,
                "GBP": <USD per 1 GBP>
              }

          """)
    }
  }

  private static let flagOrigin = SettingOrigin.flag(label: "--cost-rate <amount>")

  @Test func settingsBecomeTheCalculationsSettings() throws {
    var values = SettingValues()
    values.currency = try currency("USD")
    values.rates = [try currency("EUR"): Fraction(108, 100)]
    values.costRate = DatedAmount(MajorAmount(value: Fraction(8550, 100), text: "85.50", origin: Self.flagOrigin))
    values.calculation.windowDays = 60
    values.aliases = [SettingEntry(name: "ACME Corp", value: "Acme", line: 2, column: 3)]
    values.clients = [
      SettingEntry(name: "ACME Corp.", value: ClientTerms(wrapUpHours: Fraction(3)), line: 3, column: 3)
    ]
    var data = ledger([Money(minorUnits: 1001, currency: try currency("EUR"))])
    data.clients = ClientDirectory(aliases: values.importOptions.aliases)
    _ = data.clients.key(for: "ACME Corp")
    let asOf = Day(year: 2026, month: 6, day: 30)
    let resolution = try SettingsResolver(values: values, settingsFile: "clientworth.json").resolve(
      data, period: PeriodBounds(from: nil, to: nil, asOf: asOf))
    let settings = resolution.settings
    #expect(settings.currency == (try currency("USD")))
    #expect(settings.costRate == Money(minorUnits: 8550, currency: try currency("USD")))
    #expect(settings.windowDays == 60)
    #expect(settings.capitalRate == Fraction(1, 10))
    #expect(settings.asOf == asOf)
    #expect(settings.clients == [ClientKey("Acme"): ClientTerms(wrapUpHours: Fraction(3))])
    #expect(resolution.warnings.isEmpty)
    // 10.01 EUR × 1.08 = 10.8108 USD → 10.81.
    #expect(resolution.ledger.invoices.map(\.amount) == [Money(minorUnits: 1081, currency: try currency("USD"))])
  }

  /// An entry of `clients` or `aliases` naming no client of the data is said, with the nearest
  /// name, and makes no client.
  @Test func entriesNamingNoClientAreWarnedAboutAndIgnored() throws {
    var values = SettingValues()
    values.aliases = [
      SettingEntry(name: "Acme Corp", value: "Acme", line: 2, column: 5),
      SettingEntry(name: "Kettle and Crane", value: "Kettle & Crane Lt", line: 3, column: 5),
    ]
    values.clients = [
      SettingEntry(name: "Acme", value: ClientTerms(wrapUpHours: Fraction(1)), line: 6, column: 5),
      SettingEntry(name: "Pinecrest Legal", value: ClientTerms(wrapUpHours: Fraction(2)), line: 7, column: 5),
      SettingEntry(name: "Zzyzx", value: ClientTerms(wrapUpHours: Fraction(3)), line: 8, column: 5),
    ]
    var data = ledger([Money(minorUnits: 100, currency: try currency("USD"))])
    data.clients = ClientDirectory(aliases: values.importOptions.aliases)
    for name in ["Acme", "Kettle & Crane Ltd", "Pinecrest Legal LLP"] { _ = data.clients.key(for: name) }
    let resolution = try SettingsResolver(values: values, settingsFile: "data/clientworth.json").resolve(
      data, period: PeriodBounds())
    #expect(resolution.settings.clients == [ClientKey("Acme"): ClientTerms(wrapUpHours: Fraction(1))])
    #expect(
      resolution.warnings.map(\.description) == [
        "data/clientworth.json:7:5: warning: clients.\"Pinecrest Legal\": 'Pinecrest Legal' is not a client in the "
          + "data, so the entry is ignored; did you mean 'Pinecrest Legal LLP'?",
        "data/clientworth.json:8:5: warning: clients.\"Zzyzx\": 'Zzyzx' is not a client in the data, so the entry "
          + "is ignored",
        "data/clientworth.json:3:5: warning: aliases.\"Kettle and Crane\": 'Kettle & Crane Lt' is not a client in "
          + "the data, so the entry is ignored; did you mean 'Kettle & Crane Ltd'?",
      ])
    #expect(!resolution.ledger.clients.keys.contains(ClientKey("Zzyzx")))
  }

  /// Each person's rate and every alias of it reach the calculation by name key; a spelling that
  /// names two people is an error; an entry none of whose spellings names a person of the time is
  /// a warning with the nearest name.
  @Test func peopleBecomeCostRatesByEverySpelling() throws {
    let usd = try currency("USD")
    var values = SettingValues()
    values.costRate = DatedAmount(MajorAmount(value: Fraction(65), text: "65", origin: Self.flagOrigin))
    values.people = [
      SettingEntry(
        name: "Sam Reyes",
        value: PersonCost(
          costRate: DatedAmount(MajorAmount(value: Fraction(81, 2), text: "40.5", origin: Self.flagOrigin)),
          aliases: ["S. Reyes"]), line: 3, column: 5),
      SettingEntry(
        name: "Ann Lee",
        value: PersonCost(costRate: DatedAmount(MajorAmount(value: Fraction(50), text: "50", origin: Self.flagOrigin))),
        line: 4, column: 5),
    ]
    var data = ledger([Money(minorUnits: 100, currency: usd)])
    data.timeEntries.append(
      TimeEntry(day: Day(daysSinceEpoch: 20_000), client: ClientKey("Acme"), person: "S. REYES", seconds: 60))
    let resolution = try SettingsResolver(values: values, settingsFile: "clientworth.json").resolve(
      data, period: PeriodBounds())
    let rates = resolution.settings.costRates
    #expect(rates.rate(of: "s reyes", on: Day(daysSinceEpoch: 0)) == Money(minorUnits: 4_050, currency: usd))
    #expect(rates.rate(of: "Sam Reyes", on: Day(daysSinceEpoch: 0)) == Money(minorUnits: 4_050, currency: usd))
    #expect(rates.rate(of: "Maya", on: Day(daysSinceEpoch: 0)) == Money(minorUnits: 6_500, currency: usd))
    #expect(
      resolution.warnings.map(\.description) == [
        "clientworth.json:4:5: warning: people.\"Ann Lee\": no time of the data is by 'Ann Lee' or its aliases, so "
          + "the entry costs nothing"
      ])
    values.people[1] = SettingEntry(
      name: "Ann Lee", value: PersonCost(costRate: values.people[1].value.costRate, aliases: ["sam reyes"]), line: 4,
      column: 5)
    #expect(throws: CLIError.self) {
      try SettingsResolver(values: values, settingsFile: "clientworth.json").resolve(data, period: PeriodBounds())
    }
  }

  /// A money setting more precise than the report currency is refused before the files are read
  /// when the currency is known by then.
  @Test func moneyIsCheckedBeforeTheImportWhenTheCurrencyIsKnown() throws {
    var values = SettingValues()
    values.currency = try currency("JPY")
    let refund = MajorAmount(value: Fraction(15, 10), text: "1.5", origin: .flag(label: "--refund <amount>"))
    #expect(throws: CLIError.self) {
      try SettingsResolver(values: values, settingsFile: "clientworth.json").checkMoneyBeforeImport([refund])
    }
    values.currency = nil
    try SettingsResolver(values: values, settingsFile: "clientworth.json").checkMoneyBeforeImport([refund])
  }

  @Test func aFlagTooPreciseForTheCurrencyIsAUsageError() throws {
    var values = SettingValues()
    values.currency = try currency("JPY")
    values.costRate = DatedAmount(MajorAmount(value: Fraction(105, 10), text: "10.5", origin: Self.flagOrigin))
    do throws(CLIError) {
      _ = try SettingsResolver(values: values, settingsFile: "clientworth.json").resolve(
        Ledger(), period: PeriodBounds())
      Issue.record("expected an error")
    } catch {
      let (message, status) = ErrorPresenter.present(error, running: ReportCommand.info(parent: "clientworth"))
      #expect(status == .usage)
      #expect(
        message == """
          error: '--cost-rate 10.5' has more decimals than JPY has (0)
          Usage: clientworth report [<options>] [<file> ...]
            See 'clientworth report --help' for more information.

          """)
    }
  }
}

@Suite struct ErrorPresenterTests {
  @Test func aFileThatCannotBeReadExitsWithNoInput() {
    let failure = ImportError(file: "t.csv", text: .untranslated("cannot read: read failed"), unreadable: true)
    let (message, status) = ErrorPresenter.present(.importFailed(failure))
    #expect(message == "t.csv: error: cannot read: read failed\n")
    #expect(status == .noInput)
    let (_, dataStatus) = ErrorPresenter.present(.importFailed(ImportError(file: "t.csv", text: .untranslated("bad"))))
    #expect(dataStatus == .dataError)
  }
}
