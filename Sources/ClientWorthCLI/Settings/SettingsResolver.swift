import Analysis
import Domain
import Localization

/// Where the settings meet the data: the report currency, the ledger converted into it, money
/// settings in it, per-client terms by client, and a warning for every entry of `clients` or
/// `aliases` that names no client of the data (it never makes one).
struct SettingsResolver {
  /// The settings and the ledger a calculation runs on, and what the settings file got wrong.
  struct Resolution: Sendable {
    let settings: Settings
    let ledger: Ledger
    let warnings: [Diagnostic]
  }

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

  /// The money settings (and `extra`, such as `--refund`) in the report currency, checked before
  /// the data is read when the currency is already known; nothing to check when it is not.
  func checkMoneyBeforeImport(_ extra: [MajorAmount] = []) throws(CLIError) {
    guard let currency = values.currency else { return }
    for amount in [values.targetRate].compactMap(\.self) + extra {
      _ = try money(amount, in: currency)
    }
    _ = try costRates(in: currency)
  }

  /// The default and the people's cost rates in the report currency; an error for a rate more
  /// precise than the currency, or a spelling that names two people.
  func costRates(in currency: Currency) throws(CLIError) -> CostRates {
    func rate(_ amount: DatedAmount?) throws(CLIError) -> DatedRate? {
      guard let amount else { return nil }
      let (rate, tooPrecise) = amount.rate(in: currency)
      if let tooPrecise { throw .tooPrecise(tooPrecise, currency) }
      return rate
    }
    var rates = CostRates(standard: try rate(values.costRate))
    var named: [ClientKey: String] = [:]
    for person in values.people {
      guard let personRate = try rate(person.value.costRate) else { continue }
      for spelling in [person.name] + person.value.aliases {
        let key = ClientKey(spelling)
        if let other = named[key], other != person.name {
          throw .settings(
            SettingsError(
              file: settingsFile, line: person.line, column: person.column,
              message: .spellingOfTwoPeople(spelling, other, person.name)))
        }
        named[key] = person.name
        rates.people[key] = personRate
      }
    }
    return rates
  }

  /// The settings and the ledger in the report currency, over `period`.
  func resolve(_ ledger: Ledger, period: PeriodBounds) throws(CLIError) -> Resolution {
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
    var settings = values.calculation
    settings.currency = currency
    settings.costRates = try costRates(in: currency)
    for person in values.people {
      for spelling in [person.name] + person.value.aliases { settings.personNames[ClientKey(spelling)] = person.name }
    }
    settings.targetRate = try money(values.targetRate, in: currency)
    settings.from = period.from
    settings.to = period.to
    settings.asOf = period.asOf
    settings.rates = values.rates
    // The currency each client is billed in, before the conversion makes every amount the report's.
    settings.clientCurrencies = ClientCurrency.of(ledger, reportCurrency: currency)
    let known = KnownClients(ledger.clients)
    for entry in values.clients where known.contains(ledger.clients.resolve(entry.name)) {
      settings.clients[ledger.clients.resolve(entry.name)] = entry.value
    }
    let unknownTerms = values.clients.filter { !known.contains(ledger.clients.resolve($0.name)) }.map {
      (entry: $0.name, client: $0.name, line: $0.line, column: $0.column)
    }
    let unknownTargets = values.aliases.filter { !known.contains(ClientKey($0.value)) }.map {
      (entry: $0.name, client: $0.value, line: $0.line, column: $0.column)
    }
    let warnings =
      known.warnings("clients", unknownTerms, file: settingsFile)
      + known.warnings("aliases", unknownTargets, file: settingsFile) + unknownPeople(in: ledger)
    return Resolution(settings: settings, ledger: converted, warnings: warnings)
  }

  /// A warning for each entry of `people` none of whose spellings names a person of the time,
  /// with the nearest person's name: its rate costs nothing, and a typo would leave it unused.
  func unknownPeople(in ledger: Ledger) -> [Diagnostic] {
    guard !values.people.isEmpty else { return [] }
    var people: [ClientKey: String] = [:]
    for name in ledger.timeEntries.nameList { people[ClientKey(name)] = name }
    return values.people.filter { entry in
      !([entry.name] + entry.value.aliases).contains { people[ClientKey($0)] != nil }
    }.map { entry in
      let near = Suggestion.nearest(to: entry.name, in: people.values.sorted())
      return Diagnostic(
        file: settingsFile, line: entry.line, column: entry.column, severity: .warning,
        text: .namesNoPerson(entry.name, nearest: near), cause: "settings-unknown-person")
    }
  }

  /// A money setting in the report currency; an error when it is more precise than the currency.
  func money(_ amount: MajorAmount?, in currency: Currency) throws(CLIError) -> Money? {
    guard let amount else { return nil }
    guard let money = amount.money(in: currency) else { throw .tooPrecise(amount, currency) }
    return money
  }
}

extension LocalizedText {
  fileprivate static func namesNoPerson(_ name: String, nearest: String?) -> LocalizedText {
    let hint =
      nearest.map { LocalizedText(en: "; did you mean '\(name: $0)'?", ar: "؛ هل تقصد «\(name: $0)»؟") } ?? .empty
    return LocalizedText(
      en: "\(code: "people").\"\(name: name)\": no time of the data is by '\(name: name)' or its aliases, so the "
        + "entry costs nothing\(hint)",
      ar: "\(code: "people").«\(name: name)»: لا وقت في البيانات باسم «\(name: name)» ولا بأسمائه البديلة، فلا أثر "
        + "لهذا الإدخال\(hint)")
  }

  fileprivate static func spellingOfTwoPeople(_ spelling: String, _ first: String, _ second: String) -> LocalizedText {
    LocalizedText(
      en: "people: \"\(name: spelling)\" names both \"\(name: first)\" and \"\(name: second)\"; keep it for one",
      ar: "\(code: "people"): «\(name: spelling)» يسمّي «\(name: first)» و«\(name: second)» معًا؛ أبقِه لأحدهما")
  }
}
