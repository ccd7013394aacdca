import Analysis
import Domain

/// Turns the combined setting values and the imported ledger into the one `Settings` value the
/// calculation receives, and the ledger converted into the report currency.
struct SettingsResolver {
  let values: SettingValues
  /// Where a missing rate should be added, for the message.
  let settingsFile: String

  /// The report currency: the setting, else the only currency in the data; USD when the data has
  /// no amount at all (hours alone still make a report); an error when it has several.
  func currency(for ledger: Ledger) throws(CLIError) -> Currency {
    if let currency = values.currency { return currency }
    let found = ledger.currencies
    if found.count > 1 { throw .ambiguousCurrency(found) }
    return found.first ?? Self.fallbackCurrency
  }

  static var fallbackCurrency: Currency {
    guard let usd = Currency(code: "USD") else { preconditionFailure("USD is a three-letter code") }
    return usd
  }

  /// The settings and the ledger in the report currency.
  func resolve(_ ledger: Ledger) throws(CLIError) -> (settings: Settings, ledger: Ledger) {
    let currency = try currency(for: ledger)
    let converted: Ledger
    do {
      converted = try CurrencyConverter(target: currency, rates: values.rates).convert(ledger)
    } catch {
      switch error {
      case .missingRates(let missing): throw .missingRates(missing, settingsFile: settingsFile)
      case .tooLarge(let excess): throw .tooLarge(excess)
      }
    }
    var settings = Settings(currency: currency)
    settings.costRate = try money(values.costRate, in: currency)
    settings.targetRate = try money(values.targetRate, in: currency)
    if let value = values.capitalRate { settings.capitalRate = value }
    if let value = values.paymentTermsDays { settings.paymentTermsDays = value }
    if let value = values.writeOffAfterDays { settings.writeOffAfterDays = value }
    if let value = values.lateDaysThreshold { settings.lateDaysThreshold = value }
    if let value = values.nonBillableThreshold { settings.nonBillableThreshold = value }
    if let value = values.windowDays { settings.windowDays = value }
    if let value = values.horizonMonths { settings.horizonMonths = value }
    if let value = values.maxRateIncrease { settings.maxRateIncrease = value }
    if let value = values.exitCollectionRisk { settings.exitCollectionRisk = value }
    if let value = values.minHistoryDays { settings.minHistoryDays = value }
    if let value = values.fixDays { settings.fixDays = value }
    if let value = values.concentrationThreshold { settings.concentrationThreshold = value }
    settings.rates = values.rates
    // The currency each client is billed in, before the conversion makes every amount the report's.
    settings.clientCurrencies = ClientCurrency.of(ledger, reportCurrency: currency)
    // Sorted so that two spellings of one client resolve the same way on every run.
    for (name, terms) in values.clients.sorted(by: { $0.key < $1.key }) {
      settings.clients[ledger.clients.resolve(name)] = terms
    }
    settings.from = values.from
    settings.to = values.to
    settings.asOf = values.asOf
    return (settings, converted)
  }

  /// A money setting in the report currency; an error when it is more precise than the currency.
  func money(_ amount: MajorAmount?, in currency: Currency) throws(CLIError) -> Money? {
    guard let amount else { return nil }
    guard let money = amount.money(in: currency) else { throw .tooPrecise(amount, currency) }
    return money
  }
}
