import Analysis
import Domain
import Importers
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
    do {
      _ = try resolver.resolve(mixed)
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
    do {
      _ = try resolver.resolve(ledger(amounts))
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

  @Test func settingsBecomeTheCalculationsSettings() throws {
    var values = SettingValues()
    values.currency = try currency("USD")
    values.rates = [try currency("EUR"): Fraction(108, 100)]
    values.costRate = MajorAmount(
      value: Fraction(8550, 100), text: "85.50",
      origin: .flag(
        label: "--cost-rate <amount>", command: "clientworth report", usage: "clientworth report [<options>]"))
    values.windowDays = 60
    values.aliases = ["ACME Corp": "Acme"]
    values.clients = ["ACME Corp.": ClientTerms(wrapUpHours: Fraction(3))]
    var data = ledger([Money(minorUnits: 1001, currency: try currency("EUR"))])
    data.clients = ClientDirectory(aliases: values.aliases)
    let (settings, converted) = try SettingsResolver(values: values, settingsFile: "clientworth.json").resolve(data)
    #expect(settings.costRate == Money(minorUnits: 8550, currency: try currency("USD")))
    #expect(settings.windowDays == 60)
    #expect(settings.capitalRate == Fraction(1, 10))
    #expect(settings.clients == [ClientKey("Acme"): ClientTerms(wrapUpHours: Fraction(3))])
    // 10.01 EUR × 1.08 = 10.8108 USD → 10.81.
    #expect(converted.invoices.map(\.amount) == [Money(minorUnits: 1081, currency: try currency("USD"))])
  }

  @Test func aFlagTooPreciseForTheCurrencyIsAUsageError() throws {
    var values = SettingValues()
    values.currency = try currency("JPY")
    values.costRate = MajorAmount(
      value: Fraction(105, 10), text: "10.5",
      origin: .flag(
        label: "--cost-rate <amount>", command: "clientworth report", usage: "clientworth report [<options>]"))
    do {
      _ = try SettingsResolver(values: values, settingsFile: "clientworth.json").resolve(Ledger())
      Issue.record("expected an error")
    } catch {
      let (message, status) = ErrorPresenter.present(error)
      #expect(status == .usage)
      #expect(
        message == """
          Error: The value '10.5' is invalid for '--cost-rate <amount>': it has more decimals than JPY has (0).
          Usage: clientworth report [<options>]
            See 'clientworth report --help' for more information.

          """)
    }
  }
}

@Suite struct ErrorPresenterTests {
  @Test func aFileThatCannotBeReadExitsWithNoInput() {
    let failure = ImportError(file: "t.csv", message: "cannot read: read failed", unreadable: true)
    let (message, status) = ErrorPresenter.present(.importFailed(failure))
    #expect(message == "t.csv: error: cannot read: read failed\n")
    #expect(status == .noInput)
    let (_, dataStatus) = ErrorPresenter.present(.importFailed(ImportError(file: "t.csv", message: "bad")))
    #expect(dataStatus == .dataError)
  }
}
